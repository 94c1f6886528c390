package dev.closecodes.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The markup of an Emacs Org table's cells, written as Markdown's, for the Markdown reader that
 * reads every text table's cells: {@code =1000=} and {@code ~1000~} are code, {@code *Reserved.*}
 * is bold, {@code [[URL][text]]} a link, and {@code --} an en dash ({@code ---} an em dash), as Org
 * shows them. Pandoc writes a page's table so: {@code =0=--=999=} had been no close code.
 */
final class OrgMarkup {

  private OrgMarkup() {}

  /** Each cell's text in Markdown. */
  static List<String> asMarkdown(List<String> cells) {
    List<String> written = new ArrayList<>(cells.size());
    for (String cell : cells) {
      written.add(asMarkdown(cell));
    }
    return written;
  }

  /** One cell's text in Markdown. */
  static String asMarkdown(String cell) {
    StringBuilder out = new StringBuilder(cell.length() + 8);
    int i = 0;
    while (i < cell.length()) {
      char c = cell.charAt(i);
      boolean mark = c == '=' || c == '~' || c == '*';
      if (mark && i + 1 < cell.length() && cell.charAt(i + 1) == c) {
        out.append(c).append(c); // Markdown's own (**bold**, ~~struck~~), which Org does not write
        i += 2;
        continue;
      }
      int end = mark ? emphasisEnd(cell, i) : -1;
      if (end > 0) {
        String inside = cell.substring(i + 1, end);
        out.append(c == '*' ? "**" + inside + "**" : "`" + inside + "`");
        i = end + 1;
      } else if (c == '[' && cell.startsWith("[[", i) && linkEnd(cell, i) > 0) {
        int close = linkEnd(cell, i);
        String link = cell.substring(i + 2, close);
        int split = link.indexOf("][");
        // a link without a description shows its target: as an autolink where it is an address
        out.append(split >= 0 ? "[" + link.substring(split + 2) + "](<" + link.substring(0, split) + ">)"
            : link.contains("://") ? "<" + link + ">" : link);
        i = close + 2;
      } else if (c == '-' && cell.startsWith("---", i)) {
        out.append('\u2014');
        i += 3;
      } else if (c == '-' && cell.startsWith("--", i)) {
        out.append('\u2013');
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Where the mark at {@code from} closes, as Org reads it: the mark opens the cell or follows a
   * space or an opening punctuation, its text neither starts nor ends with a space, and the
   * closing mark ends the cell or stands before a space or punctuation; -1 where it does not close.
   */
  private static int emphasisEnd(String cell, int from) {
    char mark = cell.charAt(from);
    if (from > 0 && " \t-({'\"".indexOf(cell.charAt(from - 1)) < 0
        || from + 1 >= cell.length() || Character.isWhitespace(cell.charAt(from + 1))) {
      return -1;
    }
    for (int end = cell.indexOf(mark, from + 2); end > 0; end = cell.indexOf(mark, end + 1)) {
      boolean closes = !Character.isWhitespace(cell.charAt(end - 1))
          && (end + 1 == cell.length() || " \t-.,;:!?')}[\"\\".indexOf(cell.charAt(end + 1)) >= 0);
      if (closes) {
        return end;
      }
    }
    return -1;
  }

  /** Where the link opened at {@code from} closes ({@code ]]}); -1 where it does not. */
  private static int linkEnd(String cell, int from) {
    int close = cell.indexOf("]]", from + 2);
    return close > from + 2 ? close : -1;
  }
}
