package dev.closecodes.read;

import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as found in a document, before its rows are read as codes: its rows, which of them is
 * the header, what each column holds, and what each row's code cell says.
 */
final class RawTable {

  /**
   * A row's cells, read only when asked: most rows of most candidate tables are never read past
   * their code cell.
   */
  interface Cells {

    /** The cells as they stand in the row, one for each column; what {@link #read} reads. */
    List<?> cells();

    default int size() {
      return cells().size();
    }

    /** The cell's text with its inline markup. */
    RichText read(int column);

    /**
     * The cell's plain text, read without reporting what reading it repairs, which the row reports
     * when it is read: for a look at the table's words from another row.
     */
    default String words(int column) {
      return read(column).plainText();
    }

    /** The cell element's tag name, where the cells are named elements ({@code <value>}); else empty. */
    default String name(int column) {
      return "";
    }

    /** Whether two columns hold one cell, which spans both. */
    default boolean oneCell(int column, int other) {
      return false;
    }

    /** Whether this row's cell in {@code column} is the one of the row {@code other}, spanning both rows. */
    default boolean sameCell(int column, Cells other) {
      return false;
    }

    /**
     * The line of the row this one may be the wrapped rest of: a pipe table's line that opens with
     * no pipe though the table's first does; else 0.
     */
    default int mayContinueRowAt() {
      return 0;
    }
  }

  /**
   * One row.
   *
   * @param line the line its first text is on
   * @param header whether the document marks it a header row ({@code <th>} cells, {@code <thead>},
   *     the row above a Markdown delimiter row or an ASCII rule)
   * @param cells its cells
   * @param startLost whether its cells stand in no row element, as cells written straight in an
   *     HTML table whose {@code <tr>} was lost do: HTML makes them a row of their own
   * @param shownAs what its line is to a Markdown reader: {@link HiddenLines.Kind#SHOWN}, or code
   *     where a row of an HTML table falls into a code block the table itself is not in
   */
  record Row(int line, boolean header, Cells cells, boolean startLost, HiddenLines.Kind shownAs) {

    Row(int line, boolean header, Cells cells) {
      this(line, header, cells, false, HiddenLines.Kind.SHOWN);
    }
  }

  private final List<Row> rows;
  private final int line;
  private final int lastLine;
  private final Columns columns;
  private final List<CodeCell> codeCells;
  private final long codeRows;
  private final BrokenDelimiter brokenDelimiter;
  private final List<LooseText> looseTexts;
  private final List<Integer> ruleRows;
  private final int columnsFrom;

  RawTable(List<Row> rows, int line) {
    this(rows, line, lastLine(rows, line));
  }

  /** The last line a row is on: rows are in the order they show in, a {@code <tfoot>} written first last. */
  private static int lastLine(List<Row> rows, int line) {
    int last = line;
    for (Row row : rows) {
      last = Math.max(last, row.line());
    }
    return last;
  }

  /**
   * A table whose text goes on past its last row's line: wrapped cells, a grid's bottom rule, a row
   * written over several lines. A {@code lastLine} before that line (0 for one not known) counts
   * for nothing.
   */
  RawTable(List<Row> rows, int line, int lastLine) {
    this(rows, line, Math.max(lastLine, lastLine(rows, line)), null, List.of(), List.of(), null, 0);
  }

  /**
   * A pipe table whose delimiter row has other than as many cells as its header row, or that has
   * none, which a Markdown reader shows as text, not as a table.
   *
   * @param line the delimiter row's line; where there is none, the table's first line
   * @param cells its cells; 0 where there is none
   * @param headerCells the header row's cells, or the first line's where there is no delimiter row
   */
  record BrokenDelimiter(int line, int cells, int headerCells) {

    /** Whether the table has no delimiter row at all. */
    boolean missing() {
      return cells == 0;
    }
  }

  /**
   * Words in an HTML table but in no cell (between its rows, or between a row's cells), which a
   * browser moves out, above the table: a row written in Markdown among its rows, say.
   *
   * @param line the line its first word is on
   * @param text the words
   * @param rowLine the line of the row whose cells they stand between; 0 where they stand between rows
   */
  record LooseText(int line, String text, int rowLine) {}

  /**
   * A pipe table, read though its delimiter row is broken or missing where {@code brokenDelimiter} is
   * not null; {@code ruleRows} are the lines of dashes among its rows other than its delimiter row.
   */
  RawTable(List<Row> rows, int line, int lastLine, BrokenDelimiter brokenDelimiter, List<Integer> ruleRows) {
    this(rows, line, lastLine, brokenDelimiter, List.of(), ruleRows, null, 0);
  }

  /** An HTML table that holds words in no cell of it, in page order. */
  RawTable(List<Row> rows, int line, int lastLine, List<LooseText> looseTexts) {
    this(rows, line, Math.max(lastLine, lastLine(rows, line)), null, looseTexts, List.of(), null, 0);
  }

  /**
   * @param namedColumns the columns, or null for those its rows show
   * @param columnsFrom the line of the table whose header names its columns; 0 for its own
   */
  private RawTable(List<Row> rows, int line, int lastLine, BrokenDelimiter brokenDelimiter,
      List<LooseText> looseTexts, List<Integer> ruleRows, Columns namedColumns, int columnsFrom) {
    this.brokenDelimiter = brokenDelimiter;
    this.looseTexts = looseTexts;
    this.ruleRows = List.copyOf(ruleRows);
    this.columnsFrom = columnsFrom;
    this.rows = List.copyOf(rows);
    this.line = line;
    this.lastLine = lastLine;
    this.columns = namedColumns != null ? namedColumns : Columns.of(this.rows);
    List<CodeCell> cells = new ArrayList<>(this.rows.size());
    for (int i = 0; i < this.rows.size(); i++) {
      Row row = this.rows.get(i);
      int column = columns.index(Vocabulary.Role.CODE, row);
      boolean header = i <= columns.headerRow();
      CodeCell cell = header || column < 0
          ? new CodeCell.NoCode("")
          : CodeCell.parse(row.cells().read(column).plainText());
      int end = columns.index(Vocabulary.Role.RANGE_END, row);
      if (!header && column >= 0 && end >= 0 && !row.cells().oneCell(column, end)) {
        cell = CodeCell.withEnd(cell, row.cells().read(end).plainText());
      }
      cells.add(cell);
    }
    this.codeCells = cells;
    long withCodes = 0;
    for (CodeCell cell : cells) {
      withCodes += cell.isCode() ? 1 : 0;
    }
    this.codeRows = withCodes; // asked of every candidate table, several times, as the best is chosen
  }

  List<Row> rows() {
    return rows;
  }

  /** The line the table starts on. */
  int line() {
    return line;
  }

  /** The last line the table's text is on. */
  int lastLine() {
    return lastLine;
  }

  Columns columns() {
    return columns;
  }

  /** What row {@code i}'s code cell says; nothing for a header row. */
  CodeCell codeCell(int i) {
    return codeCells.get(i);
  }

  /** The cells of the first row that is not a header, which gives the table's shape. */
  int width() {
    for (int i = columns.headerRow() + 1; i < rows.size(); i++) {
      return rows.get(i).cells().size();
    }
    return 0;
  }

  /**
   * The pipe table's delimiter row, where a Markdown reader makes no table of it for its width or
   * the table has none; else null.
   */
  BrokenDelimiter brokenDelimiter() {
    return brokenDelimiter;
  }

  /** This table, its columns read as the header of {@code named}, a table with one, names them. */
  RawTable withColumnsOf(RawTable named) {
    return new RawTable(rows, line, lastLine, brokenDelimiter, looseTexts, ruleRows, Columns.namedBy(named.columns()),
        named.line());
  }

  /** The line of the table whose header names this one's columns; 0 where they are its own. */
  int columnsFrom() {
    return columnsFrom;
  }

  /**
   * The lines of dashes among a pipe table's rows other than its delimiter row, which a Markdown
   * reader shows as rows of dashes; none for another table.
   */
  List<Integer> ruleRows() {
    return ruleRows;
  }

  /** The words an HTML table holds in no cell, which a browser shows above it; none for another table. */
  List<LooseText> looseTexts() {
    return looseTexts;
  }

  /** How many rows hold codes in their code cell: the measure of a close-code table. */
  long codeRows() {
    return codeRows;
  }

  /** Whether some row holds one of 1000–1015, the codes RFC 6455 defines: a close-code table does. */
  boolean holdsProtocolCodes() {
    return holdsCodes(1000, 1015);
  }

  /** Whether some row's code cell holds a code from {@code from} to {@code to}. */
  boolean holdsCodes(int from, int to) {
    for (CodeCell cell : codeCells) {
      if (cell.overlaps(from, to)) {
        return true;
      }
    }
    return false;
  }

  /** The line of the first row whose code cell holds a code. */
  int firstCodeLine() {
    for (int i = 0; i < rows.size(); i++) {
      if (codeCells.get(i).isCode()) {
        return rows.get(i).line();
      }
    }
    return line;
  }
}
