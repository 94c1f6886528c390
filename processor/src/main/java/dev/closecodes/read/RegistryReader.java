package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
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

  /**
   * Reads the registry. Lines with errors are left out, after reporting each.
   *
   * @throws Diagnostics.Abort after reporting why the registry cannot be read at all: it is not
   *     text, or its header is not the one expected
   */
  public static Registry read(Document document, Diagnostics diagnostics) {
    String text = DocumentText.decode(document, diagnostics);
    List<RegistryEntry> entries = readLines(document.name(), text.split("\n", -1), diagnostics);
    return new Registry(document.name(), document.sha256(), entries);
  }

  private static List<RegistryEntry> readLines(String file, String[] lines, Diagnostics diagnostics) {
    List<RegistryEntry> entries = new ArrayList<>();
    int errors = diagnostics.errorCount();
    boolean headerSeen = false;
    int firstContentLine = 1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      SourceLocation location = new SourceLocation(file, i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        firstContentLine = i + 1;
        checkHeader(line, location, diagnostics);
        continue;
      }
      try {
        entries.add(readEntry(splitFields(line, location, diagnostics), location, diagnostics));
      } catch (Diagnostics.Abort lineReported) {
        // the line's error is reported; the lines after it are still read
      }
    }
    if (entries.isEmpty() && errors == diagnostics.errorCount()) {
      diagnostics.report(Message.REGISTRY_NO_ENTRIES, new SourceLocation(file, firstContentLine));
    }
    TableChecks.check(entries, RegistryEntry::range, RegistryEntry::location, diagnostics);
    return entries;
  }

  /**
   * Checks the first line that is not a comment: the header.
   *
   * @throws Diagnostics.Abort after reporting another header: without it, no line can be read
   */
  private static void checkHeader(String line, SourceLocation location, Diagnostics diagnostics) {
    List<String> header = splitFields(line, location, diagnostics).stream()
        .map(field -> field.strip().toLowerCase(Locale.ROOT))
        .toList();
    if (!header.equals(HEADER)) {
      throw diagnostics.fail(Message.REGISTRY_BAD_HEADER, location, String.join(",", HEADER), line);
    }
  }

  private static RegistryEntry readEntry(List<String> fields, SourceLocation location, Diagnostics diagnostics) {
    if (fields.size() != HEADER.size()) {
      throw diagnostics.fail(Message.REGISTRY_BAD_FIELD_COUNT, location, HEADER.size(), fields.size());
    }
    String written = fields.get(0).strip() + "\u2013" + fields.get(1).strip();
    if (!(CodeCell.parse(written) instanceof CodeCell.Codes range)) {
      throw diagnostics.fail(Message.NOT_A_CODE, location, fields.get(0).strip() + "," + fields.get(1).strip());
    }
    CodeRange codeRange = range.toRange(location, diagnostics);
    String name = fields.get(2).strip();
    if (name.isEmpty()) {
      throw diagnostics.fail(Message.REGISTRY_EMPTY_NAME, location, codeRange);
    }
    String statusKey = fields.get(3).strip().toLowerCase(Locale.ROOT);
    Optional<CodeStatus> status =
        Arrays.stream(CodeStatus.values()).filter(s -> s.key().equals(statusKey)).findFirst();
    if (status.isEmpty()) {
      throw diagnostics.fail(Message.REGISTRY_BAD_STATUS, location, fields.get(3).strip(),
          String.join(", ", Arrays.stream(CodeStatus.values()).map(CodeStatus::key).toList()));
    }
    return new RegistryEntry(codeRange, name, status.get(), fields.get(4).strip(), location);
  }

  /**
   * Splits one CSV line.
   *
   * @throws Diagnostics.Abort after reporting a quote left open
   */
  static List<String> splitFields(String line, SourceLocation location, Diagnostics diagnostics) {
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
      throw diagnostics.fail(Message.REGISTRY_BAD_QUOTING, location);
    }
    fields.add(field.toString());
    return fields;
  }
}
