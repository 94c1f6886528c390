package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The HTML tables of close codes a page holds where it does not show them: in a comment, whose
 * markup is no part of the page's tree, in an element the page hides, which is taken out of it,
 * or in an element whose content HTML reads as no markup ({@code <template>}, {@code <script>}).
 * Looked for only where the page shows no such table, so that the error names the table, where it
 * stands and what hides it, rather than saying at line 1 that the page has none.
 */
final class UnshownTables {

  private UnshownTables() {}

  /**
   * The tables of codes RFC 6455 defines on lines that {@code hidden} marks a comment's, a hidden
   * element's or one of hidden content's ({@link HiddenLines#withHiddenContent}), the page's markup
   * read again with its comments and those elements opened.
   *
   * @param markupText the text the page's markup was read from
   */
  static List<RawTable> find(String markupText, HiddenLines hidden, String file) {
    String opened = Markup.withHiddenContentOpened(withCommentsOpened(markupText));
    List<RawTable> found = new ArrayList<>();
    try {
      // diagnostics of its own: what this second reading finds, the first has said, or the error will
      PageContext context = new PageContext(file, new Diagnostics());
      Markup.Tree tree = Markup.parse(opened, Markup.TagNames.REPAIRED);
      List<Element> elements = ElementTables.withRowWrappersTakenOut(Markup.elements(tree, 1, context));
      List<RawTable> unshown = new ArrayList<>();
      List<RawTable> tables = new ArrayList<>(ElementTables.find(tree, elements, hidden, unshown));
      tables.addAll(unshown);
      for (RawTable table : tables) {
        HiddenLines.Kind kind = hidden.kind(table.line());
        if ((kind == HiddenLines.Kind.COMMENT || kind == HiddenLines.Kind.HIDDEN_ELEMENT
            || kind == HiddenLines.Kind.HIDDEN_CONTENT) && table.holdsProtocolCodes()) {
          found.add(table);
        }
      }
    } catch (Diagnostics.Abort e) {
      // markup that cannot be read again names no table
    }
    return found;
  }

  /** The text with each comment's {@code <!--} and {@code -->} made spaces: its markup is read. */
  private static String withCommentsOpened(String text) {
    char[] opened = null; // made for a page that has a comment
    for (int at = text.indexOf("<!--"); at >= 0; ) {
      int end = HiddenLines.commentEnd(text, at, text.length());
      if (end < 0) {
        break; // one never closed hides the rest, which the page says otherwise
      }
      opened = opened == null ? text.toCharArray() : opened;
      for (int i = at; i < at + "<!--".length(); i++) {
        opened[i] = ' ';
      }
      for (int i = Math.max(at + "<!--".length(), end - "-->".length()); i < end; i++) {
        opened[i] = ' ';
      }
      at = text.indexOf("<!--", end);
    }
    return opened == null ? text : new String(opened);
  }
}
