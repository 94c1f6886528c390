package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import dev.closecodes.read.Vocabulary.Role;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a table's rows as close codes, each cell from the column its header names (see
 * {@link Columns}). Rows up to the header, and rows before the first code that hold no number,
 * are not data (one with text is a caption, passed over with a warning); nor, among the codes,
 * are rows without a code that the page marks a header (a sub-heading, the header repeated) or
 * that hold nothing. A row whose code cell is wrong is an error at its line, and the rows after it
 * are still read.
 *
 * <p>A row is reserved when its text says so (the word for "reserved" opening its description, in
 * any locale {@link Vocabulary} knows, or "yes" in a "Reserved" column) or when it is marked the
 * way MDN marks it (its description opens in strong emphasis). Where the page uses that mark and a
 * row's words and mark disagree, the row is reserved and the disagreement is a warning at its line;
 * but where its words are only a guess from characters a decoder lost, the mark it lacks prevails.
 */
final class RowReader {

  /**
   * The fewest rows passed over as sub-headings that, as many as the rows of codes, are read as
   * the table's words in rows of their own: a table of two codes under two headings is a table still.
   */
  private static final int FEWEST_ROWS_OF_WORDS = 3;

  /** The scripts whose characters are each a word's worth of sound or sense, as two of Latin's are. */
  private static final int[] DENSE_SCRIPTS = {UnicodeCharacters.script("HAN"), UnicodeCharacters.script("HIRAGANA"),
      UnicodeCharacters.script("KATAKANA"), UnicodeCharacters.script("HANGUL")};

  private RowReader() {}

  /**
   * A row read, before it is known whether the table marks reserved rows in bold; with the cells
   * its name and description come from, as {@link TableChecks.Written} compares them.
   */
  private record Read(PageRow row, Vocabulary.Verdict words, String[] wordLost, boolean marked,
      boolean saidLaterInBold, boolean reservedColumn, Object nameCell, Object descriptionCell,
      Vocabulary.NearMiss nearly) {

    /**
     * Whether nothing but bold could make the row reserved: neither its words, whole, damaged or
     * short of characters, nor a Reserved or Status cell say the code is set aside.
     */
    boolean saysNothingReserved() {
      return words != Vocabulary.Verdict.RESERVED && words != Vocabulary.Verdict.NOT_IN_USE
          && words != Vocabulary.Verdict.NEARLY && wordLost == null && !reservedColumn;
    }
  }

  /**
   * Reads the table's rows.
   *
   * @param damage what damaged the page's words, through which its words that say reserved are read
   */
  static List<PageRow> read(RawTable table, PageContext context, WordDamage damage) {
    Diagnostics diagnostics = context.diagnostics();
    Columns columns = table.columns();
    TableWords tableWords = new TableWords(table); // its text is gathered only for a row that lost characters
    // The column warnings stand at the header's line, or the table's where it has none.
    SourceLocation header = new SourceLocation(context.file(),
        columns.headerRow() < 0 ? table.line() : table.rows().get(columns.headerRow()).line());
    if (columns.byPosition()) {
      diagnostics.report(Message.COLUMNS_BY_POSITION, new SourceLocation(context.file(), table.line()),
          columns.positions(), columns.why());
    }
    if (columns.fromOtherTable()) {
      diagnostics.report(Message.COLUMNS_OF_ANOTHER_TABLE_INFERRED, new SourceLocation(context.file(), table.line()),
          table.columnsFrom(), columns.positions());
    }
    if (columns.assumedCodeColumn().isPresent()) {
      Columns.AssumedCodeColumn assumed = columns.assumedCodeColumn().get();
      diagnostics.report(Message.CODE_COLUMN_INFERRED, header, assumed.column() + 1, assumed.header());
    }
    for (Columns.MendedHeader mended : columns.mendedHeaders()) {
      diagnostics.report(Message.HEADER_FILTER_MARKS_REPAIRED, header, mended.column() + 1, mended.header(),
          mended.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), mended.mended());
    }
    for (Columns.LostHeaderColumn lost : columns.lostHeaderColumns()) {
      diagnostics.report(Message.LOST_HEADER_COLUMN_INFERRED, header, lost.column() + 1, lost.header(),
          lost.role().name().toLowerCase(java.util.Locale.ROOT), lost.why());
    }
    if (columns.inferredRangeEnd().isPresent()) {
      Columns.InferredRangeEnd end = columns.inferredRangeEnd().get();
      diagnostics.report(Message.RANGE_END_COLUMN_INFERRED, header, end.column() + 1,
          end.header().isBlank() ? "which has no header"
              : "headed '" + end.header() + "' in words closecodes does not know");
    }
    // One warning for the rows whose <tr> was lost, however many: at the first, with the last; and
    // one error for those Markdown shows as code, which the table MDN shows stops before.
    int firstLost = 0;
    int lastLost = 0;
    int lost = 0;
    RawTable.Row firstInCode = null;
    int lastInCode = 0;
    int inCode = 0;
    for (RawTable.Row row : table.rows()) {
      if (row.startLost()) {
        firstLost = lost++ == 0 ? row.line() : firstLost;
        lastLost = row.line();
      }
      if (row.shownAs() != HiddenLines.Kind.SHOWN) {
        firstInCode = inCode++ == 0 ? row : firstInCode;
        lastInCode = row.line();
      }
    }
    if (lost > 0) {
      diagnostics.report(Message.ROW_START_REPAIRED, new SourceLocation(context.file(), firstLost), lost, lastLost);
    }
    if (firstInCode != null) {
      HiddenLines.Hiding hiding = HiddenLines.hiding(firstInCode.shownAs());
      throw diagnostics.fail(Message.TABLE_ROWS_IN_CODE, new SourceLocation(context.file(), firstInCode.line()),
          table.line(), hiding.what(), hiding.shownAs(), hiding.mend(), inCode, lastInCode);
    }
    // Rows of codes the markup marks headers are read, as a browser shows them: one warning says so.
    int firstMarked = -1;
    int marked = 0;
    int lastMarked = 0;
    for (int i = columns.headerRow() + 1; i < table.rows().size(); i++) {
      if (table.rows().get(i).header() && table.codeCell(i).isCode()) {
        firstMarked = firstMarked < 0 ? i : firstMarked;
        marked++;
        lastMarked = table.rows().get(i).line();
      }
    }
    if (marked > 0) {
      diagnostics.report(Message.HEADER_MARK_REPAIRED,
          new SourceLocation(context.file(), table.rows().get(firstMarked).line()),
          table.codeCell(firstMarked).written(), marked, lastMarked);
    }
    if (table.brokenDelimiter() != null && table.brokenDelimiter().missing()) {
      RawTable.BrokenDelimiter missing = table.brokenDelimiter();
      diagnostics.report(Message.TABLE_WITHOUT_DELIMITER_READ, new SourceLocation(context.file(), missing.line()),
          "|" + " --- |".repeat(missing.headerCells()));
    } else if (table.brokenDelimiter() != null) {
      RawTable.BrokenDelimiter broken = table.brokenDelimiter();
      diagnostics.report(Message.DELIMITER_ROW_REPAIRED, new SourceLocation(context.file(), broken.line()),
          broken.cells(), broken.headerCells());
    }
    for (int rule : table.ruleRows()) {
      diagnostics.report(Message.RULE_ROW_SKIPPED, new SourceLocation(context.file(), rule));
    }
    // Words in the table but in no cell are shown above it: where they hold a code, a row was meant;
    // where they stand between a row's cells, a cell lost its tag, or a line left its cell.
    for (RawTable.LooseText loose : table.looseTexts()) {
      String code = codeIn(loose.text());
      if (code != null) {
        diagnostics.report(Message.LOOSE_TEXT_ROW_SKIPPED, new SourceLocation(context.file(), loose.line()),
            table.line(), code, shortened(loose.text()));
      } else if (loose.rowLine() > 0 && CodeCell.hasLetterOrDigit(loose.text())) {
        diagnostics.report(Message.WORDS_IN_NO_CELL, new SourceLocation(context.file(), loose.line()),
            loose.rowLine(), shortened(loose.text()));
      }
    }
    for (Columns.Unread unread : columns.unread()) {
      diagnostics.report(Message.COLUMN_UNREAD, header, unread.column() + 1, unread.header(), unread.why());
    }
    for (Columns.Headless headless : columns.headless()) {
      diagnostics.report(Message.COLUMN_WITHOUT_HEADER, header, headless.column() + 1,
          shortened(headless.firstText()), headless.line());
    }
    // Cells past those the header names are read by no column, and columns past a row's cells are
    // empty in it: where a row has either, say so.
    int headerWidth = columns.headerRow() < 0 ? 0 : columns.headerWidth(table);
    List<Read> rows = new ArrayList<>();
    Set<Integer> shortOfADescription = new HashSet<>();
    boolean inBody = false;
    int bodyRows = 0;
    RawTable.Row firstPast = null; // the first row of more cells than the header names, how many, the last's line
    int pastHeader = 0;
    // Rows of a Markdown table, whose marks Markdown reads, but for those a '|' in code may have cut, which are said
    Set<Integer> readAsMarkdown = new HashSet<>();
    int lastPast = 0;
    RawTable.Row above = null; // the row read before this one, and where a code cell spanning it starts
    int spanStart = 0;
    int subheadings = 0; // rows passed over as sub-headings, and the first's and the last's lines
    int firstSubheading = 0;
    int lastSubheading = 0;
    for (int i = columns.headerRow() + 1; i < table.rows().size(); i++) {
      RawTable.Row row = table.rows().get(i);
      CodeCell codeCell = table.codeCell(i);
      // A row of codes marked a header is read, as a browser shows it (said above).
      if (!inBody && (codeCell instanceof CodeCell.NoCode || (row.header() && !codeCell.isCode()))) {
        if (!row.header() && !isEmpty(row)) {
          diagnostics.report(Message.CAPTION_ROW_SKIPPED, new SourceLocation(context.file(), row.line()),
              rowText(row));
        }
        continue; // a header row, or a caption above the codes
      }
      if (codeCell instanceof CodeCell.NoCode && (row.header() || isEmpty(row))) {
        continue; // among the codes, a sub-heading or the header again, or a row with nothing in it
      }
      if (!codeCell.isCode() && repeatsHeader(table, columns, row)) {
        continue; // the header again, in cells of data, as a long table repeats it
      }
      if (codeCell instanceof CodeCell.NoCode && row.cells().mayContinueRowAt() > 0) {
        // the rest of the row above, wrapped: a Markdown reader shows it as a row of its own
        throw diagnostics.fail(Message.TABLE_ROW_WRAPPED, new SourceLocation(context.file(), row.line()),
            rowText(row), row.cells().mayContinueRowAt());
      }
      if (codeCell instanceof CodeCell.NoCode && onlyInCodeCell(row, columns)) {
        // a sub-heading not marked as one (<td colspan="3"><strong>Ranges</strong>)
        diagnostics.report(Message.SUBHEADING_ROW_SKIPPED, new SourceLocation(context.file(), row.line()),
            rowText(row));
        firstSubheading = subheadings++ == 0 ? row.line() : firstSubheading;
        lastSubheading = row.line();
        continue;
      }
      if (codeCell instanceof CodeCell.Malformed && isNoteAcross(row, headerWidth)) {
        // a note that names codes ("Codes 1012 to 1014 were registered later."), in one cell across the table
        diagnostics.report(Message.NOTE_ROW_SKIPPED, new SourceLocation(context.file(), row.line()), rowText(row));
        continue;
      }
      inBody = true;
      SourceLocation location = new SourceLocation(context.file(), row.line());
      int codeColumn = columns.index(Role.CODE, row);
      boolean spanned = above != null && codeColumn >= 0 && row.cells().sameCell(codeColumn, above.cells());
      spanStart = spanned ? (spanStart > 0 ? spanStart : above.line()) : 0;
      above = row;
      if (spanned) {
        // rows under a code cell's rowspan: each its own name and description, all one code
        diagnostics.report(Message.CODE_CELL_SPANS_ROWS, location, codeCell.written(), spanStart);
        continue;
      }
      if (++bodyRows > InputLimits.MAX_TABLE_ROWS) {
        diagnostics.report(Message.TOO_MANY_ROWS, location, InputLimits.MAX_TABLE_ROWS);
        break;
      }
      if (headerWidth > 0 && row.cells().size() > headerWidth) {
        firstPast = pastHeader++ == 0 ? row : firstPast; // said once, after the rows, however many
        lastPast = row.line();
      } else if (row.cells() instanceof TextTables.MarkdownCells) {
        readAsMarkdown.add(row.line());
      }
      if (headerWidth > 0 && row.cells().size() < headerWidth) {
        // A cell left out reads as a span lost (cowspan): the row's text would be in other columns.
        String unreached = columns.unreached(row.cells().size());
        if (!unreached.isEmpty()) {
          diagnostics.report(Message.CELLS_SHORT_OF_HEADER, location, row.cells().size(), headerWidth, unreached);
          if (columns.shortOf(Role.DESCRIPTION, row.cells().size())) {
            shortOfADescription.add(row.line()); // said: not again as a row without one
          }
        }
      }
      try {
        CodeCell.MissingEnd lostDashWithoutEnd = lostDashWithoutEnd(codeCell, table, i);
        CodeRange range;
        if (codeCell instanceof CodeCell.MissingEnd missing) {
          range = inferEnd(missing, table, i, location, diagnostics);
        } else if (lostDashWithoutEnd != null) {
          range = inferEnd(lostDashWithoutEnd, table, i, location, diagnostics);
          diagnostics.report(Message.RANGE_DASH_INFERRED, location, codeCell.written(), range.from(), range.to());
        } else {
          range = readRange(codeCell, rows, table, i, location, diagnostics);
        }
        rows.add(read(range, row, columns, tableWords, damage, location, diagnostics));
      } catch (Diagnostics.Abort rowReported) {
        // the row's error is reported; the rest of the table is still read
      }
    }
    if (subheadings >= FEWEST_ROWS_OF_WORDS && subheadings >= rows.size() && noneDescribed(rows)) {
      // As many rows of words as of codes, which have none, are no sub-headings: the table's cells, a line each.
      throw diagnostics.fail(Message.WORDS_IN_ROWS_OF_THEIR_OWN, new SourceLocation(context.file(), firstSubheading),
          subheadings, lastSubheading, rows.size());
    }
    if (pastHeader > 0) {
      // Only a Markdown table's cells are split at a '|', which a row of more cells may owe to.
      String pipeHint = firstPast.cells() instanceof TextTables.MarkdownCells
          ? " (in a Markdown table, a '|' ends a cell, even in code, unless written '\\|')" : "";
      diagnostics.report(Message.CELLS_PAST_HEADER, new SourceLocation(context.file(), firstPast.line()),
          firstPast.cells().size(), headerWidth, headerWidth, pipeHint,
          pastHeader == 1 ? "" : "; " + pastHeader + " row(s) so, from this line to line " + lastPast);
    }
    boolean tableMarksReservedRows = tableMarksReservedRows(rows, diagnostics);
    List<PageRow> pageRows = new ArrayList<>(rows.size());
    List<TableChecks.Written> written = new ArrayList<>(rows.size());
    for (Read read : rows) {
      PageRow pageRow = reserved(read, tableMarksReservedRows, diagnostics);
      pageRows.add(pageRow);
      written.add(new TableChecks.Written(pageRow, read.nameCell(), read.descriptionCell()));
    }
    TableChecks.checkCopiedRows(written, diagnostics);
    checkDescribed(pageRows, shortOfADescription, header, diagnostics);
    checkNamesShorterThanDescriptions(pageRows, header, diagnostics);
    checkConstantsForDescriptions(pageRows, diagnostics);
    checkDescriptionsOpenWhole(pageRows, diagnostics);
    LinksShownAsText.check(pageRows, diagnostics);
    LinksCutShort.check(pageRows, diagnostics);
    MarksShownAsText.check(pageRows, readAsMarkdown, diagnostics);
    return pageRows;
  }

  /**
   * Says where the names read are sentences twice as long as the descriptions in most rows that
   * have both (at least three): a header that names the two columns in the other order than the
   * rows hold them. Where a few rows are so and the table's other rows that have both (at least
   * three) are not, each such row is said at its line, its two cells swapped, but where the name
   * holds a tag a browser shows as text, which is said already.
   */
  private static void checkNamesShorterThanDescriptions(List<PageRow> rows, SourceLocation header,
      Diagnostics diagnostics) {
    int both = 0;
    List<PageRow> longer = new ArrayList<>(0);
    for (PageRow row : rows) {
      if (row.name().isEmpty() || row.description().isEmpty()) {
        continue;
      }
      both++;
      if (nameIsASentenceBesideItsDescription(row)) {
        longer.add(row);
      }
    }
    if (longer.isEmpty()) {
      return;
    }
    PageRow first = longer.get(0);
    if (both >= 3 && longer.size() * 3 >= both * 2) {
      diagnostics.report(Message.NAMES_LONGER_THAN_DESCRIPTIONS, header, longer.size(), both,
          first.location().line(), shortened(first.name()), shortened(first.description().plainTextOnOneLine()));
    } else if (both - longer.size() >= 3) {
      for (PageRow row : longer) {
        if (row.name().indexOf('<') >= 0 || row.name().indexOf('>') >= 0) {
          continue; // a name long with a tag shown as text, its '<' lost or its name damaged, which is said
        }
        diagnostics.report(Message.NAME_AND_DESCRIPTION_SWAPPED, row.location(), shortened(row.name()),
            shortened(row.description().plainTextOnOneLine()), both - longer.size());
      }
    }
  }

  /**
   * Says where a row's description is a constant's name ({@code CLOSE_PROTOCOL_ERROR}) and its name
   * is not, where three or more of the table's other rows with both have a constant for a name: the
   * row's two cells were swapped, a short sentence as its name, as the length test does not tell.
   */
  private static void checkConstantsForDescriptions(List<PageRow> rows, Diagnostics diagnostics) {
    int named = 0;
    List<PageRow> swapped = new ArrayList<>(0);
    for (PageRow row : rows) {
      if (row.name().isEmpty() || row.description().isEmpty()) {
        continue;
      }
      if (isConstantName(row.name())) {
        named++;
      } else if (isConstantName(row.description().plainText()) && !nameIsASentenceBesideItsDescription(row)) {
        swapped.add(row); // a long sentence for a name is the length test's
      }
    }
    if (named < FEWEST_CONSTANT_NAMES) {
      return;
    }
    for (PageRow row : swapped) {
      diagnostics.report(Message.CONSTANT_FOR_A_DESCRIPTION, row.location(),
          shortened(row.description().plainTextOnOneLine()), shortened(row.name()), named);
    }
  }

  /** How many rows must name their codes by constants for a description that is one to be a name. */
  private static final int FEWEST_CONSTANT_NAMES = 3;

  /**
   * Whether the text is a constant's name: capitals, digits and at least one underscore between them
   * ({@code CLOSE_NORMAL}), white space around it aside.
   */
  private static boolean isConstantName(String text) {
    String name = text.strip();
    int underscores = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        if (i == 0 || i == name.length() - 1 || name.charAt(i - 1) == '_') {
          return false;
        }
        underscores++;
      } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0)) {
        return false;
      }
    }
    return underscores > 0;
  }

  /**
   * Whether a row's name is a sentence twice as long as its description or more: not "Normal
   * Closure" beside "Done.", nor a name of ideographs beside a shorter one.
   */
  private static boolean nameIsASentenceBesideItsDescription(PageRow row) {
    int name = readLength(row.name());
    return name >= 30 && name >= 2 * readLength(row.description().plainText());
  }

  /** A text's length as it reads: a character of Han, Hiragana, Katakana or Hangul counts twice. */
  private static int readLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      length += isOfDenseScript(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return length;
  }

  private static boolean isOfDenseScript(int codePoint) {
    if (codePoint < 0x1100) { // below Hangul's jamo, no character of the four
      return false;
    }
    int script = UnicodeCharacters.script(codePoint);
    for (int dense : DENSE_SCRIPTS) {
      if (script == dense) {
        return true;
      }
    }
    return false;
  }

  /**
   * Says where a row's description opens with a small letter, mid-sentence, where the table's
   * other descriptions that open with a letter of a case (at least three, and four times as many)
   * open with a capital: the line that held its opening was lost, and with it, it may be, the word
   * for reserved ({@code close frame being sent) when ...}). A description that opens with code
   * ({@code close()}) opens with no word of its own.
   */
  private static void checkDescriptionsOpenWhole(List<PageRow> rows, Diagnostics diagnostics) {
    int capitals = 0;
    List<PageRow> small = new ArrayList<>(0);
    for (PageRow row : rows) {
      int first = firstLetterOfItsWords(row.description().inlines());
      if (first > 0 && UnicodeCharacters.isUpperCase(first)) {
        capitals++;
      } else if (first > 0 && UnicodeCharacters.isLowerCase(first)) {
        small.add(row);
      }
    }
    if (small.isEmpty() || capitals < 3 || small.size() * 4 > capitals) {
      return;
    }
    for (PageRow row : small) {
      diagnostics.report(Message.DESCRIPTION_OPENS_MID_SENTENCE, row.location(),
          shortened(row.description().plainTextOnOneLine()), capitals);
    }
  }

  /**
   * The first character of the first words of the inlines where it is a letter: 0 where they open
   * with code, an image or a mark; -1 where they hold no words, so that the inlines after them are
   * read on.
   */
  private static int firstLetterOfItsWords(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        String words = text.text().strip();
        if (!words.isEmpty()) {
          int first = words.codePointAt(0);
          return UnicodeCharacters.isLetter(first) ? first : 0;
        }
      } else if (!Inline.children(inline).isEmpty()) {
        int first = firstLetterOfItsWords(Inline.children(inline));
        if (first != -1) {
          return first;
        }
      } else if (!(inline instanceof Inline.LineBreak)) {
        return 0; // code or an image first
      }
    }
    return -1; // no words in these: the next inline's, if any
  }

  /**
   * Says where rows have no description, whose codes the generated code would give none: once at
   * the header where no row has one, else at the first row without, with how many there are. A row
   * too short to reach the description column was said already.
   */
  private static void checkDescribed(List<PageRow> rows, Set<Integer> saidShort, SourceLocation header,
      Diagnostics diagnostics) {
    List<PageRow> without = new ArrayList<>();
    for (PageRow row : rows) {
      if (row.description().isEmpty() && !saidShort.contains(row.location().line())) {
        without.add(row);
      }
    }
    if (without.isEmpty()) {
      return;
    }
    if (without.size() == rows.size() && saidShort.isEmpty()) {
      diagnostics.report(Message.NO_DESCRIPTIONS, header);
    } else if (without.size() == 1) {
      diagnostics.report(Message.DESCRIPTION_MISSING, without.get(0).location());
    } else {
      diagnostics.report(Message.DESCRIPTIONS_MISSING, without.get(0).location(), without.size(),
          without.get(without.size() - 1).location().line());
    }
  }

  /** Whether the row's cell in {@code column} is its code cell, spanning into it. */
  private static boolean ofTheCodeCell(RawTable.Row row, int codeColumn, int column) {
    return codeColumn >= 0 && column >= 0 && column != codeColumn && row.cells().oneCell(codeColumn, column);
  }

  private static Read read(CodeRange range, RawTable.Row row, Columns columns, TableWords tableWords,
      WordDamage damage, SourceLocation location, Diagnostics diagnostics) {
    int nameColumn = columns.index(Role.NAME, row);
    int descriptionColumn = columns.index(Role.DESCRIPTION, row);
    // One cell spanning both is the description: a row whose text stands in for its name has none.
    boolean spansBoth = nameColumn >= 0 && descriptionColumn >= 0 && row.cells().oneCell(nameColumn, descriptionColumn);
    // Nor is the code cell, spanning a column, what that column says.
    int codeColumn = columns.index(Role.CODE, row);
    RichText nameCell = spansBoth || ofTheCodeCell(row, codeColumn, nameColumn) ? RichText.EMPTY : cell(row, nameColumn);
    String name = nameCell.plainText();
    LinksCutShort.reportWithoutText("name", nameCell.inlines(), location, diagnostics);
    if (!CodeCell.hasLetterOrDigit(name)) {
      name = ""; // a dash, as tables write "none", names nothing
    }
    RichText description = ofTheCodeCell(row, codeColumn, descriptionColumn)
        ? RichText.EMPTY : cell(row, descriptionColumn);
    // A table without descriptions (RFC 6455's) says it in its names: "Reserved".
    String descriptionText = description.plainText();
    reportTagWithoutOpener("name", name, location, diagnostics);
    reportTagWithoutOpener("description", descriptionText, location, diagnostics);
    reportRepeatedWords("name", name, location, diagnostics);
    reportRepeatedWords("description", descriptionText, location, diagnostics);
    String words = descriptionText.isEmpty() ? name : descriptionText;
    int reservedColumn = columns.index(Role.RESERVED, row);
    Vocabulary.Answer reservedCell = Vocabulary.Answer.NO;
    if (reservedColumn >= 0) {
      RichText cell = cell(row, reservedColumn);
      String said = cell.plainText();
      // A mark drawn as an image without text says nothing a reader can tell, though it is no empty cell.
      boolean imageOnly = said.isEmpty() && !cell.showsNothing();
      reservedCell = imageOnly ? Vocabulary.Answer.UNCLEAR : Vocabulary.yesOrNo(said);
      if (reservedCell == Vocabulary.Answer.UNCLEAR) {
        diagnostics.report(Message.RESERVED_CELL_UNCLEAR, location,
            imageOnly ? "nothing but an image without text" : "'" + said + "'");
      }
    }
    // A status says reserved in words, or it is another status: nothing to warn of.
    int statusColumn = columns.index(Role.STATUS, row);
    boolean statusReserved = statusColumn >= 0
        && Vocabulary.reserved(cell(row, statusColumn).plainText(), damage).setsAside();
    // Struck-through words are taken back: "~~Reserved.~~", as an editor marks a code registered since.
    String wordsKept = withoutStruckText(words);
    String nameKept = withoutStruckText(name);
    Vocabulary.Verdict said = Vocabulary.reserved(wordsKept, damage);
    if (said != Vocabulary.Verdict.RESERVED && !description.isEmpty()
        && Vocabulary.reserved(nameKept, damage) == Vocabulary.Verdict.RESERVED) {
      said = Vocabulary.Verdict.RESERVED; // named for it ("Reserved"), though the description does not repeat it
    }
    boolean struck = !wordsKept.equals(words) || !nameKept.equals(name); // asked again only then
    if (struck && said != Vocabulary.Verdict.RESERVED
        && (Vocabulary.reserved(words, damage) == Vocabulary.Verdict.RESERVED
            || !description.isEmpty() && Vocabulary.reserved(name, damage) == Vocabulary.Verdict.RESERVED)) {
      diagnostics.report(Message.RESERVED_WORD_STRUCK, location);
    }
    // The word for reserved but for characters a decoder lost (�約) is read as it, with a warning:
    // other words end as it does, but a row of a close-code table that opens so is seldom one. So
    // are words that say the codes are not in use (未使�), where they are the whole first sentence.
    String[] lost = null;
    if (said != Vocabulary.Verdict.RESERVED && said != Vocabulary.Verdict.NOT_IN_USE) {
      lost = Vocabulary.reservedWordLost(wordsKept, tableWords);
      if (lost != null && lost.length > 2) {
        // The table holds, whole, another word the characters kept fit as well: no guess either way.
        diagnostics.report(Message.RESERVED_WORD_LOST_AMBIGUOUS, location, lost[0], lost[1], lost[2]);
        lost = null;
      }
      String[] notInUse = lost == null ? Vocabulary.notInUseWordsLost(wordsKept) : null;
      if (lost != null) {
        said = Vocabulary.Verdict.RESERVED; // said once the page's mark is known, which may overrule it
      } else if (notInUse != null) {
        diagnostics.report(Message.NOT_IN_USE_WORDS_INFERRED, location, notInUse[0], notInUse[1]);
        said = Vocabulary.Verdict.NOT_IN_USE;
      }
    }
    // The page's bold word for reserved, moved after the opening ("Gone. **Reserved.**"), still says it.
    boolean saidLater = false;
    if (said != Vocabulary.Verdict.RESERVED && said != Vocabulary.Verdict.NOT_IN_USE) {
      String bold = boldThatSaysReserved(description.inlines(), damage);
      if (bold != null) {
        diagnostics.report(Message.RESERVED_SAID_LATER_INFERRED, location, "'" + bold + "'");
        said = Vocabulary.Verdict.RESERVED;
        saidLater = true;
      }
    }
    // A later sentence that opens with the word ("No status. Reserved.") may mean it, or use the
    // word otherwise ("reserved codes are elsewhere"): said, and the row left as its opening reads.
    if (!saidLater && said != Vocabulary.Verdict.RESERVED && said != Vocabulary.Verdict.NOT_IN_USE) {
      String sentence = laterSentenceThatSaysReserved(wordsKept, damage);
      if (sentence != null) {
        diagnostics.report(Message.RESERVED_WORD_LATER, location, "'" + sentence + "'");
      }
    }
    return new Read(new PageRow(range, name, description, false, location), said, lost,
        opensInBold(description), saidLater, reservedCell == Vocabulary.Answer.YES || statusReserved,
        cellAsWritten(row, nameColumn), cellAsWritten(row, descriptionColumn),
        said == Vocabulary.Verdict.NEARLY ? Vocabulary.nearlyReserved(wordsKept, damage) : null);
  }

  /** Whether no row read has a description. */
  private static boolean noneDescribed(List<Read> rows) {
    for (Read read : rows) {
      if (!read.row().description().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the description opens in bold once what it strikes through, shown between
   * {@code ~~}, is passed over ({@code ~~Obsolete.~~ **Reserved.**}): as the page marks reserved
   * codes.
   */
  private static boolean opensInBold(RichText description) {
    boolean struck = false;
    for (Inline inline : description.flatInlines()) {
      if (inline instanceof Inline.Text text) {
        String words = text.text();
        for (int i = 0; i < words.length(); i++) {
          if (words.startsWith("~~", i)) {
            struck = !struck;
            i++;
          } else if (!struck && !Character.isWhitespace(words.charAt(i))) {
            return false;
          }
        }
      } else if (!struck) {
        return inline instanceof Inline.Strong strong && !new RichText(strong.children()).isEmpty();
      }
    }
    return false;
  }

  /**
   * The first sentence after the text's first that opens with the word for reserved, as far as its
   * own end; null where none does. A sentence starts after {@code ;} or {@code :} and a space, after
   * {@code .}, {@code !} or {@code ?} and a space before a capital ({@code e.g. reserved} goes on),
   * and straight after the full stops of Chinese and Japanese.
   */
  private static String laterSentenceThatSaysReserved(String text, WordDamage damage) {
    for (int i = 0; i < text.length() - 1; i++) {
      int start = sentenceAfter(text, i);
      // Only a sentence's opening says it, so only that is copied: a long text of many sentences stays linear.
      if (start > 0 && Vocabulary.reserved(text.substring(start, Math.min(text.length(), start + 80)), damage)
          == Vocabulary.Verdict.RESERVED) {
        int end = start;
        while (end < text.length() && sentenceAfter(text, end) < 0 && !isFullStop(text.charAt(end))) {
          end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).strip();
      }
    }
    return null;
  }

  /** Where a sentence starts after the character at {@code at}, if that ends one; else -1. */
  private static int sentenceAfter(String text, int at) {
    char c = text.charAt(at);
    if (c == '\u3002' || c == '\uFF0E' || c == '\uFF1B' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF1A') {
      return at + 1 < text.length() ? at + 1 : -1; // 。．；！？：
    }
    if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && at + 2 < text.length()
        && text.charAt(at + 1) == ' ') {
      boolean capital = UnicodeCharacters.isUpperCase(text.codePointAt(at + 2));
      return c == ';' || c == ':' || capital ? at + 2 : -1;
    }
    return -1;
  }

  private static boolean isFullStop(char c) {
    return c == '.' || c == '\u3002' || c == '\uFF0E';
  }

  /**
   * The text of the first bold piece whose words say reserved, outside struck-through text (shown
   * between {@code ~~}, which takes it back); null where none does.
   */
  private static String boldThatSaysReserved(List<Inline> inlines, WordDamage damage) {
    return boldThatSaysReserved(inlines, damage, new boolean[1]);
  }

  private static String boldThatSaysReserved(List<Inline> inlines, WordDamage damage, boolean[] struck) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        for (int at = text.text().indexOf("~~"); at >= 0; at = text.text().indexOf("~~", at + 2)) {
          struck[0] = !struck[0];
        }
      } else if (inline instanceof Inline.Strong strong && !struck[0]) {
        String said = new RichText(strong.children()).plainText();
        if (Vocabulary.reserved(withoutStruckText(said), damage) == Vocabulary.Verdict.RESERVED) {
          return said;
        }
      }
      String inside = boldThatSaysReserved(Inline.children(inline), damage, struck);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  /**
   * The text without what it strikes through: each span between two {@code ~~}, as a description
   * shows struck text ({@code <del>}, {@code <s>} and Markdown's own alike).
   */
  private static String withoutStruckText(String text) {
    int start = text.indexOf("~~");
    if (start < 0) {
      return text; // the common case
    }
    StringBuilder kept = new StringBuilder(text.length());
    int from = 0;
    while (start >= 0) {
      int end = text.indexOf("~~", start + 2);
      if (end < 0) {
        break; // a "~~" alone strikes nothing
      }
      kept.append(text, from, start).append(' ');
      from = end + 2;
      start = text.indexOf("~~", from);
    }
    return kept.append(text, from, text.length()).toString();
  }

  /**
   * Says where a cell's text holds a tag that lost its {@code <}, which a browser shows as text and
   * which is read so ({@code Normal Closure/td>}, {@code strong>Reserved.}): a name or description
   * with markup in it, and a row whose word for reserved no longer opens its description; else
   * where it opens with a tag that lost its name ({@code <1>}), or holds at an end a {@code >}
   * that a lost line of a tag left.
   */
  private static void reportTagWithoutOpener(String cell, String text, SourceLocation location,
      Diagnostics diagnostics) {
    String[] withAttributes = startTagWithAttributes(text);
    if (withAttributes != null && withAttributes[1] == null) {
      diagnostics.report(Message.ATTRIBUTES_WITHOUT_THEIR_TAG, location, cell, withAttributes[0]);
      return;
    } else if (withAttributes != null) {
      diagnostics.report(Message.TAG_WITHOUT_ITS_OPENER, location, cell, withAttributes[0], withAttributes[1]);
      return;
    }
    String tag = tagWithoutOpener(text);
    if (tag != null) {
      diagnostics.report(Message.TAG_WITHOUT_ITS_OPENER, location, cell, tag, "<" + tag);
      return;
    }
    String[] runIntoAWord = tagRunIntoAWord(text);
    if (runIntoAWord != null) {
      diagnostics.report(Message.TAG_WITHOUT_ITS_OPENER, location, cell, runIntoAWord[0], runIntoAWord[1]);
      return;
    }
    String[] firstLetterLost = tagThatLostItsFirstLetter(text);
    if (firstLetterLost != null) {
      diagnostics.report(Message.TAG_WITHOUT_ITS_OPENER, location, cell, firstLetterLost[0], firstLetterLost[1]);
      return;
    }
    if (opensWithANamelessTag(text)) {
      diagnostics.report(Message.TAG_WITHOUT_A_NAME, location, text.strip().substring(0, 3));
      return;
    }
    String closerAlone = closerAlone(text);
    if (closerAlone != null) {
      diagnostics.report(Message.CLOSER_ALONE, location, cell, closerAlone);
    }
  }

  /**
   * Where the text holds a {@code >} alone, a word of its own, at its end or its start: what a
   * formatter's line of a tag leaves when the line above it, with the tag's name, is lost
   * ({@code WebSocket.</strong} above {@code >}); "ends in", "opens with", or null for neither.
   * Between words it is a comparison ({@code a > b}).
   */
  private static String closerAlone(String text) {
    String words = text.strip();
    if (words.equals(">") || words.endsWith(">") && Character.isWhitespace(words.charAt(words.length() - 2))) {
      return "ends in";
    }
    return words.startsWith(">") && words.length() > 1 && Character.isWhitespace(words.charAt(1)) ? "opens with"
        : null;
  }

  /**
   * Says where a cell's text holds words twice in a row, as a line of a cell copied twice leaves
   * them: a name or description with a sentence, or half of one, twice.
   */
  private static void reportRepeatedWords(String cell, String text, SourceLocation location,
      Diagnostics diagnostics) {
    String repeated = repeatedWords(text);
    if (repeated != null) {
      diagnostics.report(Message.CELL_TEXT_REPEATED, location, cell, repeated);
    }
  }

  /** The fewest characters of words repeated that are told: "very very" is words. */
  private static final int SHORTEST_REPEATED = 12;

  /**
   * The fewest characters of words repeated that end a sentence both times, or that are the whole
   * cell twice, that are told: "etc. etc." is words.
   */
  private static final int SHORTEST_SENTENCE_END_REPEATED = 5;

  /** The most words repeated that are looked for, more than a line of a cell holds: the look is linear. */
  private static final int MOST_WORDS_REPEATED = 64;

  /**
   * The first run of whole words the text holds twice in a row, of twelve characters or more and a
   * letter ({@code These codes must not be used by These codes must not be used by}), or of five
   * or more that end a sentence both times ({@code Code. Code.}) or are the whole text twice
   * ({@code Bad Gateway Bad Gateway}), as written; null for none. Words
   * are what white space parts, compared without the signs around them.
   */
  static String repeatedWords(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int at = 0;
    int n = text.length();
    while (at < n) {
      while (at < n && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at == n) {
        break;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, 2 * count);
        ends = Arrays.copyOf(ends, 2 * count);
      }
      starts[count] = at;
      while (at < n && !Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      ends[count++] = at;
    }
    for (int words = 1; words <= MOST_WORDS_REPEATED && 2 * words <= count; words++) {
      int run = 0; // how many words in a row equal the word as many words on
      for (int i = 0; i + words < count; i++) {
        run = sameWord(text, starts[i], ends[i], starts[i + words], ends[i + words]) ? run + 1 : 0;
        if (run < words) {
          continue;
        }
        int first = i - words + 1;
        int length = ends[i] - starts[first];
        // or a sentence's end twice ("Code. Code."), or the whole cell twice ("Bad Gateway Bad Gateway")
        boolean longEnough = length >= SHORTEST_REPEATED || length >= SHORTEST_SENTENCE_END_REPEATED
            && (endsASentence(text.charAt(ends[i] - 1)) && endsASentence(text.charAt(ends[i + words] - 1))
                || first == 0 && i + words == count - 1);
        if (longEnough && hasLetter(text, starts[first], ends[i])) {
          return RichText.collapseWhitespace(text.substring(starts[first], ends[i]));
        }
      }
    }
    return null;
  }

  private static boolean endsASentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u3002';
  }

  /**
   * Whether two words are one, the signs around them aside: a line copied twice may bring a tag's
   * {@code >} before its first word ({@code standard >Reserved for}).
   */
  private static boolean sameWord(String text, int from, int to, int otherFrom, int otherTo) {
    while (from < to && !UnicodeCharacters.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !UnicodeCharacters.isLetterOrDigit(text.charAt(to - 1))) {
      to--;
    }
    while (otherFrom < otherTo && !UnicodeCharacters.isLetterOrDigit(text.charAt(otherFrom))) {
      otherFrom++;
    }
    while (otherTo > otherFrom && !UnicodeCharacters.isLetterOrDigit(text.charAt(otherTo - 1))) {
      otherTo--;
    }
    return to - from == otherTo - otherFrom && text.regionMatches(from, text, otherFrom, to - from);
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int at = from; at < to; at = text.offsetByCodePoints(at, 1)) {
      if (UnicodeCharacters.isLetter(text.codePointAt(at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text opens with a tag whose name of one letter a character took the place of
   * ({@code <1>}, {@code < >}, {@code <">} for {@code <p>}), which a browser shows as text. The
   * arrows {@code <->} and {@code <=>} are words where white space follows them, not before a
   * letter ({@code <->Data}); {@code <>}, {@code </…} and the openings of comments are
   * {@link DamagedTags}'s.
   */
  private static boolean opensWithANamelessTag(String text) {
    String opening = text.stripLeading();
    if (opening.length() < 3 || opening.charAt(0) != '<' || opening.charAt(2) != '>') {
      return false;
    }
    char inPlace = opening.charAt(1);
    boolean arrow = (inPlace == '-' || inPlace == '=')
        && (opening.length() == 3 || !UnicodeCharacters.isLetter(opening.codePointAt(3)));
    return !UnicodeCharacters.isLetter(inPlace) && "<>/!?".indexOf(inPlace) < 0 && !arrow;
  }

  /**
   * The first tag of HTML's in the text that lost its {@code <}, as written ({@code /td>},
   * {@code strong>}); null for none. One with attributes ({@code a href="...">}) is
   * {@link #startTagWithAttributes}'s, looked for before this. Its name is one of HTML's, or one letter
   * off one that matters, as the markup reader repairs them ({@code stwong>}). An end tag may follow
   * any character; a start tag opens the text or a word, or follows a sign that does, in the
   * {@code <}'s place ({@code *strong>}), or a letter of a script written without spaces
   * ({@code 應用程式strong>}), and is not of one letter unless an
   * attribute follows the name or it opens the text ({@code a>} is words more often than a link).
   * White space may stand before the {@code >}, as where a formatter puts it on the next line, in an
   * end tag, or in a start tag whose {@code >} a letter follows ({@code code > 1000} is words). A tag
   * whose {@code <} is there, a character before its name ({@code <>/td>}), is {@link DamagedTags}'s.
   */
  private static String tagWithoutOpener(String text) {
    int firstWord = 0; // white space before it alone: a tag at or before it opens the text
    while (firstWord < text.length() && Character.isWhitespace(text.charAt(firstWord))) {
      firstWord++;
    }
    for (int close = text.indexOf('>'); close >= 0; close = text.indexOf('>', close + 1)) {
      int nameEnd = close;
      while (nameEnd > 0 && Character.isWhitespace(text.charAt(nameEnd - 1))) {
        nameEnd--;
      }
      int nameStart = lettersEndingAt(text, nameEnd);
      // a letter in the '<''s place, before a name of four letters or more: "xstwong>"
      boolean letterInPlace = nameEnd - nameStart >= 5
          && (nameStart == 0 || Character.isWhitespace(text.charAt(nameStart - 1)))
          && !isTagName(text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))
          && isTagName(text.substring(nameStart + 1, nameEnd).toLowerCase(Locale.ROOT));
      // or before a tag's name as written, shorter, where the word opens the text: "xp>", "xem>"
      letterInPlace |= nameEnd - nameStart >= 2 && nameStart <= firstWord
          && !isTagName(text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))
          && Markup.isKnownTag(text.substring(nameStart + 1, nameEnd).toLowerCase(Locale.ROOT));
      nameStart += letterInPlace ? 1 : 0;
      if (nameStart == nameEnd || !isTagName(text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean endTag = nameStart > 0 && text.charAt(nameStart - 1) == '/';
      int tagStart = endTag ? nameStart - 1 : nameStart;
      char before = tagStart > 0 ? text.charAt(tagStart - 1) : ' ';
      boolean opensText = tagStart <= firstWord;
      // one character in the '<''s place of a tag that opens the text, of one letter too: ">p>", "xp>"
      boolean inPlaceOpensText = !endTag && tagStart > 0 && !Character.isWhitespace(before) && before != '<'
          && tagStart - 1 <= firstWord;
      boolean spaced = nameEnd < close;
      // a sign that opens a word where the '<' was: "*strong>"; a digit before a longer name ("1strong>"),
      // where one before a short one may be words ("2b>", "1em>")
      boolean digit = before >= '0' && before <= '9';
      boolean inPlaceOfOpener = letterInPlace || nameEnd - nameStart >= (digit ? 3 : 2)
          && !UnicodeCharacters.isLetter(before) && (tagStart < 2 || Character.isWhitespace(text.charAt(tagStart - 2)));
      // after a letter of Chinese or Japanese, which write no space between words ("應用程式strong>"),
      // or signs after one ("予約済。strong>")
      boolean afterSpacelessWord = nameEnd - nameStart >= 2 && (afterALetterWrittenWithoutSpaces(text, tagStart)
          || afterSignsThatEndAWord(text, tagStart)
              && afterALetterWrittenWithoutSpaces(text, signsBefore(text, tagStart)));
      if (before == '<' || tagStart >= 2 && text.charAt(tagStart - 2) == '<' && !Character.isWhitespace(before)
          || !endTag && (nameEnd - nameStart == 1 && !opensText && !inPlaceOpensText
          || !Character.isWhitespace(before) && !inPlaceOfOpener && !inPlaceOpensText && !afterSpacelessWord
          || spaced && !(close + 1 < text.length() && UnicodeCharacters.isLetter(text.codePointAt(close + 1))))) {
        continue;
      }
      return text.substring(tagStart, close + 1);
    }
    return null;
  }

  /**
   * The first tag that lost its {@code <} (or {@code </}) and the white space before it, run into
   * the word before it, as written, and the tag to write; null for none. The tag's name and its
   * {@code >} are the longest of HTML's names, two letters or more, that ends a word's letters,
   * two letters or more before it ({@code Unsupported Datatd>}, {@code endpointem> ha},
   * {@code codesstrong>ne}; one letter may be in the {@code <}'s place, {@code xem>}, and is
   * {@link DamagedTags}'s where the tag's end tag shows it), or at the text's end a
   * letter before it too, or a tag's name that is all of them after a letter of another script
   * ({@code Wésewvéstwong>}); or a tag's name after signs that end a word, white space or the end
   * after it ({@code normally.td>}, {@code validi).td>}); or, at the text's end, one of one letter
   * after white space ({@code rawr x3 p>}). Where a word follows the {@code >} straight on, the tag
   * is a start tag; else an end tag. A tag written whole as text, its {@code <} or {@code </} there
   * ({@code &lt;thead&gt;}), is none; a word that is a tag's name whole after white space is
   * {@link #tagWithoutOpener}'s.
   */
  private static String[] tagRunIntoAWord(String text) {
    int last = text.length();
    while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    for (int close = text.indexOf('>'); close >= 0; close = text.indexOf('>', close + 1)) {
      int lettersStart = lettersEndingAt(text, close);
      if (lettersStart == 0 || lettersStart == close) {
        continue;
      }
      int before = text.codePointBefore(lettersStart);
      if (before == '<' || before == '/') {
        continue; // a tag written as text, whole
      }
      boolean atTheEnd = close == last - 1;
      boolean startTag = !atTheEnd && UnicodeCharacters.isLetterOrDigit(text.codePointAt(close + 1));
      boolean endsAWord = atTheEnd || Character.isWhitespace(text.charAt(close + 1));
      String word = text.substring(lettersStart, close).toLowerCase(Locale.ROOT);
      String name = null;
      // a start tag after an apostrophe may be an end tag's rest after a tag ("L'</span>em>"), which DamagedTags tells
      boolean afterSigns = afterSignsThatEndAWord(text, lettersStart) && (endsAWord || !isApostrophe(before));
      if (word.length() >= 2 && isTagName(word)
          && (afterSigns || atTheEnd && UnicodeCharacters.isLetterOrDigit(before))) {
        name = text.substring(lettersStart, close);
      } else if (word.length() == 1 && atTheEnd && Character.isWhitespace(before) && isTagName(word)
          && !text.substring(0, lettersStart).isBlank()) {
        name = text.substring(lettersStart, close);
      } else {
        // one of HTML's names, or else a long one the markup reader repairs ("c-codesstwong>")
        for (int pass = 0; pass < 2 && name == null; pass++) {
          int firstStart = Math.max(lettersStart + (atTheEnd ? 1 : 2), close - LONGEST_TAG_NAME);
          for (int nameStart = firstStart; nameStart <= close - 2; nameStart++) {
            String suffix = text.substring(nameStart, close).toLowerCase(Locale.ROOT);
            if (pass == 0 ? Markup.isKnownTag(suffix) : suffix.length() >= 5 && isTagName(suffix)) {
              name = text.substring(nameStart, close);
              break;
            }
          }
        }
      }
      if (name != null) {
        return new String[] {name + ">", (startTag ? "<" : "</") + name + ">"};
      }
    }
    return null;
  }

  /**
   * The most letters a tag's name read in a word may have: HTML's longest here, {@code blockquote}
   * and {@code figcaption}, and a letter more, as the markup reader repairs it. Longer ends of a
   * word are not looked at, so that a long word costs no more than a short one.
   */
  private static final int LONGEST_TAG_NAME = 11;

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * Whether signs stand just before {@code at} that end a word: one or more, none white space,
   * {@code <} or {@code /} (a tag's own), a letter or digit before them ({@code normally.},
   * {@code validi).}, {@code 予約済。}).
   */
  private static boolean afterSignsThatEndAWord(String text, int at) {
    int signsStart = signsBefore(text, at);
    return signsStart < at && signsStart > 0 && UnicodeCharacters.isLetterOrDigit(text.codePointBefore(signsStart));
  }

  /**
   * Where the signs just before {@code at} start, none a letter, digit, white space, {@code <} or
   * {@code /}: {@code at} itself for none.
   */
  private static int signsBefore(String text, int at) {
    int signsStart = at;
    while (signsStart > 0) {
      int c = text.codePointBefore(signsStart);
      if (UnicodeCharacters.isLetterOrDigit(c) || Character.isWhitespace(c) || c == '<' || c == '/') {
        break;
      }
      signsStart -= Character.charCount(c);
    }
    return signsStart;
  }

  /**
   * The first tag at a word's start that lost its {@code <} and its name's first letter
   * ({@code ode>} of {@code <code>} where a cell opens, {@code twong >} of {@code <stwong >},
   * {@code c-codes twong>ne}), as written, and the tag to write; null for none. Its letters are no
   * tag's name, but one letter before them makes one; white space before its {@code >} only where
   * a letter follows that ({@code go > 1} is words).
   */
  private static String[] tagThatLostItsFirstLetter(String text) {
    for (int close = text.indexOf('>'); close >= 0; close = text.indexOf('>', close + 1)) {
      int end = close;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int start = lettersEndingAt(text, end);
      int wordBefore = start; // a '<' before the white space before it is the tag's own ("< twong>"): DamagedTags'
      while (wordBefore > 0 && Character.isWhitespace(text.charAt(wordBefore - 1))) {
        wordBefore--;
      }
      if (end - start < 2 || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
          || wordBefore > 0 && text.charAt(wordBefore - 1) == '<'
          || end < close && !(close + 1 < text.length() && UnicodeCharacters.isLetter(text.codePointAt(close + 1)))) {
        continue;
      }
      String letters = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (isTagName(letters)) {
        continue; // a tag that lost its '<' alone: tagWithoutOpener's
      }
      // HTML's own names first: "code" for "ode", not "aode" one letter off it
      String opener = lostFirstLetter(letters);
      for (char first = 'a'; opener == null && first <= 'z'; first++) {
        opener = isTagName(first + letters) ? "<" + first : null;
      }
      if (opener != null) {
        String written = text.substring(start, close + 1);
        return new String[] {written, opener + written};
      }
    }
    return null;
  }

  /** Whether the name is a tag's of HTML, or one the markup reader repairs to one ({@code stwong}). */
  static boolean isTagName(String lowerCase) {
    return Markup.isKnownTag(lowerCase) || Markup.repairedName(lowerCase) != null;
  }

  /** Where the run of ASCII letters that ends at {@code end} starts: {@code end} itself for none. */
  private static int lettersEndingAt(String text, int end) {
    int start = end;
    while (start > 0 && UnicodeCharacters.isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * The first start tag with attributes in the text that lost its {@code <}, as written, and the
   * tag to write: a word that is a tag's name, or one after a character in the {@code <}'s place,
   * or one a letter before makes one of HTML's names ({@code (pan style=}), a space, an
   * attribute's name and {@code =}, up to the next {@code >}. A word that is a tag's name starts
   * after white space or an opening bracket or quote, or a sign in the {@code <}'s place, or signs
   * that end a word ({@code 。a href=}), or a letter of a script written without spaces. Else, where
   * the word before a quoted attribute that, with any more such attributes after it, a {@code >}
   * ends holds no letter and no {@code <} ({@code [ href="…">}), the attributes and a null tag to
   * write; null for none. Letters there are a name damaged otherwise ({@code an class=} after
   * {@code <s>}), which {@link DamagedTags} tells where it sees it; a {@code <} there is a tag
   * written whole as text ({@code &lt;a href="u"&gt;}) or one {@link DamagedTags} tells
   * ({@code <1 href=}).
   */
  private static String[] startTagWithAttributes(String text) {
    int attributesLookedAt = 0; // where a run of attributes looked at ended without a '>': the look is linear
    for (int equals = text.indexOf('='); equals >= 0; equals = text.indexOf('=', equals + 1)) {
      int attributeStart = lettersEndingAt(text, equals);
      int nameEnd = attributeStart - 1;
      if (attributeStart == equals || nameEnd < 0 || text.charAt(nameEnd) != ' ') {
        continue;
      }
      int letters = lettersEndingAt(text, nameEnd);
      boolean wordStart = startsAWord(text, letters);
      String word = text.substring(letters, nameEnd).toLowerCase(Locale.ROOT);
      String toWrite = null;
      int nameStart = letters;
      // after a letter in the '<''s place ("xa href=", "xspan class="), unless the word is a tag's name as written
      boolean letterInPlace = wordStart && word.length() >= 2 && !Markup.isKnownTag(word)
          && (Markup.isKnownTag(word.substring(1)) || !isTagName(word) && isTagName(word.substring(1)));
      if (letterInPlace) {
        nameStart = letters + 1;
        toWrite = "<";
      } else if (!word.isEmpty() && isTagName(word)
          && (wordStart || startsAWord(text, letters - 1) && text.charAt(letters - 1) != '<'
              || afterSignsThatEndAWord(text, letters) || afterALetterWrittenWithoutSpaces(text, letters))) {
        // at a word's start, or after a sign or digit in the '<''s place: "1a href="; a '<' is the tag's own
        toWrite = "<";
      } else if (wordStart && word.length() >= 2 && !isTagName(word)) {
        toWrite = lostFirstLetter(word); // "pan style=" of "<span style="
      }
      if (toWrite != null) {
        int close = text.indexOf('>', equals); // none here, none after a later '=' either: one search at most
        return close < 0 ? null : new String[] {text.substring(nameStart, close + 1),
            toWrite + text.substring(nameStart, close + 1)};
      }
      if (attributeStart < attributesLookedAt || !holdsNoLetterNorOpener(text, wordBefore(text, nameEnd), nameEnd)) {
        continue; // looked at already, or a name there
      }
      int close = endOfAttributes(text, attributeStart);
      if (close > 0) {
        return new String[] {text.substring(attributeStart, close + 1), null};
      }
      attributesLookedAt = -close;
    }
    return null;
  }

  /** Where the word that ends at {@code end} starts, after white space or the text's start. */
  private static int wordBefore(String text, int end) {
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** Whether the text from {@code from} to {@code to} holds neither an ASCII letter nor a {@code <}. */
  private static boolean holdsNoLetterNorOpener(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      if (UnicodeCharacters.isAsciiLetter(text.charAt(at)) || text.charAt(at) == '<') {
        return false;
      }
    }
    return true;
  }

  /**
   * The {@code >} that ends the attributes from {@code at}: each a name, {@code =} and a value in
   * quotes, white space between them and before the {@code >}; else minus where the look stopped.
   */
  private static int endOfAttributes(String text, int at) {
    while (true) {
      int equals = at;
      while (equals < text.length() && (UnicodeCharacters.isAsciiLetter(text.charAt(equals)) || text.charAt(equals) == '-')) {
        equals++;
      }
      if (equals == at || equals + 1 >= text.length() || text.charAt(equals) != '='
          || text.charAt(equals + 1) != '"' && text.charAt(equals + 1) != '\'') {
        return -Math.max(equals, at + 1);
      }
      int closingQuote = text.indexOf(text.charAt(equals + 1), equals + 2);
      if (closingQuote < 0) {
        return -text.length();
      }
      at = closingQuote + 1;
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '>') {
        return at;
      }
      if (at == closingQuote + 1) {
        return -at; // an attribute follows another after white space only
      }
    }
  }

  /**
   * The {@code <} and the letter that, before a word that is no tag's name, make it one of HTML's
   * ({@code <s} before {@code pan}); null for none.
   */
  static String lostFirstLetter(String word) {
    for (char first = 'a'; first <= 'z'; first++) {
      if (Markup.isKnownTag(first + word)) {
        return "<" + first;
      }
    }
    return null;
  }

  /** Whether a letter of a script written without spaces stands just before {@code at} ({@code 程式a}). */
  private static boolean afterALetterWrittenWithoutSpaces(String text, int at) {
    if (at == 0) {
      return false;
    }
    int before = text.codePointBefore(at);
    return UnicodeCharacters.isLetter(before) && UnicodeCharacters.isWrittenWithoutSpaces(UnicodeCharacters.script(before));
  }

  /**
   * Whether a word starts at {@code at}: at the text's start, or after white space or an opening
   * bracket or quote ({@code (xspan class=…>}).
   */
  private static boolean startsAWord(String text, int at) {
    return at == 0 || Character.isWhitespace(text.charAt(at - 1)) || OPENING_SIGNS.indexOf(text.charAt(at - 1)) >= 0;
  }

  /** The brackets and quotes a word may follow straight after. */
  private static final String OPENING_SIGNS = "([{\"'\u201C\u2018\u00AB\uFF08";

  /**
   * The first close code or range among the words, as written (a word of four digits from 1000 to
   * 4999, or a range to 4999), its marks around it taken off ({@code `1001`}); null for none.
   */
  private static String codeIn(String words) {
    int start = 0;
    while (start < words.length()) {
      int end = start;
      while (end < words.length() && words.charAt(end) != '|' && !Character.isWhitespace(words.charAt(end))) {
        end++;
      }
      int from = start;
      int to = end;
      while (from < to && !isDigitOrDash(words.charAt(from))) {
        from++;
      }
      while (to > from && !isDigitOrDash(words.charAt(to - 1))) {
        to--;
      }
      if (from < to && CodeCell.parse(words.substring(from, to)) instanceof CodeCell.Codes codes
          && codes.to() <= 4999 && (codes.from() >= 1000 || codes.from() < codes.to())) {
        return codes.written();
      }
      start = end + 1;
    }
    return null;
  }

  private static boolean isDigitOrDash(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** The text, cut to 80 characters, as much as a message quotes. */
  static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= 80) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, 79)) + "…";
  }

  /** The row's text, its cells' separated by a space, as much as a message quotes; a spanning cell once. */
  private static String rowText(RawTable.Row row) {
    StringBuilder text = new StringBuilder();
    for (int column = 0; column < row.cells().size() && text.length() < 80; column++) {
      if (column > 0 && row.cells().oneCell(column - 1, column)) {
        continue;
      }
      String cell = row.cells().read(column).plainText();
      if (!cell.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(cell);
      }
    }
    return shortened(text.toString());
  }

  /** Whether the row's only text is in its code cell, or in one cell that spans from it. */
  private static boolean onlyInCodeCell(RawTable.Row row, Columns columns) {
    int codeColumn = columns.index(Role.CODE, row);
    if (codeColumn < 0) {
      return false;
    }
    for (int column = 0; column < row.cells().size(); column++) {
      if (column != codeColumn && !row.cells().oneCell(codeColumn, column) && !row.cells().read(column).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row says, cell for cell, what the table's header row says, and says something. */
  private static boolean repeatsHeader(RawTable table, Columns columns, RawTable.Row row) {
    if (columns.headerRow() < 0) {
      return false;
    }
    RawTable.Cells header = table.rows().get(columns.headerRow()).cells();
    if (header.size() != row.cells().size()) {
      return false;
    }
    boolean saysSomething = false;
    for (int column = 0; column < header.size(); column++) {
      String words = header.read(column).plainText();
      if (!words.equals(row.cells().read(column).plainText())) {
        return false;
      }
      saysSomething |= !words.isEmpty();
    }
    return saysSomething;
  }

  /**
   * Whether the row is one cell across every column of the table whose text opens with a letter:
   * a note. One that opens with a number may be a row of codes run together, and is read as one.
   */
  private static boolean isNoteAcross(RawTable.Row row, int headerWidth) {
    RawTable.Cells cells = row.cells();
    if (cells.size() < 2 || cells.size() < headerWidth || !cells.oneCell(0, cells.size() - 1)) {
      return false;
    }
    String text = cells.read(0).plainText();
    return !text.isEmpty() && UnicodeCharacters.isLetter(text.codePointAt(0));
  }

  private static boolean isEmpty(RawTable.Row row) {
    for (int column = 0; column < row.cells().size(); column++) {
      if (!row.cells().read(column).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The cell in the column as the table holds it, the same one in each row a span covers; null for none. */
  private static Object cellAsWritten(RawTable.Row row, int column) {
    return column < 0 || column >= row.cells().size() ? null : row.cells().cells().get(column);
  }

  private static RichText cell(RawTable.Row row, int column) {
    return column < 0 ? RichText.EMPTY : row.cells().read(column);
  }

  /**
   * Whether the table marks its reserved rows by opening their descriptions in bold, as MDN's
   * pages do: where a row does, and most rows whose words do not say reserved do not. Where most
   * of those do, bold sets no row apart: it is the table's type, which a warning says.
   */
  private static boolean tableMarksReservedRows(List<Read> rows, Diagnostics diagnostics) {
    boolean anyBold = false;
    int inUse = 0;
    int boldInUse = 0;
    Read firstBold = null;
    Read lastBold = null;
    for (Read read : rows) {
      anyBold |= read.marked();
      if (read.saysNothingReserved()) {
        inUse++;
        if (read.marked()) {
          boldInUse++;
          firstBold = firstBold == null ? read : firstBold;
          lastBold = read;
        }
      }
    }
    if (firstBold != null && boldInUse * 2 > inUse) {
      diagnostics.report(Message.BOLD_AS_TYPE_INFERRED, firstBold.row().location(), boldInUse, inUse,
          lastBold.row().location().line());
      return false;
    }
    return anyBold;
  }

  /** The row, reserved as its words or its mark say, and a warning where they disagree. */
  private static PageRow reserved(Read read, boolean tableMarksReservedRows, Diagnostics diagnostics) {
    boolean saysReserved = read.words() == Vocabulary.Verdict.RESERVED || read.reservedColumn();
    String[] lost = read.wordLost();
    if (lost != null && tableMarksReservedRows && !read.marked()) {
      // A word guessed from characters lost yields to the mark the page puts on every row whose words say reserved.
      diagnostics.report(Message.RESERVED_WORD_LOST_UNMARKED, read.row().location(), lost[0], lost[1]);
      saysReserved = read.reservedColumn();
    } else if (lost != null) {
      diagnostics.report(Message.RESERVED_WORD_INFERRED, read.row().location(), lost[0], lost[1]);
    }
    // "Not used." means reserved without the word, and the table's mark for the word may or may not be on it.
    boolean saysNotInUse = read.words() == Vocabulary.Verdict.NOT_IN_USE;
    // A damaged word under the mark ("Wesewvé") agrees with it.
    boolean nearlySays = read.words() == Vocabulary.Verdict.NEARLY;
    if (nearlySays && !(tableMarksReservedRows && read.marked()) && !saysReserved && read.nearly() != null) {
      // A word a letter or two from the word (Wesewved) may be it, damaged, or another (Preserved): said.
      Vocabulary.NearMiss near = read.nearly();
      if (near.says() == null) {
        diagnostics.report(Message.RESERVED_WORD_NEARLY, read.row().location(), near.written(), near.known());
      } else {
        diagnostics.report(Message.NOT_IN_USE_WORDS_NEARLY, read.row().location(), near.written(), near.known(),
            near.says());
      }
    }
    if (tableMarksReservedRows && read.marked() && read.saysNothingReserved()) {
      diagnostics.report(Message.RESERVED_WORDS_AND_MARKUP_DISAGREE, read.row().location(),
          "this row's description opens in bold, as the page marks reserved codes, but its words do not say reserved");
    } else if (tableMarksReservedRows && !read.marked() && !read.saidLaterInBold() && saysReserved) {
      diagnostics.report(Message.RESERVED_WORDS_AND_MARKUP_DISAGREE, read.row().location(),
          "this row's words say reserved, but it lacks the bold type the page marks its other reserved codes with");
    }
    PageRow row = read.row();
    boolean markedReserved = tableMarksReservedRows && read.marked();
    return new PageRow(row.range(), row.name(), row.description(), saysReserved || saysNotInUse || markedReserved,
        row.location());
  }

  private static CodeRange readRange(CodeCell cell, List<Read> previous, RawTable table, int index,
      SourceLocation location, Diagnostics diagnostics) {
    if (cell instanceof CodeCell.Codes codes) {
      CodeRange range = codes.toRange(location, diagnostics);
      if (codes.leadingZeros()) {
        diagnostics.report(Message.LEADING_ZEROS_REPAIRED, location, codes.asWritten(), codes.written());
      }
      if (!codes.inMarks().isEmpty()) {
        diagnostics.report(Message.CODE_MARKS_REPAIRED, location, codes.inMarks(), codes.written(), codes.written());
      }
      return range;
    } else if (cell instanceof CodeCell.MissingStart missing) {
      return inferStart(missing, previous, table, index, location, diagnostics);
    } else if (cell instanceof CodeCell.UnfitEnd unfit) {
      throw diagnostics.fail(Message.RANGE_END_UNFIT, location, unfit.end(), unfit.start());
    }
    CodeCell withLostDash = CodeCell.withLostDash(cell);
    if (withLostDash instanceof CodeCell.Codes codes && codes.from() < codes.to()) {
      CodeRange range = codes.toRange(location, diagnostics);
      diagnostics.report(Message.RANGE_DASH_INFERRED, location, cell.written(), range.from(), range.to());
      return range;
    }
    // Only where a row before it can start it: else the U+FFFD may be anything, and the cell no range.
    if (withLostDash instanceof CodeCell.MissingStart missing && !previous.isEmpty()
        && previous.get(previous.size() - 1).row().range().to() < missing.to()) {
      CodeRange range = inferStart(missing, previous, table, index, location, diagnostics);
      diagnostics.report(Message.RANGE_DASH_INFERRED, location, cell.written(), range.from(), range.to());
      return range;
    }
    CodeCell.WrittenOtherwise inOtherDigits = CodeCell.WrittenOtherwise.inOtherDigits(cell.written());
    if (inOtherDigits != null && inOtherDigits.parsed().isCode()) {
      throw inOtherDigits.fail(location, diagnostics);
    }
    CodeCell.WrittenOtherwise grouped = CodeCell.WrittenOtherwise.grouped(cell.written());
    if (grouped != null && grouped.parsed().isCode()) {
      throw grouped.fail(location, diagnostics);
    }
    throw diagnostics.fail(Message.NOT_A_CODE, location, cell.written());
  }

  /**
   * A range that lost its end stops where the next row of codes starts: the row after it in the
   * table, whose start is the first code after it.
   */
  private static CodeRange inferEnd(
      CodeCell.MissingEnd missing, RawTable table, int index, SourceLocation location, Diagnostics diagnostics) {
    String written = missing.written();
    if (missing.from() > CodeRange.MAX_CODE) {
      throw diagnostics.fail(Message.CODE_OUT_OF_BOUNDS, location, missing.fromDigits());
    }
    int next = nextRowOfCodes(table, index);
    if (next < 0) {
      throw diagnostics.fail(Message.RANGE_END_MISSING, location, written, "no row of codes comes after it");
    }
    long start = startOf(table.codeCell(next));
    int line = table.rows().get(next).line();
    if (start <= missing.from()) {
      throw diagnostics.fail(Message.RANGE_END_MISSING, location, written,
          start < 0 ? "the row after it, at line " + line + ", lost its start too"
              : "the row after it, at line " + line + ", starts at " + start + ", not past it");
    }
    long end = Math.min(start - 1, CodeRange.MAX_CODE); // a next row past the close codes, which it reports
    diagnostics.report(Message.RANGE_END_INFERRED, location, written, missing.from(), end, line);
    return new CodeRange((int) missing.from(), (int) end);
  }

  /**
   * The index of the first row of codes after the row at {@code index}, past sub-headings and
   * notes; -1 for none. A range that lost its dash to a decoder is a row of codes too, so that rows
   * that lost their end so each stop at the next, as rows that lost only their end do.
   */
  private static int nextRowOfCodes(RawTable table, int index) {
    for (int next = index + 1; next < table.rows().size(); next++) {
      CodeCell after = table.codeCell(next);
      if (startOf(after) >= 0 || after.isCode() || CodeCell.withLostDash(after) != null) {
        return next;
      }
    }
    return -1;
  }

  /**
   * Where a cell of codes starts, a range that lost its end among them, and a range that lost its
   * dash to a decoder; -1 where it tells no start.
   */
  private static long startOf(CodeCell cell) {
    CodeCell withLostDash = CodeCell.withLostDash(cell);
    CodeCell read = withLostDash == null ? cell : withLostDash;
    return read instanceof CodeCell.Codes codes ? codes.from()
        : read instanceof CodeCell.MissingEnd end ? end.from() : -1;
  }

  /**
   * A cell that is a number and U+FFFD ({@code 1016�}), read as the range that lost its end and
   * then its dash to a decoder, where the next row of codes starts past the number; null where it
   * is not, and the U+FFFD may be anything.
   */
  private static CodeCell.MissingEnd lostDashWithoutEnd(CodeCell cell, RawTable table, int index) {
    if (!(CodeCell.withLostDash(cell) instanceof CodeCell.MissingEnd missing)) {
      return null;
    }
    int next = nextRowOfCodes(table, index);
    return next >= 0 && startOf(table.codeCell(next)) > missing.from() ? missing : null;
  }

  /**
   * A range that lost its start begins where the row before it ends, where the next row of codes
   * starts past its end: one inside it tells the rows are not in the order written.
   */
  private static CodeRange inferStart(CodeCell.MissingStart missing, List<Read> previous, RawTable table, int index,
      SourceLocation location, Diagnostics diagnostics) {
    String written = missing.written();
    if (missing.to() > CodeRange.MAX_CODE) {
      throw diagnostics.fail(Message.CODE_OUT_OF_BOUNDS, location, missing.toDigits());
    }
    if (previous.isEmpty()) {
      throw diagnostics.fail(Message.RANGE_START_MISSING, location, written, "no row comes before it");
    }
    PageRow before = previous.get(previous.size() - 1).row();
    long start = before.range().to() + 1L;
    if (start > missing.to()) {
      throw diagnostics.fail(Message.RANGE_START_MISSING, location, written,
          "the row before it, at line " + before.location().line() + ", already reaches " + before.range().to());
    }
    int next = nextRowOfCodes(table, index);
    long nextStart = next < 0 ? -1 : startOf(table.codeCell(next));
    if (nextStart >= start && nextStart <= missing.to()) {
      throw diagnostics.fail(Message.RANGE_START_MISSING, location, written, "the row after it, at line "
          + table.rows().get(next).line() + ", starts at " + nextStart + ", inside the range it would be ("
          + new CodeRange((int) start, (int) missing.to()) + ")");
    }
    diagnostics.report(Message.RANGE_START_INFERRED, location, written, start, missing.to(), before.location().line());
    return new CodeRange((int) start, (int) missing.to());
  }
}
