package dev.closecodes.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Markdown lists whose items open with a close code or a range ({@code - 3000–3999: registered.},
 * {@code - `4000`–`4999` yours}), as a page may list the codes beside its table. Each list is a
 * candidate table of two columns without a header (the code; the rest, after a colon), which is
 * never read as the page's table, but whose codes the table lacks are said, as for an HTML list,
 * never passed over in silence. Only the items that open with a digit are its rows; a list of
 * steps ({@code 1. Open the connection.}) has none.
 */
final class CodeLists {

  private CodeLists() {}

  /**
   * The lists of codes on the page.
   *
   * @param text the page's text with its quotation markers blanked
   * @param hidden the lines of code blocks and comments, which hold no list of the page's
   */
  static List<RawTable> find(String text, HiddenLines hidden, PageContext context) {
    List<RawTable> lists = new ArrayList<>();
    List<RawTable.Row> rows = new ArrayList<>();
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int first = DocumentText.afterBlanks(text, lineStart, lineEnd);
      int marker = first == lineEnd || hidden.hidden(line) || ListMarkers.isThematicBreak(text, first)
          ? 0 : ListMarkers.width(text, first);
      if (marker > 0) {
        int content = DocumentText.afterBlanks(text, first + marker, lineEnd);
        if (opensWithADigit(text, content, lineEnd)) {
          rows.add(new RawTable.Row(line, false,
              new TextTables.MarkdownCells(codeAndRest(text.substring(content, lineEnd)), line, context, 0)));
        }
      } else if (hidden.hidden(line) || (first < lineEnd && first - lineStart < 2)) {
        addIfAny(rows, lists); // the list ends where text that is no item of it starts
        rows = new ArrayList<>();
      }
      lineStart = lineEnd + 1;
    }
    addIfAny(rows, lists);
    return lists;
  }

  /**
   * The HTML lists of codes on the page: {@code <ul>}, {@code <ol>} and {@code <dl>} elements whose
   * items ({@code <li>}, {@code <dt>}) open with a digit, read as the Markdown ones are. A list
   * whose items have the shape of rows ({@code <li><code>3000</code><em>yours</em></li>}, two elements
   * and no words beside them) is a candidate table of {@link ElementTables} already, and not read
   * again here.
   *
   * @param elements the page's elements, in document order
   */
  static List<RawTable> inElements(List<Element> elements, Markup.Tree tree, PageContext context) {
    List<RawTable> lists = new ArrayList<>();
    for (Element list : elements) {
      if (!isList(list) || anItemLooksLikeARow(list)) {
        continue;
      }
      List<RawTable.Row> rows = new ArrayList<>();
      for (Element item : Markup.childElements(list)) {
        String text = item.text().strip();
        if (ITEMS.contains(item.normalName()) && opensWithADigit(text, 0, text.length())) {
          int line = tree.firstTextLine(item);
          rows.add(new RawTable.Row(line, false, new TextTables.MarkdownCells(codeAndRest(text), line, context, 0)));
        }
      }
      addIfAny(rows, lists);
    }
    return lists;
  }

  /** The Markdown lists and the HTML ones, each in page order, merged in page order. */
  static List<RawTable> inPageOrder(List<RawTable> markdown, List<RawTable> html) {
    if (html.isEmpty()) {
      return markdown;
    }
    List<RawTable> merged = new ArrayList<>(markdown.size() + html.size());
    int m = 0;
    int h = 0;
    while (m < markdown.size() || h < html.size()) {
      boolean markdownFirst = h == html.size() || (m < markdown.size() && markdown.get(m).line() <= html.get(h).line());
      merged.add(markdownFirst ? markdown.get(m++) : html.get(h++));
    }
    return merged;
  }

  private static final Set<String> LISTS = Set.of("ul", "ol", "dl", "menu");
  private static final Set<String> ITEMS = Set.of("li", "dt");

  /** Whether the element is an HTML list: {@code <ul>}, {@code <ol>}, {@code <dl>} or {@code <menu>}. */
  static boolean isList(Element element) {
    return LISTS.contains(element.normalName());
  }

  private static boolean anItemLooksLikeARow(Element list) {
    for (Element item : Markup.childElements(list)) {
      if (ElementTables.looksLikeARow(item)) {
        return true;
      }
    }
    return false;
  }

  private static void addIfAny(List<RawTable.Row> rows, List<RawTable> lists) {
    if (!rows.isEmpty()) {
      lists.add(new RawTable(rows, rows.get(0).line()));
    }
  }

  /** The marks of code and emphasis that may stand around an item's code. */
  private static final String MARKS = "`*_~";

  /** Whether the item's text opens with a digit, or a dash and a digit, after any code or emphasis marks. */
  private static boolean opensWithADigit(String text, int from, int lineEnd) {
    int at = from;
    while (at < lineEnd && MARKS.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (at < lineEnd && CodeCell.DASHES.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at < lineEnd && text.charAt(at) >= '0' && text.charAt(at) <= '9';
  }

  /**
   * The item's text as two cells: what comes before its first colon and what comes after, where
   * what comes before is a code or a range ({@code `3000`–`3999`: registered.}); else its first
   * word and the rest ({@code 1000 Normal Closure: the purpose was fulfilled.}).
   */
  private static List<String> codeAndRest(String item) {
    int colon = -1;
    boolean inCode = false;
    for (int i = 0; i < item.length() && colon < 0; i++) {
      char c = item.charAt(i);
      inCode ^= c == '`';
      colon = !inCode && (c == ':' || c == '\uFF1A') ? i : -1;
    }
    if (colon >= 0 && !CodeCell.parse(item.substring(0, colon)).isCode()) { // its marks too: `3000`–`3999`
      colon = -1;
    }
    int split = colon >= 0 ? colon : item.indexOf(' ') >= 0 ? item.indexOf(' ') : item.length();
    String rest = split < item.length() ? item.substring(split + 1) : "";
    return List.of(item.substring(0, split).strip(), rest.strip());
  }
}
