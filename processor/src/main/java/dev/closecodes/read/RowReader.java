package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.RichText;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table's rows as close codes. Rows before the first row that holds a code are headers.
 * With three or more cells a row is code, name, description; with two it is code, description.
 */
final class RowReader {

  private RowReader() {}

  static List<SpecRow> read(RawTable table, String file, List<Diagnostic> diagnostics) {
    List<SpecRow> rows = new ArrayList<>();
    boolean inBody = false;
    int bodyRows = 0;
    for (RawTable.Row row : table.rows()) {
      CodeCell codeCell = row.codeCell();
      if (!inBody && codeCell instanceof CodeCell.NoCode) {
        continue; // a header row
      }
      inBody = true;
      SourceLocation location = new SourceLocation(file, row.line());
      if (++bodyRows > InputLimits.MAX_TABLE_ROWS) {
        diagnostics.add(Diagnostic.of(Message.TOO_MANY_ROWS, location, InputLimits.MAX_TABLE_ROWS));
        break;
      }
      readRange(codeCell, rows, location, diagnostics)
          .ifPresent(range -> rows.add(toRow(range, row.cells(), location)));
    }
    return rows;
  }

  private static Optional<CodeRange> readRange(
      CodeCell cell, List<SpecRow> previous, SourceLocation location, List<Diagnostic> diagnostics) {
    if (cell instanceof CodeCell.Codes codes) {
      return codes.toRange(location, diagnostics);
    } else if (cell instanceof CodeCell.MissingStart missing) {
      return inferStart(missing, previous, location, diagnostics);
    } else if (cell instanceof CodeCell.Malformed malformed) {
      diagnostics.add(Diagnostic.of(Message.NOT_A_CODE, location, malformed.text()));
    } else if (cell instanceof CodeCell.NoCode noCode) {
      diagnostics.add(Diagnostic.of(Message.NOT_A_CODE, location, noCode.text()));
    }
    return Optional.empty();
  }

  /** A range that lost its start begins where the row before it ends. */
  private static Optional<CodeRange> inferStart(
      CodeCell.MissingStart missing,
      List<SpecRow> previous,
      SourceLocation location,
      List<Diagnostic> diagnostics) {
    String written = "\u2013" + missing.to();
    if (missing.to() > CodeRange.MAX_CODE) {
      diagnostics.add(Diagnostic.of(Message.CODE_OUT_OF_BOUNDS, location, missing.to()));
      return Optional.empty();
    }
    if (previous.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(Message.RANGE_START_MISSING, location, written, "no row comes before it"));
      return Optional.empty();
    }
    SpecRow before = previous.get(previous.size() - 1);
    long start = before.range().to() + 1L;
    if (start > missing.to()) {
      diagnostics.add(
          Diagnostic.of(
              Message.RANGE_START_MISSING,
              location,
              written,
              "the row before it, at line " + before.location().line() + ", already reaches "
                  + before.range().to()));
      return Optional.empty();
    }
    diagnostics.add(
        Diagnostic.of(
            Message.RANGE_START_INFERRED,
            location,
            written,
            start,
            missing.to(),
            before.location().line()));
    return Optional.of(new CodeRange((int) start, (int) missing.to()));
  }

  private static SpecRow toRow(CodeRange range, List<RichText> cells, SourceLocation location) {
    String name = cells.size() >= 3 ? cells.get(1).plainText() : "";
    RichText description = cells.size() >= 2 ? cells.get(cells.size() >= 3 ? 2 : 1) : RichText.EMPTY;
    return new SpecRow(range, name, description, description.startsWithStrong(), location);
  }
}
