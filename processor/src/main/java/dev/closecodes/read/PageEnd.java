package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.util.List;

/**
 * Tells a page cut short inside its close-code table. A page saved whole ends with a line break, as
 * every text file of MDN's does, and closes its table; a download or a copy that stopped early ends
 * mid-line, and a cell it cut into reads as whole. Where the page ends in the table's last row with
 * no line break, and that row lacks what ends the table (an HTML table's {@code </table>}, the
 * closing {@code |} of a pipe table whose header has one), a warning at the row says so.
 */
final class PageEnd {

  private PageEnd() {}

  /** Warns where the text ends inside the last of the tables read, as a text cut short does. */
  static void check(String text, List<RawTable> tables, String file, Diagnostics diagnostics) {
    if (tables.isEmpty() || text.isEmpty() || text.endsWith("\n") || text.endsWith("\r")) {
      return;
    }
    RawTable last = tables.get(0);
    for (RawTable table : tables) {
      last = table.lastLine() > last.lastLine() ? table : last;
    }
    if (last.rows().isEmpty()) {
      return;
    }
    RawTable.Row lastRow = last.rows().get(last.rows().size() - 1);
    int afterTable = DocumentText.lineEnd(text, DocumentText.lineStart(text, last.lastLine()));
    String rest = text.substring(afterTable);
    String lastRowLine = DocumentText.line(text, last.lastLine());
    String missing;
    if (isPipeRow(lastRowLine)) {
      // a row of a pipe table is one line: the page's last, without the closing '|' its header has
      boolean headerClosed = DocumentText.line(text, last.rows().get(0).line()).stripTrailing().endsWith("|");
      missing = rest.isEmpty() && headerClosed && !lastRowLine.stripTrailing().endsWith("|") ? "no closing '|'" : null;
    } else {
      // nothing shown after the last row, a tag cut short included, and no end tag of a table from
      // the row on, on the row's own lines too (a table closed on its last line, the page's)
      int rowStart = DocumentText.lineStart(text, lastRow.line());
      missing = DocumentText.onlyTagsAndSpace(text, afterTable, text.length(), true)
          && Markup.closingTag(text, rowStart, "table") < 0 ? "no </table>" : null;
    }
    if (missing != null) {
      diagnostics.report(Message.PAGE_ENDS_INSIDE_TABLE, new SourceLocation(file, lastRow.line()), missing);
    }
  }

  /** Whether a line is a pipe table's row: its first mark a '|', after a quotation's markers. */
  private static boolean isPipeRow(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '>') {
        return c == '|';
      }
    }
    return false;
  }
}
