package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.Rfc6455;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * IANA's registry file as published ({@code websocket.xml}): the {@code <record>}s of its
 * {@code <registry id="close-code-number">}, each a {@code <value>} (a code or a range) and a
 * {@code <description>} (the registered name). Its {@code <range>}s are registration procedures
 * for blocks of codes, not codes, and are not read. The file records no statuses; each entry's
 * follows from RFC 6455's blocks (see {@link Rfc6455#statusOf}).
 */
final class IanaRegistryXml {

  private static final String CLOSE_CODES = "close-code-number";

  /** The entities XML defines itself; the others need a document type definition. */
  private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

  private IanaRegistryXml() {}

  /** Whether the text is XML rather than the project's CSV. */
  static boolean isXml(String text) {
    String start = text.stripLeading();
    return start.startsWith("<?xml") || start.startsWith("<registry");
  }

  /**
   * The entries, each at the line of its record. A record whose value is not a code is an error
   * at its line, and the others are still read.
   *
   * @throws Diagnostics.Abort after reporting XML that holds no close-code registry
   */
  static List<RegistryEntry> entries(String file, String text, Diagnostics diagnostics) {
    reportUndefinedEntities(file, text, diagnostics);
    PageContext context = new PageContext(file, diagnostics);
    List<RegistryEntry> entries = new ArrayList<>();
    boolean found = false;
    Markup.Tree tree = Markup.parse(text, Markup.TagNames.AS_WRITTEN);
    for (Element element : Markup.elements(tree, 1, context)) {
      if (!element.normalName().equals("registry") || !CLOSE_CODES.equals(element.attr("id"))) {
        continue;
      }
      found = true;
      for (Element record : Markup.childElements(element)) {
        if (record.normalName().equals("record")) {
          try {
            entries.add(entry(record, tree.lineOf(record), file, diagnostics));
          } catch (Diagnostics.Abort recordReported) {
            // the record's error is reported; the other records are still read
          }
        }
      }
    }
    if (!found) {
      throw diagnostics.fail(Message.REGISTRY_NOT_A_REGISTRY, new SourceLocation(file, 1));
    }
    return entries;
  }

  /**
   * An error for each entity the text refers to that XML does not define itself: one its document
   * type definition declares ({@code &xxe;}), or HTML's ({@code &eacute;}); comments and CDATA
   * sections refer to none. The markup parser
   * would keep the first as written, and a name, then a constant, would carry it.
   */
  private static void reportUndefinedEntities(String file, String text, Diagnostics diagnostics) {
    Map<String, int[]> uses = new LinkedHashMap<>(); // name: first line, last line, count
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String skippedTo = text.startsWith("<!--", i) ? "-->" : text.startsWith("<![CDATA[", i) ? "]]>" : null;
      if (skippedTo != null) {
        // text, not markup: an ampersand there refers to nothing
        int end = text.indexOf(skippedTo, i);
        end = end < 0 ? text.length() : end + skippedTo.length();
        for (int j = i; j < end; j++) {
          line += text.charAt(j) == '\n' ? 1 : 0;
        }
        i = end - 1;
      } else if (c == '\n') {
        line++;
      } else if (c == '&') {
        int end = i + 1;
        while (end < text.length() && end - i <= 64 && isNameCharacter(text.charAt(end), end == i + 1)) {
          end++;
        }
        if (end > i + 1 && end < text.length() && text.charAt(end) == ';') {
          String name = text.substring(i + 1, end);
          if (!XML_ENTITIES.contains(name)) {
            int[] seen = uses.get(name);
            if (seen == null) {
              seen = new int[] {line, line, 0};
              uses.put(name, seen);
            }
            seen[1] = line;
            seen[2]++;
          }
        }
      }
    }
    for (Map.Entry<String, int[]> use : uses.entrySet()) {
      int[] seen = use.getValue();
      diagnostics.report(Message.REGISTRY_ENTITY_UNDEFINED, new SourceLocation(file, seen[0]), use.getKey(), seen[2],
          seen[1]);
    }
  }

  private static boolean isNameCharacter(char c, boolean first) {
    return UnicodeCharacters.isLetter(c) || c == '_' || c == ':'
        || !first && (UnicodeCharacters.isDigit(c) || c == '-' || c == '.');
  }

  private static RegistryEntry entry(Element record, int line, String file, Diagnostics diagnostics) {
    SourceLocation location = new SourceLocation(file, line);
    String value = text(record, "value");
    if (!(CodeCell.parse(value) instanceof CodeCell.Codes codes)) {
      throw diagnostics.fail(Message.NOT_A_CODE, location, value);
    }
    CodeRange range = codes.toRange(location, diagnostics);
    String name = text(record, "description");
    if (name.isEmpty()) {
      throw diagnostics.fail(Message.REGISTRY_EMPTY_NAME, location, range);
    }
    boolean notAssigned = Vocabulary.reserved(name).setsAside() || Vocabulary.fold(name).startsWith("unassigned");
    return new RegistryEntry(range, name, Rfc6455.statusOf(range, notAssigned), reference(record), location);
  }

  /** The text of the record's child of this name, white space collapsed; empty for none. */
  private static String text(Element record, String child) {
    for (Element element : Markup.childElements(record)) {
      if (element.normalName().equals(child)) {
        return RichText.collapseWhitespace(element.text());
      }
    }
    return "";
  }

  /** Where the entry comes from: its RFC, its URI, else the registry itself. */
  private static String reference(Element record) {
    List<String> references = new ArrayList<>();
    for (Element xref : Markup.childElements(record)) {
      if (xref.normalName().equals("xref")) {
        String data = xref.attr("data");
        references.add(xref.attr("type").equals("rfc") ? data.toUpperCase(java.util.Locale.ROOT).replace("RFC", "RFC ")
            : data);
      }
    }
    return references.isEmpty() ? "IANA WebSocket Close Code Number Registry" : String.join(", ", references);
  }
}
