package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the registry: IANA's own XML as published (see {@link IanaRegistryXml}), or the project's
 * CSV with the header {@code from,to,name,status,reference}, one code or range a record;
 * {@code #} starts a comment line; a field holding a comma, a quote or a line break is quoted with
 * {@code "} (a quote inside is doubled), and may go on over several lines. Every problem is a
 * diagnostic at its line.
 */
public final class RegistryReader {

  static final List<String> HEADER = List.of("from", "to", "name", "status", "reference");

  private RegistryReader() {}

  /**
   * Reads the registry. Records with errors are left out, after reporting each.
   *
   * @throws Diagnostics.Abort after reporting why the registry cannot be read at all: it is not
   *     text, its header is not the one expected, or its XML holds no close-code registry
   */
  public static Registry read(Document document, Diagnostics diagnostics) {
    String file = document.name();
    String text = DocumentText.decode(document, diagnostics);
    int errors = diagnostics.errorCount();
    List<RegistryEntry> entries = IanaRegistryXml.isXml(text)
        ? IanaRegistryXml.entries(file, text, diagnostics)
        : readCsv(file, text, diagnostics);
    if (entries.isEmpty() && errors == diagnostics.errorCount()) {
      diagnostics.report(Message.REGISTRY_NO_ENTRIES, new SourceLocation(file, 1));
    }
    TableChecks.check(entries, diagnostics);
    return new Registry(file, document.sha256(), entries);
  }

  /** One CSV record, which may span lines, and the line it starts on. */
  private record Record(int line, String text) {}

  private static List<RegistryEntry> readCsv(String file, String text, Diagnostics diagnostics) {
    List<RegistryEntry> entries = new ArrayList<>();
    boolean headerSeen = false;
    for (Record record : records(file, text, diagnostics)) {
      SourceLocation location = new SourceLocation(file, record.line());
      if (!headerSeen) {
        headerSeen = true;
        checkHeader(record.text(), location, diagnostics);
        continue;
      }
      try {
        entries.add(readEntry(splitFields(record.text(), location, diagnostics), location, diagnostics));
      } catch (Diagnostics.Abort recordReported) {
        // the record's error is reported; the records after it are still read
      }
    }
    return entries;
  }

  /**
   * The records of the text: each line that is not blank or a comment, joined with the lines after
   * it while a quoted field is open. A quote still open at the end is an error at its record.
   */
  private static List<Record> records(String file, String text, Diagnostics diagnostics) {
    List<Record> records = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int start = i;
      StringBuilder record = new StringBuilder(line);
      while (insideQuotes(record) && i + 1 < lines.length) {
        record.append('\n').append(lines[++i]);
      }
      if (insideQuotes(record)) {
        diagnostics.report(Message.REGISTRY_BAD_QUOTING, new SourceLocation(file, start + 1));
        break;
      }
      records.add(new Record(start + 1, record.toString()));
    }
    return records;
  }

  /** Whether a quoted field is still open at the end of the text. */
  private static boolean insideQuotes(CharSequence text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quoted = !quoted; // a doubled quote inside a field turns it off and on again
      }
    }
    return quoted;
  }

  /**
   * Checks the first line that is not a comment: the header.
   *
   * @throws Diagnostics.Abort after reporting another header: without it, no line can be read
   */
  private static void checkHeader(String line, SourceLocation location, Diagnostics diagnostics) {
    List<String> header = new ArrayList<>();
    for (String field : splitFields(line, location, diagnostics)) {
      header.add(field.strip().toLowerCase(Locale.ROOT));
    }
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
    String name = RichText.collapseWhitespace(fields.get(2));
    if (name.isEmpty()) {
      throw diagnostics.fail(Message.REGISTRY_EMPTY_NAME, location, codeRange);
    }
    String statusKey = fields.get(3).strip().toLowerCase(Locale.ROOT);
    List<String> keys = new ArrayList<>();
    for (CodeStatus status : CodeStatus.values()) {
      if (status.key().equals(statusKey)) {
        return new RegistryEntry(codeRange, name, status, RichText.collapseWhitespace(fields.get(4)), location);
      }
      keys.add(status.key());
    }
    throw diagnostics.fail(Message.REGISTRY_BAD_STATUS, location, fields.get(3).strip(), String.join(", ", keys));
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
