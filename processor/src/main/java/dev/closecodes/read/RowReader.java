package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table's rows as close codes. Rows before the first row that holds a code are headers.
 * With three or more cells a row is code, name, description; with two it is code, description.
 * A row whose code cell is wrong is an error at its line, and the rows after it are still read.
 */
final class RowReader {

  private RowReader() {}

  static List<PageRow> read(RawTable table, Nesting nesting) {
    Diagnostics diagnostics = nesting.diagnostics();
    List<PageRow> rows = new ArrayList<>();
    boolean inBody = false;
    int bodyRows = 0;
    for (RawTable.Row row : table.rows()) {
      CodeCell codeCell = row.codeCell();
      if (!inBody && codeCell instanceof CodeCell.NoCode) {
        continue; // a header row
      }
      inBody = true;
      SourceLocation location = new SourceLocation(nesting.file(), row.line());
      if (++bodyRows > InputLimits.MAX_TABLE_ROWS) {
        diagnostics.report(Message.TOO_MANY_ROWS, location, InputLimits.MAX_TABLE_ROWS);
        break;
      }
      try {
        CodeRange range = readRange(codeCell, rows, location, diagnostics);
        rows.add(toRow(range, row.cells(), location));
      } catch (Diagnostics.Abort rowReported) {
        // the row's error is reported; the rest of the table is still read
      }
    }
    return rows;
  }

  private static CodeRange readRange(
      CodeCell cell, List<PageRow> previous, SourceLocation location, Diagnostics diagnostics) {
    if (cell instanceof CodeCell.Codes codes) {
      return codes.toRange(location, diagnostics);
    } else if (cell instanceof CodeCell.MissingStart missing) {
      return inferStart(missing, previous, location, diagnostics);
    } else if (cell instanceof CodeCell.Malformed malformed) {
      throw diagnostics.fail(Message.NOT_A_CODE, location, malformed.text());
    }
    throw diagnostics.fail(Message.NOT_A_CODE, location, ((CodeCell.NoCode) cell).text());
  }

  /** A range that lost its start begins where the row before it ends. */
  private static CodeRange inferStart(
      CodeCell.MissingStart missing, List<PageRow> previous, SourceLocation location, Diagnostics diagnostics) {
    String written = "\u2013" + missing.to();
    if (missing.to() > CodeRange.MAX_CODE) {
      throw diagnostics.fail(Message.CODE_OUT_OF_BOUNDS, location, missing.to());
    }
    if (previous.isEmpty()) {
      throw diagnostics.fail(Message.RANGE_START_MISSING, location, written, "no row comes before it");
    }
    PageRow before = previous.get(previous.size() - 1);
    long start = before.range().to() + 1L;
    if (start > missing.to()) {
      throw diagnostics.fail(Message.RANGE_START_MISSING, location, written,
          "the row before it, at line " + before.location().line() + ", already reaches " + before.range().to());
    }
    diagnostics.report(Message.RANGE_START_INFERRED, location, written, start, missing.to(), before.location().line());
    return new CodeRange((int) start, (int) missing.to());
  }

  private static PageRow toRow(CodeRange range, List<RichText> cells, SourceLocation location) {
    String name = cells.size() >= 3 ? cells.get(1).plainText() : "";
    RichText description = cells.size() >= 2 ? cells.get(cells.size() >= 3 ? 2 : 1) : RichText.EMPTY;
    return new PageRow(range, name, description, description.startsWithStrong(), location);
  }
}
