package dev.closecodes.read;

import dev.closecodes.model.RichText;
import java.util.List;

/**
 * A table as found on the page, before its rows are read as codes.
 *
 * @param rows the rows in page order, header rows included
 */
record RawTable(List<RawTable.Row> rows) {

  RawTable {
    rows = List.copyOf(rows);
  }

  /** A row's cells, left to right. */
  record Row(List<Cell> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    CodeCell codeCell() {
      return cells.isEmpty() ? new CodeCell.NoCode("") : CodeCell.parse(cells.get(0).content().plainText());
    }
  }

  /**
   * One cell.
   *
   * @param content the cell's text with its inline markup
   * @param line the line its text starts on
   */
  record Cell(RichText content, int line) {}

  /** How many rows hold codes in their first cell: the measure of a close-code table. */
  long codeRows() {
    return rows.stream().filter(row -> row.codeCell().isCode()).count();
  }
}
