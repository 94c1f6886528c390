package dev.closecodes.read;

import dev.closecodes.check.TableChecks;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the registry file: CSV with the header {@code from,to,name,status,reference}, one code or
 * range a line; {@code #} starts a comment line; a field holding a comma is quoted with {@code "}
 * (a quote inside is doubled). Every problem is a diagnostic at its line.
 */
public final class RegistryReader {

  static final List<String> HEADER = List.of("from", "to", "name", "status", "reference");

  private RegistryReader() {}

  public static Registry read(String file, byte[] bytes) {
    String sha256 = Hashes.sha256(bytes);
    SpecText text = SpecText.decode(file, bytes);
    List<Diagnostic> diagnostics = new ArrayList<>(text.diagnostics());
    List<RegistryEntry> entries = new ArrayList<>();
    if (!text.hasErrors()) {
      readLines(file, text.text().split("\n", -1), entries, diagnostics);
    }
    diagnostics.sort(java.util.Comparator.comparingInt(d -> d.location().line()));
    return new Registry(file, sha256, entries, diagnostics);
  }

  private static void readLines(
      String file, String[] lines, List<RegistryEntry> entries, List<Diagnostic> diagnostics) {
    boolean headerSeen = false;
    int firstContentLine = 1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      SourceLocation location = new SourceLocation(file, i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Optional<List<String>> fields = splitFields(line);
      if (fields.isEmpty()) {
        diagnostics.add(Diagnostic.of(Message.REGISTRY_BAD_QUOTING, location));
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        firstContentLine = i + 1;
        List<String> header = fields.get().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
          diagnostics.add(
              Diagnostic.of(Message.REGISTRY_BAD_HEADER, location, String.join(",", HEADER), line));
          return;
        }
        continue;
      }
      readEntry(fields.get(), location, diagnostics).ifPresent(entries::add);
    }
    if (entries.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      diagnostics.add(Diagnostic.of(Message.REGISTRY_NO_ENTRIES, new SourceLocation(file, firstContentLine)));
    }
    TableChecks.check(entries, RegistryEntry::range, RegistryEntry::location, diagnostics);
  }

  private static Optional<RegistryEntry> readEntry(
      List<String> fields, SourceLocation location, List<Diagnostic> diagnostics) {
    if (fields.size() != HEADER.size()) {
      diagnostics.add(Diagnostic.of(Message.REGISTRY_BAD_FIELD_COUNT, location, HEADER.size(), fields.size()));
      return Optional.empty();
    }
    String written = fields.get(0).strip() + "\u2013" + fields.get(1).strip();
    CodeCell codes = CodeCell.parse(written);
    if (!(codes instanceof CodeCell.Codes range)) {
      diagnostics.add(Diagnostic.of(Message.NOT_A_CODE, location, fields.get(0).strip() + "," + fields.get(1).strip()));
      return Optional.empty();
    }
    Optional<CodeRange> read = range.toRange(location, diagnostics);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    CodeRange codeRange = read.get();
    String name = fields.get(2).strip();
    if (name.isEmpty()) {
      diagnostics.add(Diagnostic.of(Message.REGISTRY_EMPTY_NAME, location, codeRange));
      return Optional.empty();
    }
    String statusKey = fields.get(3).strip().toLowerCase(Locale.ROOT);
    Optional<CodeStatus> status =
        Arrays.stream(CodeStatus.values()).filter(s -> s.key().equals(statusKey)).findFirst();
    if (status.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              Message.REGISTRY_BAD_STATUS,
              location,
              fields.get(3).strip(),
              String.join(", ", Arrays.stream(CodeStatus.values()).map(CodeStatus::key).toList())));
      return Optional.empty();
    }
    return Optional.of(new RegistryEntry(codeRange, name, status.get(), fields.get(4).strip(), location));
  }

  /** Splits one CSV line; empty when a quote is left open. */
  static Optional<List<String>> splitFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return Optional.empty();
    }
    fields.add(field.toString());
    return Optional.of(fields);
  }
}
