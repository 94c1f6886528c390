package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
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
    PageContext context = new PageContext(file, diagnostics);
    List<RegistryEntry> entries = new ArrayList<>();
    boolean found = false;
    Markup.Tree tree = Markup.parse(readReferences(file, text, diagnostics), Markup.TagNames.AS_WRITTEN);
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
   * The text with each reference to a C1 control character ({@code &#x85;}) written as the
   * character, which XML reads it as: the markup parser reads it as HTML does, as the character
   * Windows-1252 puts at that byte. Before that, an error for each entity the text refers to that
   * XML does not define itself (one its document type definition declares, {@code &xxe;}, or HTML's,
   * {@code &eacute;}), which the parser would keep as written, for a name, then a constant, to carry
   * it; an error for each reference to a character XML does not allow, which the parser would read
   * as HTML does, NUL dropped and half of a surrogate pair kept; and a warning for references to
   * invisible characters, control characters among them, as on a page. Comments and CDATA
   * sections refer to nothing.
   */
  private static String readReferences(String file, String text, Diagnostics diagnostics) {
    Map<String, int[]> undefined = new LinkedHashMap<>(); // name: first line, last line, count
    Map<String, int[]> notXml = new LinkedHashMap<>(); // as written: the same
    int[] invisible = {0, 0, 0}; // lines: first, last, count
    String invisibleExample = "";
    StringBuilder read = null; // made for a file that refers to a C1 control character
    int copied = 0;
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
      } else if (c == '&' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
        int end = numericReferenceEnd(text, i);
        if (end < 0) {
          continue;
        }
        int referenced = referenced(text, i, end);
        if (!isXmlCharacter(referenced)) {
          count(notXml, text.substring(i, end), line);
          continue;
        }
        if (referenced >= 0x80 && referenced <= 0x9F) {
          read = read == null ? new StringBuilder(text.length()) : read;
          read.append(text, copied, i).append((char) referenced);
          copied = end;
        }
        if (UnicodeCharacters.isFormatOrControl(referenced) && invisible[1] != line) {
          if (invisible[2]++ == 0) {
            invisible[0] = line;
            invisibleExample = text.substring(i, end);
          }
          invisible[1] = line;
        }
      } else if (c == '&') {
        int end = i + 1;
        while (end < text.length() && end - i <= 64 && isNameCharacter(text.charAt(end), end == i + 1)) {
          end++;
        }
        if (end > i + 1 && end < text.length() && text.charAt(end) == ';') {
          String name = text.substring(i + 1, end);
          if (!XML_ENTITIES.contains(name)) {
            count(undefined, name, line);
          }
        }
      }
    }
    for (Map.Entry<String, int[]> use : undefined.entrySet()) {
      int[] seen = use.getValue();
      diagnostics.report(Message.REGISTRY_ENTITY_UNDEFINED, new SourceLocation(file, seen[0]), use.getKey(), seen[2],
          seen[1]);
    }
    for (Map.Entry<String, int[]> use : notXml.entrySet()) {
      int[] seen = use.getValue();
      int referenced = referenced(use.getKey(), 0, use.getKey().length());
      diagnostics.report(Message.REGISTRY_CHARACTER_NOT_XML, new SourceLocation(file, seen[0]), use.getKey(),
          referenced > Character.MAX_CODE_POINT ? "a number past U+10FFFF" : Printable.described(referenced), seen[2],
          seen[1]);
    }
    if (invisible[2] > 0) {
      diagnostics.report(Message.INVISIBLE_CHARACTER_REFERENCES, new SourceLocation(file, invisible[0]),
          Printable.described(referenced(invisibleExample, 0, invisibleExample.length())), invisibleExample,
          invisible[2], invisible[1]);
    }
    return read == null ? text : read.append(text, copied, text.length()).toString();
  }

  /** Counts a use at this line: the first line, the last, and how many. */
  private static void count(Map<String, int[]> uses, String key, int line) {
    int[] seen = uses.get(key);
    if (seen == null) {
      seen = new int[] {line, line, 0};
      uses.put(key, seen);
    }
    seen[1] = line;
    seen[2]++;
  }

  /** Where the numeric reference at {@code at} ends, past its {@code ;}; -1 for none, as XML has none without it. */
  private static int numericReferenceEnd(String text, int at) {
    int digitsEnd = NumericReferences.digitsEnd(text, at, text.length());
    return digitsEnd >= 0 && digitsEnd < text.length() && text.charAt(digitsEnd) == ';' ? digitsEnd + 1 : -1;
  }

  /** The character the numeric reference from {@code at} to {@code end}, past its {@code ;}, names. */
  private static int referenced(String text, int at, int end) {
    return NumericReferences.value(text, at, end - 1);
  }

  /** Whether XML allows the character in a document (its production {@code Char}). */
  private static boolean isXmlCharacter(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= Character.MAX_CODE_POINT;
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

  /**
   * The text of the record's child of this name, white space collapsed; empty for none. Not
   * jsoup's {@code text()}, which takes a zero-width space for white space, as XML does not.
   */
  private static String text(Element record, String child) {
    for (Element element : Markup.childElements(record)) {
      if (element.normalName().equals(child)) {
        return RichText.collapseWhitespace(RichTexts.wholeText(element));
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
