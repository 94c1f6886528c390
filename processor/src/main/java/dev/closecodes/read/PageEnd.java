package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.util.List;

/**
 * Tells a page cut short inside its close-code table. A page saved whole closes its table, and ends
 * with a line break, as every text file of MDN's does; a download or a copy that stopped early may
 * end mid-line, where a cell it cut into reads as whole, or at a line's end, its later rows lost
 * with nothing to show it but the table's missing end tag. Where the page ends in the table's last
 * row and that row lacks what ends the table, a warning at the row says so: an HTML table's
 * {@code </table>}, under a name the page's damage mangled too ({@code </tabwe>}); or, for a page
 * without a line break at its end, the closing {@code |} of a pipe table whose header has one. A
 * pipe table has no mark that ends it, so a page that ends in one with a line break may end whole,
 * but for one of MDN's, as its front matter's {@code slug} tells it, which goes on past its table.
 */
final class PageEnd {

  private PageEnd() {}

  /**
   * Warns where the text ends inside the last of the tables read, as a text cut short does.
   *
   * @param elementTables the tables the page's HTML elements make, those a line break does not end
   * @param repairs the tag names the markup's reading mended, under which {@code </table>} may stand
   */
  static void check(String text, List<RawTable> tables, List<RawTable> elementTables, List<Markup.Repair> repairs,
      String file, Diagnostics diagnostics) {
    if (tables.isEmpty() || text.isEmpty()) {
      return;
    }
    boolean endsWithLineBreak = text.endsWith("\n") || text.endsWith("\r");
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
    String missing = null;
    if (isPipeRow(lastRowLine)) {
      // a row of a pipe table is one line: the page's last, without the closing '|' its header has
      boolean headerClosed = DocumentText.line(text, last.rows().get(0).line()).stripTrailing().endsWith("|");
      if (!endsWithLineBreak && rest.isEmpty() && headerClosed && !lastRowLine.stripTrailing().endsWith("|")) {
        missing = "no line break after it and no closing '|'";
      } else if (rest.isBlank() && FrontMatter.namesAnMdnSlug(text.split("\n", -1))) {
        // or the page's last, where the page is one of MDN's, which go on past the table
        missing = "nothing after it, where an MDN page, as its front matter makes this one, goes on past its table";
      }
    } else if (!endsWithLineBreak || isElementTable(last, elementTables)) {
      // nothing shown after the last row, a tag cut short included, and no end tag of a table from
      // the row on, on the row's own lines too (a table closed on its last line, the page's)
      int rowStart = DocumentText.lineStart(text, lastRow.line());
      if (DocumentText.onlyTagsAndSpace(text, afterTable, text.length(), true)
          && !closesATable(text, rowStart, repairs)) {
        missing = endsWithLineBreak ? "no </table>" : "no line break after it and no </table>";
      }
    }
    if (missing != null) {
      diagnostics.report(Message.PAGE_ENDS_INSIDE_TABLE, new SourceLocation(file, lastRow.line()), missing);
    }
  }

  /** Whether the table is one of the HTML elements' tables, or read from the same lines as one. */
  private static boolean isElementTable(RawTable table, List<RawTable> elementTables) {
    for (RawTable element : elementTables) {
      if (element == table || element.line() == table.line() && element.lastLine() == table.lastLine()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an end tag of a table stands from {@code from} on, as written or under a mended name. */
  private static boolean closesATable(String text, int from, List<Markup.Repair> repairs) {
    if (Markup.closingTag(text, from, "table") >= 0) {
      return true;
    }
    for (Markup.Repair repair : repairs) {
      if (repair.kind() == Markup.Kind.TAG_NAME && repair.repaired().equals("table")
          && Markup.closingTag(text, from, repair.written()) >= 0) {
        return true;
      }
    }
    return false;
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
