package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.Rfc6455;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;
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
