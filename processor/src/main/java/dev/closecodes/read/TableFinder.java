package dev.closecodes.read;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the close-code table in a document, whatever form it takes: an HTML or XML table (in an
 * HTML page, inside Markdown, at any depth and with any tag names), a Markdown pipe table (at any
 * indentation), or a plain-text grid with rule lines between its rows (RFC 6455's). Every
 * table-shaped thing is a candidate. A candidate is a close-code table when some row's code cell
 * holds one of 1000–1015, the codes RFC 6455 defines; among those, the one with the most rows
 * whose code cell holds codes wins, the earliest on a tie.
 *
 * <p>A table must be read whole: where rows of the winner's shape go on just after it ends, as a
 * second table, the page is rejected at that line rather than read in part. Another table of close
 * codes elsewhere on the page, set apart with text, is not read, with a warning.
 *
 * <p>Each row's code cell is read once; the other cells only for the table that wins. So finding
 * the table takes time in proportion to the page.
 */
final class TableFinder {

  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

  /**
   * A line of a plain-text grid between its rows: dashes or equals signs with a corner ({@code +}
   * or {@code |}) among them; not a Markdown rule ({@code ---}), which has none.
   */
  private static final Pattern RULE_LINE = Pattern.compile("(?=.*[-=]{3})(?=.*[+|])[-+=|: ]+");

  /** How many lines may stand between a table and rows of its shape that go on after it. */
  private static final int GAP_THAT_SPLITS_A_TABLE = 3;

  private TableFinder() {}

  /**
   * The close-code table.
   *
   * @throws dev.closecodes.diagnostics.Diagnostics.Abort after reporting that the page has none,
   *     or that its table stops while its rows go on
   */
  static RawTable find(Markup.Tree tree, List<Element> elements, String text, Nesting nesting) {
    List<RawTable> candidates = new ArrayList<>();
    candidates.addAll(htmlTables(tree, elements));
    candidates.addAll(textTables(text, nesting));
    List<RawTable> withCodes = new ArrayList<>();
    RawTable table = null;
    RawTable numbers = null;
    for (RawTable candidate : candidates) {
      if (candidate.codeRows() > 0) {
        withCodes.add(candidate);
        numbers = better(candidate, numbers);
        if (candidate.holdsProtocolCodes()) {
          table = better(candidate, table);
        }
      }
    }
    if (table == null) {
      throw numbers != null
          ? nesting.diagnostics().fail(Message.NOT_A_CLOSE_CODE_TABLE,
              new SourceLocation(nesting.file(), numbers.firstCodeLine()))
          : nesting.diagnostics().fail(Message.NO_TABLE, new SourceLocation(nesting.file(), 1));
    }
    checkWhole(table, withCodes, nesting);
    for (RawTable other : withCodes) {
      // Another table whose header names a code column and that holds codes of close frames; the
      // candidates inside the chosen one (its <tbody>, say) are the chosen one.
      boolean apart = other.lastLine() < table.line() || other.line() > table.lastLine();
      if (apart && other.holdsCodes(1000, 4999) && !other.columns().byPosition()
          && other.columns().assumedCodeColumn().isEmpty()) {
        nesting.diagnostics().report(Message.TABLE_NOT_READ,
            new SourceLocation(nesting.file(), other.firstCodeLine()), table.line());
      }
    }
    return table;
  }

  /** The better of two tables: more rows of codes, else the one that starts first; the best so far on a tie. */
  private static RawTable better(RawTable candidate, RawTable best) {
    if (best == null || candidate.codeRows() > best.codeRows()) {
      return candidate;
    }
    return candidate.codeRows() == best.codeRows() && candidate.line() < best.line() ? candidate : best;
  }

  /** Fails where another table of the same shape starts within a few lines of the chosen one's end. */
  private static void checkWhole(RawTable chosen, List<RawTable> withCodes, Nesting nesting) {
    for (RawTable other : withCodes) {
      int gap = other.firstCodeLine() - chosen.lastLine();
      if (other != chosen && gap > 0 && gap <= GAP_THAT_SPLITS_A_TABLE + 1 && other.width() == chosen.width()) {
        throw nesting.diagnostics().fail(Message.TABLE_INTERRUPTED,
            new SourceLocation(nesting.file(), other.firstCodeLine()), chosen.lastLine());
      }
    }
  }

  /**
   * Every element whose child elements look like rows: each row is an element with at least two
   * child elements, its cells, and the rows share one tag name (the most common among them, so
   * that IANA's {@code <range>} elements among its {@code <record>}s are no rows). {@code <table>},
   * {@code <tbody>} and {@code <tr>} are found this way however they are spelled.
   */
  private static List<RawTable> htmlTables(Markup.Tree tree, List<Element> elements) {
    List<RawTable> tables = new ArrayList<>();
    for (Element parent : elements) {
      List<Element> rowElements = new ArrayList<>();
      Map<String, Integer> tagCounts = new HashMap<>();
      for (int i = 0; i < parent.childNodeSize(); i++) {
        if (parent.childNode(i) instanceof Element child && Markup.hasTwoChildElements(child)) {
          rowElements.add(child); // most nodes are text, code or a cell, and are skipped here
          Integer count = tagCounts.get(child.normalName());
          tagCounts.put(child.normalName(), count == null ? 1 : count + 1);
        }
      }
      if (rowElements.isEmpty()) {
        continue;
      }
      // the most common tag, and of tags as common, the last in alphabetical order
      String rowTag = null;
      int rowTagCount = 0;
      for (Map.Entry<String, Integer> tag : tagCounts.entrySet()) {
        if (rowTag == null || tag.getValue() > rowTagCount
            || (tag.getValue() == rowTagCount && tag.getKey().compareTo(rowTag) > 0)) {
          rowTag = tag.getKey();
          rowTagCount = tag.getValue();
        }
      }
      List<RawTable.Row> rows = new ArrayList<>();
      RawTable.Row head = headOf(tree, parent);
      if (head != null) {
        rows.add(head);
      }
      boolean inHead = parent.normalName().equals("thead");
      List<List<Element>> written = new ArrayList<>();
      for (Element row : rowElements) {
        if (row.normalName().equals(rowTag)) {
          written.add(Markup.childElements(row));
        }
      }
      List<List<Element>> laidOut = CellGrid.layOut(written);
      for (int i = 0; i < written.size(); i++) {
        List<Element> cells = written.get(i);
        boolean header = inHead || allHeaderCells(cells);
        rows.add(new RawTable.Row(tree.firstTextLine(cells.get(0)), header, new ElementCells(laidOut.get(i))));
      }
      tables.add(new RawTable(rows, tree.lineOf(parent)));
    }
    return tables;
  }

  private static boolean allHeaderCells(List<Element> cells) {
    for (Element cell : cells) {
      if (!cell.normalName().equals("th")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The header row of the table's {@code <thead>}, which belongs to its rows: a child of the rows'
   * parent before them (rows straight under {@code <table>}), or, for rows in {@code <tbody>}, a
   * sibling before it. Null for none.
   */
  private static RawTable.Row headOf(Markup.Tree tree, Element parent) {
    Element head = null;
    for (Element child = parent.firstElementChild(); child != null; child = Markup.nextElement(child)) {
      if (child.normalName().equals("thead")) {
        head = child;
        break;
      }
      if (Markup.hasTwoChildElements(child)) {
        break; // the rows have begun
      }
    }
    if (head == null && parent.normalName().equals("tbody")) {
      for (Element sibling = parent.previousElementSibling(); sibling != null && head == null;
          sibling = sibling.previousElementSibling()) {
        head = sibling.normalName().equals("thead") ? sibling : null;
      }
    }
    if (head == null) {
      return null;
    }
    Element lastRow = null;
    for (Element row : Markup.childElements(head)) {
      if (Markup.hasTwoChildElements(row)) {
        lastRow = row;
      }
    }
    if (lastRow == null) {
      return null;
    }
    List<Element> cells = Markup.childElements(lastRow);
    List<Element> laidOut = CellGrid.layOut(List.of(cells)).get(0);
    return new RawTable.Row(tree.firstTextLine(cells.get(0)), true, new ElementCells(laidOut));
  }

  /** The cells of an HTML or XML row, read as HTML. */
  private record ElementCells(List<Element> cells) implements RawTable.Cells {
    @Override
    public int size() {
      return cells.size();
    }

    @Override
    public RichText read(int column) {
      return RichTexts.fromElement(cells.get(column));
    }

    @Override
    public String name(int column) {
      return cells.get(column).normalName().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean oneCell(int column, int other) {
      return cells.get(column) == cells.get(other);
    }
  }

  /** The cells of a Markdown row, read as Markdown. */
  private record MarkdownCells(List<String> cells, int line, Nesting nesting) implements RawTable.Cells {
    @Override
    public int size() {
      return cells.size();
    }

    @Override
    public RichText read(int column) {
      return MarkdownText.read(cells.get(column), line, nesting);
    }

    @Override
    public String name(int column) {
      return "";
    }
  }

  /** The cells of a plain-text grid row, whose text is plain: no markup means anything there. */
  private record PlainCells(List<String> cells) implements RawTable.Cells {
    @Override
    public int size() {
      return cells.size();
    }

    @Override
    public RichText read(int column) {
      return RichTexts.plain(cells.get(column));
    }

    @Override
    public String name(int column) {
      return "";
    }
  }

  /**
   * Runs of lines that start with {@code |} after any indentation: Markdown pipe tables, whose
   * header is the row above the delimiter row; and plain-text grids, whose rows stand between
   * rule lines ({@code -+-----+---|}) and may wrap onto several lines, their cells then joined.
   * A pipe table may also leave out the outer pipes, as GitHub's do: then a header row and a
   * delimiter row of as many cells start it, and it goes on while its lines hold a pipe.
   */
  private static List<RawTable> textTables(String text, Nesting nesting) {
    List<RawTable> tables = new ArrayList<>();
    TextTable table = null;
    boolean inBareTable = false;
    int lineStart = 0;
    for (int i = 0; lineStart <= text.length(); i++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int lineNumber = i + 1;
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      char lead = first < lineEnd ? text.charAt(first) : '\n';
      boolean unpiped = lead != '|' && lead != '\n';
      boolean bareHeader = unpiped && !inBareTable && startsBareTable(text, first, lineEnd);
      inBareTable = bareHeader || (inBareTable && unpiped && hasPipe(text, first, lineEnd));
      if (bareHeader) {
        if (table != null) {
          addIfAny(table, tables); // what came before is a table of its own
        }
        table = new TextTable(lineNumber, nesting);
      }
      boolean pipeRow = lead == '|' || inBareTable;
      boolean rule = !pipeRow && (lead == '-' || lead == '+' || lead == '=')
          && RULE_LINE.matcher(text.substring(first, lineEnd)).matches(); // only then is the line worth a string
      if (pipeRow || (rule && table != null)) {
        if (table == null) {
          table = new TextTable(lineNumber, nesting);
        }
        if (rule) {
          table.rule();
        } else {
          table.add(splitPipeRow(text.substring(first, lineEnd).strip()), lineNumber);
        }
      } else if (rule) {
        table = new TextTable(lineNumber, nesting); // a grid's top border
        table.rule();
      } else if (table != null) {
        addIfAny(table, tables);
        table = null;
      }
      lineStart = lineEnd + 1;
    }
    if (table != null) {
      addIfAny(table, tables);
    }
    return tables;
  }

  /** Whether the line holds a pipe not escaped with a backslash. */
  private static boolean hasPipe(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is the header of a pipe table without outer pipes: it holds a pipe, and the
   * next line is a delimiter row with a pipe and as many cells.
   */
  private static boolean startsBareTable(String text, int first, int lineEnd) {
    int nextStart = lineEnd + 1;
    if (nextStart > text.length() || !hasPipe(text, first, lineEnd)) {
      return false;
    }
    int nextEnd = DocumentText.lineEnd(text, nextStart);
    String next = text.substring(nextStart, nextEnd).strip();
    if (!hasPipe(next, 0, next.length())) {
      return false;
    }
    List<String> delimiter = splitPipeRow(next);
    return isDelimiter(delimiter) && splitPipeRow(text.substring(first, lineEnd).strip()).size() == delimiter.size();
  }

  private static void addIfAny(TextTable table, List<RawTable> tables) {
    if (!table.lineCells.isEmpty()) {
      tables.add(table.build());
    }
  }

  /** A run of table lines being collected. */
  private static final class TextTable {
    private final int line;
    private final Nesting nesting;
    private final List<List<String>> lineCells = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    /** For each line collected, whether a rule line came before it since the line before. */
    private final List<Boolean> afterRule = new ArrayList<>();
    private boolean ruleSeen;
    private boolean pendingRule;

    TextTable(int line, Nesting nesting) {
      this.line = line;
      this.nesting = nesting;
    }

    void rule() {
      ruleSeen = true;
      pendingRule = true;
    }

    void add(List<String> cells, int lineNumber) {
      lineCells.add(cells);
      lineNumbers.add(lineNumber);
      afterRule.add(pendingRule);
      pendingRule = false;
    }

    /** The table the lines make; there is at least one. */
    RawTable build() {
      return new RawTable(ruleSeen ? gridRows() : pipeRows(), line);
    }

    /** One row a line; the row above a delimiter row is the header, the delimiter is no row. */
    private List<RawTable.Row> pipeRows() {
      List<RawTable.Row> rows = new ArrayList<>();
      for (int i = 0; i < lineCells.size(); i++) {
        List<String> cells = lineCells.get(i);
        if (isDelimiter(cells)) {
          continue;
        }
        boolean header = i + 1 < lineCells.size() && isDelimiter(lineCells.get(i + 1));
        rows.add(new RawTable.Row(lineNumbers.get(i), header, new MarkdownCells(cells, lineNumbers.get(i), nesting)));
      }
      return rows;
    }

    /**
     * The rows before the first rule line are headers. Where rule lines stand between the rows
     * that follow, the lines between two rules are one row, their cells joined; else each line
     * is a row.
     */
    private List<RawTable.Row> gridRows() {
      List<RawTable.Row> rows = new ArrayList<>();
      int rules = 0;
      for (boolean after : afterRule) {
        rules += after ? 1 : 0;
      }
      boolean rulesBetweenRows = rules >= 2;
      boolean ruleBefore = false;
      for (int i = 0; i < lineCells.size(); i++) {
        ruleBefore |= afterRule.get(i);
        boolean continues = rulesBetweenRows && i > 0 && !afterRule.get(i);
        if (continues) {
          RawTable.Row previous = rows.remove(rows.size() - 1);
          rows.add(new RawTable.Row(previous.line(), previous.header(),
              new PlainCells(joined(((PlainCells) previous.cells()).cells(), lineCells.get(i)))));
        } else {
          rows.add(new RawTable.Row(lineNumbers.get(i), !ruleBefore, new PlainCells(lineCells.get(i))));
        }
      }
      return rows;
    }
  }

  private static boolean isDelimiter(List<String> cells) {
    for (String cell : cells) {
      if (!DELIMITER_CELL.matcher(cell).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Two lines of one wrapped row, cell by cell, joined with a space. */
  private static List<String> joined(List<String> above, List<String> below) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(above.size(), below.size()); i++) {
      String top = i < above.size() ? above.get(i).strip() : "";
      String bottom = i < below.size() ? below.get(i).strip() : "";
      cells.add(top.isEmpty() ? bottom : bottom.isEmpty() ? top : top + " " + bottom);
    }
    return cells;
  }

  /**
   * Splits a row at the pipes that are not escaped with a backslash; the outer pipes are dropped.
   * An escaped pipe is a pipe in the cell, a code span's included, as GitHub's tables have it;
   * other escapes are left to the cell's Markdown.
   */
  static List<String> splitPipeRow(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append(line.charAt(++i));
      } else if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    if (line.startsWith("|")) {
      cells.remove(0); // before the leading pipe
    }
    if (cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) {
      cells.remove(cells.size() - 1); // after the trailing pipe
    }
    return cells;
  }
}
