package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import dev.closecodes.read.Vocabulary.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the close-code table in a document, whatever form it takes: an HTML or XML table (in an
 * HTML page, inside Markdown, at any depth and with any tag names), a Markdown pipe table (at any
 * indentation), or a plain-text grid with rule lines between its rows (RFC 6455's). Every
 * table-shaped thing is a candidate. A candidate is a close-code table when some row's code cell
 * holds one of 1000–1015, the codes RFC 6455 defines; among those, the one with the most rows
 * whose code cell holds codes wins, the earliest on a tie.
 *
 * <p>A table must be read whole: where rows of the winner's shape go on just after it ends, or
 * after a table with a header that may be a part of it, as a second table without a header of its
 * own, the page is rejected at that line rather than read in part. Another table of close codes
 * elsewhere on the page, with a header naming its columns, is weighed against the codes read so
 * far, in page order: it is read as a part of the winner when it holds none of them ("Codes", then
 * "Ranges"), is not read when each of its codes is among them (an excerpt), and is an error when
 * it holds some of each; the first two with a warning. One without such a header is not read,
 * with a warning where it holds codes the winner does not.
 *
 * <p>Each row's code cell is read once; the other cells only for the table that wins. So finding
 * the table takes time in proportion to the page. The candidates come from {@link ElementTables}
 * and {@link TextTables}.
 */
final class TableFinder {

  /** How many lines may stand between a table and rows of its shape that go on after it. */
  private static final int GAP_THAT_SPLITS_A_TABLE = 3;

  private TableFinder() {}

  /**
   * The error of a page without a close-code table; on the page of the interface, which an older
   * guide names, at the line that says so, with where MDN keeps the table now.
   */
  private static Diagnostics.Abort noTable(String text, PageContext context) {
    String[] lines = text.split("\n", 80);
    int interfacePage = FrontMatter.interfacePageLine(lines);
    // a page saved from a browser has no front matter: its head says which page it is
    interfacePage = interfacePage == 0 && FrontMatter.member(lines).saysNothing()
        ? SavedPageHead.interfaceLine(text) : interfacePage;
    return context.diagnostics().fail(Message.NO_TABLE, new SourceLocation(context.file(), Math.max(1, interfacePage)),
        interfacePage == 0 ? "" : "; this is the page of the interface CloseEvent, and MDN keeps the table on the page"
            + " of its property code (web/api/closeevent/code/index.md below each locale's folder of MDN's"
            + " sources): name that page");
  }

  /**
   * The close-code table: the table chosen, with any part of it set apart elsewhere on the page, in
   * the order the page shows them.
   *
   * @param elementTables the markup's tables, from {@link ElementTables}
   * @param textTables the text's tables, from {@link TextTables}
   * @param codeLists the page's Markdown lists of codes ({@link CodeLists}): never its table, but
   *     weighed against it, so that codes it lacks are said
   * @param examples the tables in code blocks and comments: where the page has no other, the error
   *     names the one that holds close codes and says where it stands, often by mistake
   * @param hidden the lines of code blocks and comments, where an example's table stands
   * @param unclosed the comment or code block never closed, which hides the rest of the page: said,
   *     as the error where that leaves no table or hides rows of close codes
   * @param text the page's text, whose front matter may say it is the interface's page, which MDN
   *     no longer keeps the table on
   * @param context the page being read: its name, and where what is found is said
   * @return the table's parts, in the order the page shows them
   * @throws dev.closecodes.diagnostics.Diagnostics.Abort after reporting that the page has none,
   *     that its table stops while its rows go on (after a line, or into a block never closed), or
   *     that another table both repeats its codes and adds to them
   */
  static List<RawTable> find(List<RawTable> elementTables, List<RawTable> textTables, List<RawTable> codeLists,
      List<RawTable> examples, HiddenLines hidden, Optional<HiddenLines.Unclosed> unclosed, String text,
      PageContext context) {
    List<RawTable> candidates = new ArrayList<>();
    candidates.addAll(elementTables);
    candidates.addAll(textTables);
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
    if (table == null && unclosed.isPresent()) {
      HiddenLines.Unclosed block = unclosed.get();
      throw context.diagnostics().fail(Message.UNCLOSED_BLOCK_HIDES_TABLE,
          new SourceLocation(context.file(), block.line()), block.kind(), block.rest(), block.closer());
    }
    if (table == null) {
      RawTable example = null;
      for (RawTable candidate : examples) {
        example = candidate.holdsProtocolCodes() ? better(candidate, example) : example;
      }
      if (example != null) {
        throw exampleOnly(example, hidden, context);
      }
      for (RawTable list : codeLists) {
        for (int i = 0; i < list.rows().size(); i++) {
          if (list.codeCell(i).overlaps(1000, 1015)) {
            throw context.diagnostics().fail(Message.CODES_ONLY_IN_A_LIST,
                new SourceLocation(context.file(), list.rows().get(i).line()), list.codeCell(i).written());
          }
        }
      }
      Optional<Diagnostics.Abort> otherDigits = codesWrittenOtherwise(candidates, context);
      if (otherDigits.isPresent()) {
        throw otherDigits.get();
      }
      if (numbers != null) {
        throw context.diagnostics().fail(Message.NOT_A_CLOSE_CODE_TABLE,
            new SourceLocation(context.file(), numbers.firstCodeLine()));
      }
      Optional<Diagnostics.Abort> noCodeUnderItsHeader = codeHeaderWithoutCodes(candidates, context);
      if (noCodeUnderItsHeader.isPresent()) {
        throw noCodeUnderItsHeader.get();
      }
      Optional<Diagnostics.Abort> turned = codesAlongARow(candidates, 2, context);
      if (turned.isPresent()) {
        throw turned.get();
      }
      Optional<Diagnostics.Abort> plain = codesInPlainLines(text, hidden, context);
      throw plain.isPresent() ? plain.get() : noTable(text, context);
    }
    if (table.columns().byPosition() || table.columns().assumedCodeColumn().isPresent()) {
      // no header names its codes: a column chosen by its cells, which a table on its side fools
      Optional<Diagnostics.Abort> turned = codesAlongARow(List.of(table), table.codeRows() + 1, context);
      if (turned.isPresent()) {
        throw turned.get();
      }
    }
    Optional<Diagnostics.Abort> around = tableAround(table, withCodes, context);
    if (around.isPresent()) {
      throw around.get();
    }
    reportTablesInItsCells(table, withCodes, context);
    if (unclosed.isPresent() && unclosed.get().hiddenRows() > 0) {
      // the table read would be the rows before it: its first rows, or without a table that follows
      HiddenLines.Unclosed block = unclosed.get();
      throw context.diagnostics().fail(Message.TABLE_ROWS_IN_UNCLOSED_BLOCK,
          new SourceLocation(context.file(), block.line()), block.kind(), block.rest(), block.hiddenRows(),
          block.lastHiddenRow(), block.closer());
    }
    if (unclosed.isPresent()) {
      HiddenLines.Unclosed block = unclosed.get();
      context.diagnostics().report(Message.UNCLOSED_BLOCK_HIDES_REST,
          new SourceLocation(context.file(), block.line()), block.kind(), block.rest(), block.closer());
    }
    checkWhole(table, withCodes, text, context);
    checkNotGoingOnInCode(table, examples, hidden, context);
    for (RawTable list : codeLists) {
      if (list.codeRows() > 0) {
        withCodes.add(list);
      }
    }
    List<RawTable> parts = withItsParts(table, withCodes, context);
    RawTable named = table.columns().byPosition() && table.columns().headerRow() < 0
        ? headerThatNamesItsColumns(table, withCodes) : null;
    if (named != null) {
      parts.set(parts.indexOf(table), table.withColumnsOf(named));
    }
    return parts;
  }

  /**
   * The table whose header names the columns of the page's table, which has no header row: the
   * tables set apart from it that hold codes of close frames and have a header naming as many
   * columns, where all of them name them alike and the column they read the codes from is the
   * one the table's cells show. Null where there is none, or they disagree.
   */
  private static RawTable headerThatNamesItsColumns(RawTable table, List<RawTable> withCodes) {
    RawTable named = null;
    for (RawTable other : outermostApart(withCodes, table)) {
      if (!namesItsColumns(other) || other.width() != table.width() || !other.holdsCodes(1000, 4999)) {
        continue;
      }
      if (named != null && !named.columns().sameColumnsAs(other.columns())) {
        return null;
      }
      named = named != null ? named : other;
    }
    if (named == null) {
      return null;
    }
    RawTable.Row first = table.rows().get(0);
    return named.columns().index(Vocabulary.Role.CODE, first) == table.columns().index(Vocabulary.Role.CODE, first)
        ? named : null;
  }

  /**
   * A line that opens with a code of RFC 6455, bare or as code ({@code `1000`}, {@code ``1000``}, as
   * pandoc's simple tables write it), and goes on in cells set apart by tabs, or runs of spaces; set
   * in by any margin, as a text browser's dump sets the whole page in.
   */
  private static final Pattern PLAIN_ROW = Pattern.compile("[ \\t]*(`{0,2})(10(?:0\\d|1[0-5]))\\1(\\t|  +)\\S.*");

  /**
   * The error for a page whose rows are lines of cells set apart by tabs (a table copied from a
   * browser's page) or by runs of spaces (a converter's plain table), which Markdown shows as a
   * paragraph, or as code where they are indented (a text browser's dump): at the first line that
   * opens with one of the codes RFC 6455 defines so, shown as text, or else in indented code. Empty
   * where no line does; a sentence that opens with a code has one space after it, and a line in
   * a comment or a fenced block is no row.
   */
  private static Optional<Diagnostics.Abort> codesInPlainLines(String text, HiddenLines hidden, PageContext context) {
    Matcher row = PLAIN_ROW.matcher(text); // one matcher, its region each line in turn
    int lineStart = 0;
    int indentedLine = 0;
    String indentedCode = null;
    String indentedSeparator = null;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      boolean shown = !hidden.hidden(line);
      if ((shown || indentedLine == 0 && hidden.kind(line) == HiddenLines.Kind.INDENTED_CODE)
          && row.region(lineStart, lineEnd).matches()) {
        String separator = row.group(3).startsWith("\t") ? "tabs" : "spaces";
        if (shown) {
          return Optional.of(context.diagnostics().fail(Message.CODES_IN_PLAIN_LINES,
              new SourceLocation(context.file(), line), row.group(2), separator, "a paragraph"));
        }
        indentedLine = line;
        indentedCode = row.group(2);
        indentedSeparator = separator;
      }
      lineStart = lineEnd + 1;
    }
    return indentedLine == 0 ? Optional.empty() : Optional.of(context.diagnostics().fail(Message.CODES_IN_PLAIN_LINES,
        new SourceLocation(context.file(), indentedLine), indentedCode, indentedSeparator,
        "code, its lines indented four spaces or more"));
  }

  /**
   * The error for a table of codes that holds the chosen one in a cell, as a table left open in a
   * cell makes it (a browser puts the rows after it into the inner table too): the outer table's
   * codes before or after the inner one would be lost, and nothing else says so. Empty where no
   * table whose rows reach into the chosen one's lines has a code outside them; the tables that
   * read as such inside the chosen one (a cell of two codes) have none.
   */
  private static Optional<Diagnostics.Abort> tableAround(RawTable table, List<RawTable> withCodes,
      PageContext context) {
    for (RawTable outer : withCodes) {
      if (outer == table || outer.lastLine() < table.line() || outer.line() > table.lastLine()) {
        continue; // the table itself, or one apart from it, which is weighed as a part of it
      }
      for (int i = 0; i < outer.rows().size(); i++) {
        int line = outer.rows().get(i).line();
        if ((line < table.line() || line > table.lastLine()) && outer.codeCell(i).isCode()) {
          return Optional.of(context.diagnostics().fail(Message.TABLE_AROUND_THE_TABLE,
              new SourceLocation(context.file(), line), outer.codeCell(i).written(), table.line()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Says, at its first such row, each table in a cell of the chosen one that holds a code the
   * chosen one does not: its text is read as the cell's words, and its codes are no rows. A table
   * there of two rows of codes or more; a cell that names two codes ({@code <code>1003</code> and
   * {@code <code>3000</code>}) reads as a row of one, and is none.
   */
  private static void reportTablesInItsCells(RawTable table, List<RawTable> withCodes, PageContext context) {
    CodeSpans codesRead = null;
    for (RawTable inner : withCodes) {
      if (inner == table || inner.line() < table.line() || inner.lastLine() > table.lastLine() || inner.codeRows() < 2) {
        continue;
      }
      codesRead = codesRead != null ? codesRead : new CodeSpans(table);
      int notMet = codesRead.firstRowNotMet(inner);
      if (notMet >= 0) {
        context.diagnostics().report(Message.TABLE_IN_A_CELL_READ,
            new SourceLocation(context.file(), inner.rows().get(notMet).line()), table.line(),
            inner.codeCell(notMet).written());
      }
    }
  }

  /**
   * The error for a page whose only column headed for the codes holds none: at the first cell under
   * that header that says anything, in the first such table on the page. Empty where no table has one.
   */
  private static Optional<Diagnostics.Abort> codeHeaderWithoutCodes(List<RawTable> candidates, PageContext context) {
    RawTable first = null;
    int firstCell = -1;
    for (RawTable candidate : candidates) {
      if (namesItsColumns(candidate) && (first == null || candidate.line() < first.line())) {
        for (int i = candidate.columns().headerRow() + 1; i < candidate.rows().size(); i++) {
          if (!candidate.rows().get(i).header() && !CodeCell.saysNothing(candidate.codeCell(i))) {
            first = candidate;
            firstCell = i;
            break;
          }
        }
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(context.diagnostics().fail(Message.NO_CODE_UNDER_CODE_HEADER,
        new SourceLocation(context.file(), first.rows().get(firstCell).line()), first.codeCell(firstCell).written(),
        first.columns().headerOver(Role.CODE, first.rows()), first.rows().get(first.columns().headerRow()).line()));
  }

  /**
   * The error for a table turned on its side, its close codes along a row, a column for each: at
   * the first row with {@code atLeast} cells or more that hold codes RFC 6455 defines. Empty where
   * no row has as many.
   */
  private static Optional<Diagnostics.Abort> codesAlongARow(List<RawTable> candidates, long atLeast,
      PageContext context) {
    for (RawTable candidate : candidates) {
      for (RawTable.Row row : candidate.rows()) {
        List<String> codes = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
          String cell = row.cells().read(column).plainText();
          if (CodeCell.parse(cell).overlaps(1000, 1015)) {
            codes.add(cell);
          }
        }
        if (codes.size() >= Math.max(2, atLeast)) {
          return Optional.of(context.diagnostics().fail(Message.TABLE_TURNED,
              new SourceLocation(context.file(), row.line()), codes.get(0), codes.get(1)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The error for a page whose close codes are written otherwise than a code is: in digits of
   * another script (full-width {@code １０００}), in any cell, or grouped in thousands
   * ({@code 1 000}), in the column read as the codes (a name may be a number so grouped); at the
   * first cell of a table that holds one of RFC 6455's codes so. Empty where no cell does.
   */
  private static Optional<Diagnostics.Abort> codesWrittenOtherwise(List<RawTable> candidates, PageContext context) {
    for (RawTable candidate : candidates) {
      for (int i = 0; i < candidate.rows().size(); i++) {
        RawTable.Row row = candidate.rows().get(i);
        SourceLocation location = new SourceLocation(context.file(), row.line());
        for (int column = 0; column < row.cells().size(); column++) {
          String cell = RichText.collapseWhitespace(row.cells().read(column).plainText());
          CodeCell.WrittenOtherwise inOtherDigits = CodeCell.WrittenOtherwise.inOtherDigits(cell);
          if (inOtherDigits != null && inOtherDigits.parsed().overlaps(1000, 1015)) {
            return Optional.of(inOtherDigits.fail(location, context.diagnostics()));
          }
        }
        CodeCell.WrittenOtherwise grouped = CodeCell.WrittenOtherwise.grouped(candidate.codeCell(i).written());
        if (grouped != null && grouped.parsed().overlaps(1000, 1015)) {
          return Optional.of(grouped.fail(location, context.diagnostics()));
        }
      }
    }
    return Optional.empty();
  }

  /** The error for a page whose only table of close codes is an example, saying where it stands. */
  private static Diagnostics.Abort exampleOnly(RawTable example, HiddenLines hidden, PageContext context) {
    HiddenLines.Hiding hiding = HiddenLines.hiding(hidden.kind(example.line()));
    return context.diagnostics().fail(Message.TABLE_ONLY_IN_CODE_OR_COMMENT,
        new SourceLocation(context.file(), example.line()), hiding.what(), hiding.shownAs(), hiding.mend());
  }

  /**
   * The chosen table and the parts of it elsewhere on the page, in page order. Each other table
   * that holds codes of close frames is weighed, in page order, against the codes read so far.
   *
   * @throws dev.closecodes.diagnostics.Diagnostics.Abort after reporting a table that both repeats
   *     codes read so far and adds to them
   */
  private static List<RawTable> withItsParts(RawTable table, List<RawTable> withCodes, PageContext context) {
    List<RawTable> tables = new ArrayList<>(List.of(table));
    CodeSpans codesRead = null;
    List<RawTable> headlessNotRead = new ArrayList<>(); // each with codes the table lacks
    int rowsNotRead = 0;
    for (RawTable other : outermostApart(withCodes, table)) {
      if (!other.holdsCodes(1000, 4999)) {
        continue;
      }
      codesRead = codesRead != null ? codesRead : new CodeSpans(table);
      int firstNew = codesRead.firstRowNotMet(other);
      SourceLocation firstCode = new SourceLocation(context.file(), other.firstCodeLine());
      if (!namesItsColumns(other)) {
        // Without a header, its numbers might be anything; only codes the table lacks are worth a word.
        if (firstNew >= 0) {
          headlessNotRead.add(other);
          rowsNotRead += codesRead.rowsNotMet(other);
        }
      } else if (firstNew < 0) {
        context.diagnostics().report(Message.TABLE_NOT_READ, firstCode, table.line());
      } else if (codesRead.meetsAny(other)) {
        throw context.diagnostics().fail(Message.TABLE_PARTLY_REPEATED,
            new SourceLocation(context.file(), other.rows().get(firstNew).line()),
            other.codeCell(firstNew).written(), table.line());
      } else {
        context.diagnostics().report(Message.TABLE_PART_READ, firstCode, table.line());
        tables.add(other);
        codesRead.add(other);
      }
    }
    if (!headlessNotRead.isEmpty()) {
      rowsNotReadSaid(headlessNotRead, rowsNotRead, tables, codesRead, table.line(), context);
    }
    if (tables.size() > 1) {
      tables.sort(new PageOrder());
    }
    return tables;
  }

  /**
   * Says the rows of codes the table lacks in tables and lists without a header, which are not
   * read: a warning at each one's first, or, where they are more than the rows read, an error at
   * the first of all, for the table read would then be the lesser part of what the page lists (an
   * AsciiDoc table that wraps its long rows, read as tables of a row or two each).
   *
   * @throws dev.closecodes.diagnostics.Diagnostics.Abort after reporting that error
   */
  private static void rowsNotReadSaid(List<RawTable> headlessNotRead, int rowsNotRead, List<RawTable> tables,
      CodeSpans codesRead, int tableLine, PageContext context) {
    long rowsRead = 0;
    for (RawTable read : tables) {
      rowsRead += read.codeRows();
    }
    for (RawTable other : headlessNotRead) {
      int firstNew = codesRead.firstRowNotMet(other);
      if (firstNew < 0) {
        continue; // met by a part read after it
      }
      SourceLocation at = new SourceLocation(context.file(), other.rows().get(firstNew).line());
      if (rowsNotRead > rowsRead) {
        throw context.diagnostics().fail(Message.TABLE_MOSTLY_UNREAD, at, other.codeCell(firstNew).written(),
            tableLine, rowsNotRead - 1, rowsNotRead, rowsRead);
      }
      context.diagnostics().report(Message.TABLE_WITHOUT_HEADER_NOT_READ, at, other.codeCell(firstNew).written(),
          tableLine);
    }
  }

  /**
   * The candidates set apart from the chosen table and not inside another such: a table, not the
   * rows or cells within it that read as tables too (a range's two {@code <code>} elements, say), in
   * the order the page shows them. The candidates inside the chosen one are the chosen one.
   */
  private static List<RawTable> outermostApart(List<RawTable> candidates, RawTable chosen) {
    List<RawTable> apart = new ArrayList<>();
    for (RawTable candidate : candidates) {
      if (candidate.lastLine() < chosen.line() || candidate.line() > chosen.lastLine()) {
        apart.add(candidate);
      }
    }
    if (apart.isEmpty()) {
      return apart; // the common case: the page has one table
    }
    apart.sort(new PageOrder());
    List<RawTable> outermost = new ArrayList<>();
    for (RawTable candidate : apart) {
      RawTable outer = outermost.isEmpty() ? null : outermost.get(outermost.size() - 1);
      if (outer == null || candidate.line() > outer.lastLine()) {
        outermost.add(candidate);
      }
    }
    return outermost;
  }

  /**
   * Tables in the order the page shows them, and of two that start on one line the outer first:
   * the longer, then the one with more codes. A class, not a lambda, which would cost a bootstrap
   * in each compile's fresh JVM.
   */
  private static final class PageOrder implements Comparator<RawTable> {
    @Override
    public int compare(RawTable a, RawTable b) {
      if (a.line() != b.line()) {
        return Integer.compare(a.line(), b.line());
      }
      if (a.lastLine() != b.lastLine()) {
        return Integer.compare(b.lastLine(), a.lastLine());
      }
      return Long.compare(b.codeRows(), a.codeRows());
    }
  }

  /**
   * Whether a header row of the table names its code column. Elements whose cells are named
   * ({@code <code>}) read as records, but on a page they are prose: a list of codes, say.
   */
  private static boolean namesItsColumns(RawTable table) {
    return table.columns().fromHeaderRow() && table.columns().assumedCodeColumn().isEmpty();
  }

  /** The better of two tables: more rows of codes, else the one that starts first; the best so far on a tie. */
  private static RawTable better(RawTable candidate, RawTable best) {
    if (best == null || candidate.codeRows() > best.codeRows()) {
      return candidate;
    }
    return candidate.codeRows() == best.codeRows() && candidate.line() < best.line() ? candidate : best;
  }

  /**
   * Fails where another table of the same shape, without a header naming its columns, starts
   * within a few lines of the end of the chosen one, or of a table with such a header that may be
   * a part of it: rows that lost their header, not a table. Where they outnumber the rows before
   * them, they are the table chosen, and the table before them, which holds the header, is the
   * one they go on from.
   */
  private static void checkWhole(RawTable chosen, List<RawTable> withCodes, String text, PageContext context) {
    // The tables without such a header by the line of their first code, so that each table's end
    // is looked up once: a page of many tables is checked in n log n.
    TreeMap<Integer, List<RawTable>> headless = new TreeMap<>();
    List<RawTable> ends = new ArrayList<>(List.of(chosen));
    for (RawTable other : withCodes) {
      if (!namesItsColumns(other)) {
        List<RawTable> atLine = headless.get(other.firstCodeLine());
        if (atLine == null) {
          atLine = new ArrayList<>(1);
          headless.put(other.firstCodeLine(), atLine);
        }
        atLine.add(other);
      }
    }
    for (RawTable other : outermostApart(withCodes, chosen)) {
      if (namesItsColumns(other)) {
        ends.add(other);
      }
    }
    ends.sort(new PageOrder());
    int[] lineStarts = null;
    for (RawTable table : ends) {
      // A table with a header of its own is whole in itself, and may be a part of the chosen one.
      // Rows go on after it a few lines on, or past lines of markup alone, up to forty (a table
      // closed and another opened, each tag on its line), which set nothing apart.
      int reach = table.lastLine() + GAP_THAT_SPLITS_A_TABLE + 1;
      Map.Entry<Integer, List<RawTable>> next = headless.ceilingEntry(reach + 1);
      if (next != null && next.getKey() - table.lastLine() - 1 <= MARKUP_THAT_SPLITS_A_TABLE) {
        lineStarts = lineStarts != null ? lineStarts : lineStarts(text); // worked out once a page
        reach = onlyMarkupBetween(text, lineStarts, table.lastLine(), next.getKey()) ? next.getKey() : reach;
      }
      for (List<RawTable> atLine : headless.subMap(table.lastLine() + 1, true, reach, true).values()) {
        for (RawTable other : atLine) {
          if (other != table && other.width() == table.width()) {
            SourceLocation location = new SourceLocation(context.file(), other.firstCodeLine());
            // One line of text between two pipe tables may be the rest of the first one's last row, wrapped.
            boolean pipeTables = table.rows().get(table.rows().size() - 1).cells() instanceof TextTables.MarkdownCells;
            String between = pipeTables && other.line() == table.lastLine() + 2
                ? DocumentText.line(text, table.lastLine() + 1).strip() : "";
            throw between.isEmpty()
                ? context.diagnostics().fail(Message.TABLE_INTERRUPTED, location, table.lastLine())
                : context.diagnostics().fail(Message.TABLE_INTERRUPTED_BY_LINE, location, table.lastLine(),
                    table.lastLine() + 1, RowReader.shortened(between));
          }
        }
      }
    }
  }

  /**
   * Fails where rows of the chosen table's shape, without a header naming their columns, stand in
   * code or a comment within a few lines of its end: what stands between them ended the block the
   * table stands in ({@code #} at the margin in a list item's table), and the rest of its rows
   * became code. An example further on is set apart by its text.
   */
  private static void checkNotGoingOnInCode(RawTable chosen, List<RawTable> examples, HiddenLines hidden,
      PageContext context) {
    for (RawTable example : examples) {
      int gap = example.firstCodeLine() - chosen.lastLine() - 1;
      if (example.codeRows() > 0 && gap >= 0 && gap <= GAP_THAT_SPLITS_A_TABLE && !namesItsColumns(example)
          && example.width() == chosen.width()) {
        HiddenLines.Hiding hiding = HiddenLines.hiding(hidden.kind(example.firstCodeLine()));
        throw context.diagnostics().fail(Message.TABLE_GOES_ON_IN_CODE,
            new SourceLocation(context.file(), example.firstCodeLine()), chosen.lastLine(), hiding.what(),
            hiding.shownAs(), hiding.mend());
      }
    }
  }

  /** How many lines of markup alone may stand between a table and rows that go on after it. */
  private static final int MARKUP_THAT_SPLITS_A_TABLE = 40;

  /** Where each line of the text starts: line {@code n}, counted from 1, at index {@code n - 1}. */
  private static int[] lineStarts(String text) {
    int lines = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      starts[line++] = at + 1;
    }
    return starts;
  }

  /** Whether the lines after line {@code after} and before line {@code before} hold nothing but tags and white space. */
  private static boolean onlyMarkupBetween(String text, int[] lineStarts, int after, int before) {
    int start = after < lineStarts.length ? lineStarts[after] : text.length();
    int end = before - 1 < lineStarts.length ? lineStarts[before - 1] : text.length();
    return DocumentText.onlyTagsAndSpace(text, start, end, false);
  }

  /**
   * The codes read so far, as spans that do not touch, kept in order: each code cell of another
   * table is looked up, and each part's added, in log time, so that a page of many tables or of
   * long ones is weighed in n log n.
   */
  private static final class CodeSpans {
    /** Each span's last code, by its first. */
    private final TreeMap<Long, Long> spans = new TreeMap<>();

    CodeSpans(RawTable table) {
      add(table);
    }

    void add(RawTable table) {
      for (int i = 0; i < table.rows().size(); i++) {
        long[] span = span(table.codeCell(i));
        if (span != null) {
          add(span[0], span[1]);
        }
      }
    }

    private void add(long from, long to) {
      // joined with the spans it meets or touches, which go
      Map.Entry<Long, Long> before = spans.floorEntry(from);
      if (before != null && before.getValue() >= from - 1) {
        from = before.getKey();
        to = Math.max(to, before.getValue());
      }
      for (Map.Entry<Long, Long> next = spans.ceilingEntry(from); next != null && next.getKey() <= to + 1;
          next = spans.ceilingEntry(from)) {
        to = Math.max(to, next.getValue());
        spans.remove(next.getKey());
      }
      spans.put(from, to);
    }

    /** The first row of {@code other} whose codes none of these meet; -1 when there is none. */
    int firstRowNotMet(RawTable other) {
      for (int i = 0; i < other.rows().size(); i++) {
        long[] span = span(other.codeCell(i));
        if (span != null && !meets(span)) {
          return i;
        }
      }
      return -1;
    }

    /** How many rows of {@code other} name codes none of these meet. */
    int rowsNotMet(RawTable other) {
      int rows = 0;
      for (int i = 0; i < other.rows().size(); i++) {
        long[] span = span(other.codeCell(i));
        rows += span != null && !meets(span) ? 1 : 0;
      }
      return rows;
    }

    /** Whether any row of {@code other} names a code of these. */
    boolean meetsAny(RawTable other) {
      for (int i = 0; i < other.rows().size(); i++) {
        long[] span = span(other.codeCell(i));
        if (span != null && meets(span)) {
          return true;
        }
      }
      return false;
    }

    private boolean meets(long[] span) {
      // the last span starting at or before this one's end must reach its start
      Map.Entry<Long, Long> last = spans.floorEntry(span[1]);
      return last != null && last.getValue() >= span[0];
    }

    /** The codes a cell names, from and to; none for a cell that holds no code. */
    private static long[] span(CodeCell cell) {
      if (cell instanceof CodeCell.Codes codes) {
        return new long[] {Math.min(codes.from(), codes.to()), Math.max(codes.from(), codes.to())};
      }
      if (cell instanceof CodeCell.MissingEnd missing) {
        return new long[] {missing.from(), missing.from()};
      }
      return cell instanceof CodeCell.MissingStart missing ? new long[] {missing.to(), missing.to()} : null;
    }
  }
}
