package dev.closecodes.read;

import dev.closecodes.model.RichText;
import java.util.List;
import java.util.function.Supplier;

/**
 * A table as found on the page, before its rows are read as codes.
 *
 * @param rows the rows in page order, header rows included
 * @param line the line the table starts on
 */
record RawTable(List<RawTable.Row> rows, int line) {

  RawTable {
    rows = List.copyOf(rows);
  }

  /**
   * One row. Its first cell is read as soon as the row is found, since that decides which table
   * is the close-code table; the other cells are read only for the table chosen.
   *
   * @param codeCell what the first cell says about codes
   * @param line the line the first cell's text starts on: the row's line
   * @param cellReader reads all the cells' text with its inline markup, left to right
   */
  record Row(CodeCell codeCell, int line, Supplier<List<RichText>> cellReader) {

    /** The cells' text with its inline markup, left to right. */
    List<RichText> cells() {
      return cellReader.get();
    }
  }

  /** How many rows hold codes in their first cell: the measure of a close-code table. */
  long codeRows() {
    return rows.stream().filter(row -> row.codeCell().isCode()).count();
  }

  /** Whether some row holds one of 1000–1015, the codes RFC 6455 defines: a close-code table does. */
  boolean holdsProtocolCodes() {
    return rows.stream().anyMatch(row -> row.codeCell().overlaps(1000, 1015));
  }
}
