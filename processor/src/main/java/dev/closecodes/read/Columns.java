package dev.closecodes.read;

import dev.closecodes.model.RichText;
import dev.closecodes.read.Vocabulary.Role;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a table holds the code, the name, the description, and a yes/no "reserved".
 * Found from the header row's words where the table has a header; else from the cells' own names
 * where they are named elements ({@code <value>}, {@code <description>}: IANA's XML); else by
 * position (code, name, description), which the reader reports, since it is a guess.
 */
final class Columns {

  /** The most cells a header row may have: a row wider than any real table is no header. */
  private static final int MAX_HEADER_CELLS = 32;

  /** Where the columns were found: a header row, the cells' tag names, their position, another table's header. */
  enum Source { HEADER, CELL_NAMES, POSITION, OTHER_TABLE }

  private final Source source;
  private final int headerRow;
  private final Map<Role, Integer> indices;
  private final String why;
  private final List<Unread> unread;
  private final Optional<AssumedCodeColumn> assumedCodeColumn;
  /** How many columns the header rows name; -1 where only the header row's own cells count. */
  private final int headerWidth;
  private final List<Headless> headless;
  private final Optional<InferredRangeEnd> inferredRangeEnd;
  private final List<LostHeaderColumn> lostHeaderColumns;
  private final List<MendedHeader> mendedHeaders;

  /**
   * A column the header names that is not read.
   *
   * @param column its index
   * @param header the header cell's text
   * @param why why it is not read
   */
  record Unread(int column, String header, String why) {}

  /**
   * The column read as the codes though its header does not say so: the first no other role took.
   *
   * @param column its index
   * @param header the header cell's text
   */
  record AssumedCodeColumn(int column, String header) {}

  /**
   * A column with text in it under no header: no header row names it, so it is not read.
   *
   * @param column its index
   * @param firstText the first text it holds below the header
   * @param line the line of that text
   */
  record Headless(int column, String firstText, int line) {}

  /**
   * A column whose header lost all its letters, read as the one of the name and the
   * description that no other header names.
   *
   * @param column its index
   * @param header the header cell's text: U+FFFD, and no letter or digit
   * @param role the role it is read in, {@link Role#NAME} or {@link Role#DESCRIPTION}
   * @param why why it is read so, to end the warning that says it is a guess
   */
  record LostHeaderColumn(int column, String header, Role role, String why) {}

  /**
   * A column whose header names what it holds only without the marks of a filter that mangles
   * text, which the table's cells show ({@code n-nyame}).
   *
   * @param column its index
   * @param header the header cell's text
   * @param mended the text without the marks
   * @param role the role the mended text names
   */
  record MendedHeader(int column, String header, String mended, Role role) {}

  /**
   * The column after the codes read as where each row's range ends, by its cells alone: its header
   * is blank or in words not known.
   *
   * @param column its index
   * @param header the header cell's text
   */
  record InferredRangeEnd(int column, String header) {}

  private Columns(Source source, int headerRow, Map<Role, Integer> indices, String why, List<Unread> unread,
      Optional<AssumedCodeColumn> assumedCodeColumn) {
    this(source, headerRow, headerRow < 0 ? 0 : -1, indices, why, unread, assumedCodeColumn, List.of(),
        Optional.empty(), List.of(), List.of());
  }

  private Columns(Source source, int headerRow, int headerWidth, Map<Role, Integer> indices, String why,
      List<Unread> unread, Optional<AssumedCodeColumn> assumedCodeColumn, List<Headless> headless,
      Optional<InferredRangeEnd> inferredRangeEnd, List<LostHeaderColumn> lostHeaderColumns,
      List<MendedHeader> mendedHeaders) {
    this.source = source;
    this.headerRow = headerRow;
    this.headerWidth = headerWidth;
    this.indices = indices;
    this.why = why;
    this.unread = unread;
    this.assumedCodeColumn = assumedCodeColumn;
    this.headless = headless;
    this.inferredRangeEnd = inferredRangeEnd;
    this.lostHeaderColumns = lostHeaderColumns;
    this.mendedHeaders = mendedHeaders;
  }

  static Columns of(List<RawTable.Row> rows) {
    int headerRow = headerRow(rows);
    if (headerRow >= 0) {
      RawTable.Cells header = new MergedHeader(rows, headerRow);
      Map<Role, Integer> indices = new EnumMap<>(Role.class);
      List<Unread> unread = new ArrayList<>();
      List<Integer> nameColumns = new ArrayList<>();
      List<Integer> codeColumns = new ArrayList<>();
      List<MendedHeader> mended = new ArrayList<>();
      Boolean filterShown = null; // asked of the cells for the first header that holds a mark
      for (int column = 0; column < Math.min(header.size(), MAX_HEADER_CELLS); column++) {
        String text = header.read(column).plainText();
        Role role = Vocabulary.roleOf(text);
        String withoutMarks = role == Role.OTHER ? WordDamage.headerWithoutMarks(text) : null;
        if (withoutMarks != null && filterShown == null) {
          filterShown = WordDamage.cellsShowTheFilter(rows, headerRow); // the cells gathered once a table
        }
        Role mendedRole = withoutMarks != null && filterShown ? Vocabulary.roleOf(withoutMarks) : Role.OTHER;
        if (mendedRole != Role.OTHER) {
          role = mendedRole;
          mended.add(new MendedHeader(column, text, withoutMarks, role));
        }
        if (role == Role.NAME) {
          nameColumns.add(column); // which is the name is known once all are seen
        } else if (role == Role.CODE) {
          codeColumns.add(column); // and which is the code, once their cells are
        } else if (role != Role.OTHER && indices.containsKey(role)) {
          String held = role == Role.RANGE_END ? "where the ranges end"
              : "the " + role.name().toLowerCase(java.util.Locale.ROOT);
          unread.add(new Unread(column, text, "column " + (indices.get(role) + 1) + " before it holds " + held));
        } else if (role != Role.OTHER) {
          indices.put(role, column);
        } else if (Vocabulary.isUnknown(text, role)) {
          unread.add(new Unread(column, text, (text.indexOf('\uFFFD') >= 0
              ? "its header lost characters (U+FFFD), and what is left names" : "its header names")
              + " no code, name, description or reserved column in words closecodes knows"));
        }
      }
      codes(rows, headerRow, header, codeColumns, indices, unread);
      nameAndMeaning(header, mended, nameColumns, indices, unread);
      notes(header, indices, unread);
      if (indices.containsKey(Role.CODE) || indices.containsKey(Role.NAME) || indices.containsKey(Role.DESCRIPTION)) {
        Optional<AssumedCodeColumn> assumed = Optional.empty();
        if (!indices.containsKey(Role.CODE)) {
          // A code column under words not known: the first column no other role took. It is read,
          // so it is no unread column, and the reader says the reading is a guess. "Status" may be
          // short for "status code": where no column is headed for the codes, it may hold them.
          Integer status = indices.get(Role.STATUS);
          for (int column = 0; column < Math.min(header.size(), MAX_HEADER_CELLS); column++) {
            boolean statusColumn = status != null && column == status;
            if (!indices.containsValue(column) || statusColumn) {
              if (statusColumn) {
                indices.remove(Role.STATUS);
              }
              indices.put(Role.CODE, column);
              assumed = Optional.of(new AssumedCodeColumn(column, header.read(column).plainText()));
              break;
            }
          }
        }
        Optional<InferredRangeEnd> rangeEnd = inferRangeEnd(rows, headerRow, header, indices);
        if (rangeEnd.isPresent()) {
          indices.put(Role.RANGE_END, rangeEnd.get().column());
        }
        List<LostHeaderColumn> lostHeaders =
            lostHeaderColumns(rows, headerRow, indices, unread, Math.min(header.size(), MAX_HEADER_CELLS));
        for (LostHeaderColumn lost : lostHeaders) {
          indices.put(lost.role(), lost.column());
        }
        List<Unread> leftOut = new ArrayList<>();
        for (Unread column : unread) {
          boolean read = column.column() == indices.get(Role.CODE)
              || column.column() == indices.getOrDefault(Role.RANGE_END, -1);
          for (LostHeaderColumn lost : lostHeaders) {
            read |= column.column() == lost.column();
          }
          if (!read) {
            leftOut.add(column);
          }
        }
        return new Columns(Source.HEADER, headerRow, header.size(), indices, "", List.copyOf(leftOut), assumed,
            headless(rows, headerRow, header, indices), rangeEnd, lostHeaders, List.copyOf(mended));
      }
      return positional(rows, headerRow, "the words of its header row name no code, name or description column");
    }
    if (hasNamedCodeCells(rows)) {
      return new Columns(Source.CELL_NAMES, -1, Map.of(), "", List.of(), Optional.empty());
    }
    return positional(rows, -1, "it has no header row");
  }

  /**
   * The column right after the codes, where no header names one of where ranges end, read as one
   * by its cells: its header is blank or in words not known, and each of its cells is empty (or a
   * dash) or one code at or past the one code beside it, and one past it. A column of years or
   * counts fails that somewhere; one of the same codes again says nothing new and is left unread.
   */
  private static Optional<InferredRangeEnd> inferRangeEnd(List<RawTable.Row> rows, int headerRow,
      RawTable.Cells header, Map<Role, Integer> indices) {
    Integer code = indices.get(Role.CODE);
    if (code == null || indices.containsKey(Role.RANGE_END)) {
      return Optional.empty();
    }
    int column = code + 1;
    if (column >= Math.min(header.size(), MAX_HEADER_CELLS) || indices.containsValue(column)) {
      return Optional.empty();
    }
    String text = header.read(column).plainText();
    if (!text.isBlank() && !Vocabulary.isUnknown(text, Vocabulary.roleOf(text))) {
      return Optional.empty(); // a known column: a reference, a second description
    }
    return endsRanges(rows, headerRow, code, column)
        ? Optional.of(new InferredRangeEnd(column, text))
        : Optional.empty();
  }

  /**
   * Whether the cells of {@code column} below the header say where the codes beside them in
   * {@code code} end: each is empty (or a dash) or one code at or past the one code beside it, and
   * one is past it.
   */
  private static boolean endsRanges(List<RawTable.Row> rows, int headerRow, int code, int column) {
    boolean pastOne = false;
    for (int i = headerRow + 1; i < rows.size(); i++) {
      RawTable.Cells cells = rows.get(i).cells();
      if (column >= cells.size() || cells.oneCell(code, column)) {
        continue;
      }
      CodeCell end = CodeCell.parse(cells.read(column).plainText());
      if (CodeCell.saysNothing(end)) {
        continue;
      }
      CodeCell start = CodeCell.parse(cells.read(code).plainText());
      if (!(start instanceof CodeCell.Codes first && first.from() == first.to()
          && end instanceof CodeCell.Codes last && last.from() == last.to() && last.from() >= first.from())) {
        return false;
      }
      pastOne |= last.from() > first.from();
    }
    return pastOne;
  }

  /**
   * Which of the columns headed as the name holds it: the first headed "name" rather than
   * "meaning", else the first. A "meaning" beside it is the description where no column is headed
   * for one; any other is left unread, and said.
   */
  private static void nameAndMeaning(RawTable.Cells header, List<MendedHeader> mended, List<Integer> nameColumns,
      Map<Role, Integer> indices, List<Unread> unread) {
    if (nameColumns.isEmpty()) {
      return;
    }
    int name = nameColumns.get(0);
    for (int column : nameColumns) {
      if (!Vocabulary.isMeaning(headerText(header, mended, column))) {
        name = column;
        break;
      }
    }
    indices.put(Role.NAME, name);
    for (int column : nameColumns) {
      String text = headerText(header, mended, column);
      if (column == name) {
        continue;
      }
      if (!indices.containsKey(Role.DESCRIPTION) && Vocabulary.isMeaning(text)) {
        indices.put(Role.DESCRIPTION, column);
        continue;
      }
      int at = 0;
      while (at < unread.size() && unread.get(at).column() < column) {
        at++; // the unread columns stay in the order the header has them
      }
      unread.add(at, new Unread(column, text, "column " + (name + 1) + (name < column ? " before" : " after")
          + " it holds the name"));
    }
  }

  /**
   * A column of notes is the description where no column is headed for one; beside one, it is
   * left unread, and said.
   */
  private static void notes(RawTable.Cells header, Map<Role, Integer> indices, List<Unread> unread) {
    Integer notes = indices.remove(Role.NOTES);
    if (notes == null) {
      return;
    }
    Integer description = indices.get(Role.DESCRIPTION);
    if (description == null) {
      indices.put(Role.DESCRIPTION, notes);
      return;
    }
    int at = 0;
    while (at < unread.size() && unread.get(at).column() < notes) {
      at++; // the unread columns stay in the order the header has them
    }
    unread.add(at, new Unread(notes, header.read(notes).plainText(), "column " + (description + 1)
        + (description < notes ? " before" : " after") + " it holds the description"));
  }

  /**
   * The columns in the order tables have them: the code; where its range ends, when the next
   * column's cells say so (a table of three columns or more); the name; the description. A table
   * of two is codes and descriptions. The codes are in the first column, unless its cells are not
   * all codes and another's are: a table may open with the names.
   */
  private static Columns positional(List<RawTable.Row> rows, int headerRow, String why) {
    int width = Math.min(headerRow + 1 < rows.size() ? rows.get(headerRow + 1).cells().size() : 0, MAX_HEADER_CELLS);
    Map<Role, Integer> indices = new EnumMap<>(Role.class);
    int code = codeColumn(rows, headerRow, width);
    indices.put(Role.CODE, code);
    Optional<InferredRangeEnd> rangeEnd = Optional.empty();
    if (width >= 3 && code + 1 < width && endsRanges(rows, headerRow, code, code + 1)) {
      // a header row may hold fewer cells than the row under it, which gives the width
      boolean headed = headerRow >= 0 && code + 1 < rows.get(headerRow).cells().size();
      rangeEnd = Optional.of(new InferredRangeEnd(code + 1,
          headed ? rows.get(headerRow).cells().read(code + 1).plainText() : ""));
      indices.put(Role.RANGE_END, code + 1);
    }
    // The name and the description are the columns after those that hold something: cells empty
    // in every row are no column of words (a MediaWiki row, | 1000 || Normal || Fine., splits so).
    List<Integer> rest = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      if (!indices.containsValue(column) && holdsText(rows, headerRow, column)) {
        rest.add(column);
      }
    }
    if (rest.size() >= 2) {
      indices.put(Role.NAME, rest.get(0));
      indices.put(Role.DESCRIPTION, rest.get(1));
    } else if (rest.size() == 1) {
      indices.put(Role.DESCRIPTION, rest.get(0));
    }
    return new Columns(Source.POSITION, headerRow, headerRow < 0 ? 0 : -1, indices, why, List.of(), Optional.empty(),
        List.of(), rangeEnd, List.of(), List.of());
  }

  /**
   * The code column among those headed for it ("Code" and "Value"): the first, unless its cells
   * hold no code and another's do, as where "Code" heads constants' names. The others are left
   * unread, in the order of the columns among the rest.
   */
  private static void codes(List<RawTable.Row> rows, int headerRow, RawTable.Cells header, List<Integer> codeColumns,
      Map<Role, Integer> indices, List<Unread> unread) {
    if (codeColumns.isEmpty()) {
      return;
    }
    int codes = codeColumns.get(0);
    for (int i = 1; i < codeColumns.size() && !holdsACode(rows, headerRow, codes); i++) {
      codes = holdsACode(rows, headerRow, codeColumns.get(i)) ? codeColumns.get(i) : codes;
    }
    indices.put(Role.CODE, codes);
    for (int column : codeColumns) {
      if (column != codes) {
        int at = 0;
        while (at < unread.size() && unread.get(at).column() < column) {
          at++;
        }
        unread.add(at, new Unread(column, header.read(column).plainText(), column > codes
            ? "column " + (codes + 1) + " before it holds the code"
            : "its cells hold no code, and column " + (codes + 1) + " after it holds them"));
      }
    }
  }

  /**
   * The columns whose headers lost all their letters, read all the same where something is left
   * to tell them by. One, where the header names one of the name and the description and not the
   * other: that other, for nothing else is left. One that names neither and stands beside the
   * codes alone: the description, which a table of codes has before it has names. Two that name
   * neither and stand beside the codes alone: told by their cells, where those of one are longer
   * in most rows that fill both and twice as long in all, as descriptions are sentences and names
   * a few words. None where both are named, or where the cells, or another column beside the
   * codes, leave it in doubt.
   */
  private static List<LostHeaderColumn> lostHeaderColumns(List<RawTable.Row> rows, int headerRow,
      Map<Role, Integer> indices, List<Unread> unread, int width) {
    boolean name = indices.containsKey(Role.NAME);
    boolean description = indices.containsKey(Role.DESCRIPTION);
    List<Unread> lost = new ArrayList<>(2);
    for (Unread column : unread) {
      if (lostAll(column.header()) && !indices.containsValue(column.column())) {
        if (lost.size() == 2) {
          return List.of();
        }
        lost.add(column);
      }
    }
    if (lost.isEmpty() || name && description || lost.size() == 2 && (name || description)) {
      return List.of();
    }
    if (name != description) {
      return List.of(new LostHeaderColumn(lost.get(0).column(), lost.get(0).header(),
          name ? Role.DESCRIPTION : Role.NAME, "the one column of a table of codes no other header names"));
    }
    for (int column = 0; column < width; column++) {
      boolean codes = column == indices.getOrDefault(Role.CODE, -1)
          || column == indices.getOrDefault(Role.RANGE_END, -1);
      if (!codes && column != lost.get(0).column() && (lost.size() == 1 || column != lost.get(1).column())) {
        return List.of();
      }
    }
    if (lost.size() == 1) {
      return List.of(new LostHeaderColumn(lost.get(0).column(), lost.get(0).header(), Role.DESCRIPTION,
          "the one column beside the codes, which a table of codes gives to its descriptions before its names"));
    }
    int longer = longerCells(rows, headerRow, lost.get(0).column(), lost.get(1).column());
    if (longer < 0) {
      return List.of();
    }
    Unread descriptions = lost.get(longer == lost.get(0).column() ? 0 : 1);
    String why = "of the two columns beside the codes whose headers lost all, the one of %s cells, as descriptions"
        + " are sentences and names a few words";
    List<LostHeaderColumn> read = new ArrayList<>(2);
    for (Unread column : lost) {
      boolean isDescription = column == descriptions;
      read.add(new LostHeaderColumn(column.column(), column.header(), isDescription ? Role.DESCRIPTION : Role.NAME,
          why.replace("%s", isDescription ? "longer" : "shorter")));
    }
    return read;
  }

  /**
   * Of two columns, the one whose cells below the header are longer in most rows that fill both
   * (if any does) and twice as long in all; -1 where neither is.
   */
  private static int longerCells(List<RawTable.Row> rows, int headerRow, int first, int second) {
    long firstLength = 0;
    long secondLength = 0;
    int firstLonger = 0;
    int secondLonger = 0;
    for (int i = headerRow + 1; i < rows.size(); i++) {
      RawTable.Cells cells = rows.get(i).cells();
      int a = first < cells.size() ? cells.read(first).plainText().strip().length() : 0;
      int b = second < cells.size() ? cells.read(second).plainText().strip().length() : 0;
      firstLength += a;
      secondLength += b;
      if (a > 0 && b > 0) {
        firstLonger += a > b ? 1 : 0;
        secondLonger += b > a ? 1 : 0;
      }
    }
    // Where no row fills both, one column empty throughout, the lengths alone tell.
    boolean noneBoth = firstLonger == 0 && secondLonger == 0;
    if ((firstLonger > secondLonger || noneBoth) && firstLength > 0 && firstLength >= 2 * secondLength) {
      return first;
    }
    if ((secondLonger > firstLonger || noneBoth) && secondLength > 0 && secondLength >= 2 * firstLength) {
      return second;
    }
    return -1;
  }

  /**
   * Whether a header lost all its letters: it holds one U+FFFD at least and no letter or digit, a
   * sign it kept saying nothing of what it named ({@code ?描述} as {@code ?��}).
   */
  private static boolean lostAll(String header) {
    boolean any = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\uFFFD') {
        any = true;
      } else if (UnicodeCharacters.isLetterOrDigit(c)) {
        return false;
      }
    }
    return any;
  }

  /** Whether some row below the header holds a code (a lost start too) in the column. */
  private static boolean holdsACode(List<RawTable.Row> rows, int headerRow, int column) {
    for (int i = headerRow + 1; i < rows.size(); i++) {
      RawTable.Cells cells = rows.get(i).cells();
      if (!rows.get(i).header() && column < cells.size() && CodeCell.parse(cells.read(column).plainText()).isCode()) {
        return true;
      }
    }
    return false;
  }

  /** Whether some row below the header, no header itself, has text in the column. */
  private static boolean holdsText(List<RawTable.Row> rows, int headerRow, int column) {
    for (int i = headerRow + 1; i < rows.size(); i++) {
      RawTable.Cells cells = rows.get(i).cells();
      if (!rows.get(i).header() && column < cells.size() && !cells.read(column).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The column of codes in a table read by position: the first, unless it is not all codes and another is. */
  private static int codeColumn(List<RawTable.Row> rows, int headerRow, int width) {
    if (allCodes(rows, headerRow, 0)) {
      return 0;
    }
    for (int column = 1; column < width; column++) {
      if (allCodes(rows, headerRow, column)) {
        return column;
      }
    }
    return 0;
  }

  /**
   * Whether each row below the header holds codes in the column (a lost start too), and there is
   * one. A row the document marks as a header further down (a section's heading) holds none.
   */
  private static boolean allCodes(List<RawTable.Row> rows, int headerRow, int column) {
    boolean any = false;
    for (int i = headerRow + 1; i < rows.size(); i++) {
      if (rows.get(i).header()) {
        continue;
      }
      RawTable.Cells cells = rows.get(i).cells();
      if (column >= cells.size() || !CodeCell.parse(cells.read(column).plainText()).isCode()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The roles of the columns read by position, in the columns' order, as words of a message. */
  String positions() {
    StringBuilder words = new StringBuilder();
    for (int column = 0; column <= MAX_HEADER_CELLS; column++) {
      for (Map.Entry<Role, Integer> role : indices.entrySet()) {
        if (role.getValue() == column) {
          words.append(words.length() == 0 ? "" : ", ").append(role.getKey() == Role.RANGE_END
              ? "where its range ends"
              : role.getKey().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return words.toString();
  }

  /**
   * The last of the rows a table opens with that are headers: marked so by the document, or, until
   * a header row has named the columns, naming a column in words and holding no code. A row that
   * names two columns or more (a code column beside a name or a description) has named them; one
   * that names one, a title such as "Close codes" across the table, has not. Once the columns are
   * named, a row the document does not mark is the first of the body, whatever its words say (a
   * code cell written "Code 1000"). -1 for none.
   */
  private static int headerRow(List<RawTable.Row> rows) {
    int header = -1;
    boolean columnsNamed = false;
    for (int i = 0; i < rows.size(); i++) {
      RawTable.Row row = rows.get(i);
      boolean marked = row.header() && row.cells().size() <= MAX_HEADER_CELLS;
      int named = columnsNamed ? 0 : columnsNamedIn(row.cells());
      if (!marked && (columnsNamed || named == 0)) {
        break;
      }
      if (marked && holdsACode(row.cells())) {
        break; // a row of codes, though marked a header (a pipe table must have one): the body's first
      }
      header = i;
      columnsNamed = columnsNamed || named > 1;
    }
    return header;
  }

  /**
   * How many of the code, name and description columns a row's words name; none for a row that
   * holds a code.
   */
  private static int columnsNamedIn(RawTable.Cells cells) {
    if (cells.size() > MAX_HEADER_CELLS) {
      return 0;
    }
    Set<Role> named = EnumSet.noneOf(Role.class);
    for (int column = 0; column < cells.size(); column++) {
      String text = cells.read(column).plainText();
      if (CodeCell.parse(text) instanceof CodeCell.Codes) {
        return 0;
      }
      Role role = Vocabulary.roleOf(text);
      if (role == Role.CODE || role == Role.NAME || role == Role.DESCRIPTION) {
        named.add(role);
      }
    }
    return named.size();
  }

  /** Whether a cell of the row is a code or a range. */
  private static boolean holdsACode(RawTable.Cells cells) {
    for (int column = 0; column < Math.min(cells.size(), MAX_HEADER_CELLS); column++) {
      if (CodeCell.parse(cells.read(column).plainText()) instanceof CodeCell.Codes) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNamedCodeCells(List<RawTable.Row> rows) {
    RawTable.Cells first = rows.isEmpty() ? null : rows.get(0).cells();
    if (first == null) {
      return false;
    }
    for (int column = 0; column < Math.min(first.size(), MAX_HEADER_CELLS); column++) {
      if (Vocabulary.roleOf(first.name(column)) == Role.CODE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns read as a row's name and description that a row of so many cells does not reach,
   * as words of a message ("name is", "name and description are"); empty where it reaches both, or where
   * cells are found by their names.
   */
  String unreached(int cells) {
    boolean name = shortOf(Role.NAME, cells);
    boolean description = shortOf(Role.DESCRIPTION, cells);
    return name && description ? "name and description are" : name ? "name is" : description ? "description is" : "";
  }

  /**
   * Whether a row of so many cells falls short of the column read as {@code role}; never where
   * cells are found by their names.
   */
  boolean shortOf(Role role, int cells) {
    return source != Source.CELL_NAMES && indices.getOrDefault(role, -1) >= cells;
  }

  /** The column holding {@code role} in this row, or -1 where the table has none. */
  int index(Role role, RawTable.Row row) {
    if (source == Source.CELL_NAMES) {
      for (int column = 0; column < row.cells().size(); column++) {
        if (Vocabulary.roleOf(row.cells().name(column)) == role) {
          return column;
        }
      }
      return -1;
    }
    int index = indices.getOrDefault(role, -1);
    return index < row.cells().size() ? index : -1;
  }

  /**
   * The words of the header over the column of {@code role}, as a reader sees them (a cell above
   * names a column the lower row leaves blank); empty where no header row names it.
   */
  String headerOver(Role role, List<RawTable.Row> rows) {
    int column = source == Source.HEADER ? indices.getOrDefault(role, -1) : -1;
    RawTable.Cells header = column < 0 ? null : new MergedHeader(rows, headerRow);
    return header == null || column >= header.size() ? "" : header.read(column).plainText();
  }

  /** The index of the header row among the table's rows; -1 for none. */
  int headerRow() {
    return headerRow;
  }

  /**
   * How many columns the header names: the widest of the header rows where they name the columns
   * ({@link #fromHeaderRow()}); else the header row's cells, 0 where there is none.
   */
  int headerWidth(RawTable table) {
    return headerWidth >= 0 ? headerWidth : table.rows().get(headerRow).cells().size();
  }

  /** The columns with text under no header, which are not read. */
  List<Headless> headless() {
    return headless;
  }

  /**
   * The columns with text in them whose header is blank in every header row and that no role took:
   * each with its first text, so that the reader is told what is left out.
   */
  private static List<Headless> headless(List<RawTable.Row> rows, int headerRow, RawTable.Cells header,
      Map<Role, Integer> indices) {
    List<Headless> headless = new ArrayList<>();
    for (int column = 0; column < Math.min(header.size(), MAX_HEADER_CELLS); column++) {
      if (indices.containsValue(column) || !header.read(column).plainText().isBlank()) {
        continue;
      }
      for (int i = headerRow + 1; i < rows.size(); i++) {
        RawTable.Cells cells = rows.get(i).cells();
        boolean ownCell = column < cells.size() && (column == 0 || !cells.oneCell(column - 1, column));
        String text = ownCell ? cells.read(column).plainText() : ""; // a cell spanning into it is its neighbour's
        if (!text.isBlank()) {
          headless.add(new Headless(column, text.strip(), rows.get(i).line()));
          break;
        }
      }
    }
    return List.copyOf(headless);
  }

  /**
   * The header as a reader sees it where a table opens with several header rows: each column's
   * cell in the last of them, or where that is blank or missing, the nearest cell above it that is
   * not; so a cell spanning columns above cells that name them one by one names the column the
   * row below leaves blank.
   */
  private static final class MergedHeader implements RawTable.Cells {
    private final List<RichText> columns = new ArrayList<>();

    MergedHeader(List<RawTable.Row> rows, int last) {
      for (int i = 0; i <= last; i++) {
        RawTable.Cells cells = rows.get(i).cells();
        if (i < last && cells.size() > 1 && cells.oneCell(0, cells.size() - 1)) {
          continue; // a caption over all the columns names none of them
        }
        for (int column = 0; column < cells.size(); column++) {
          RichText text = cells.read(column);
          if (column == columns.size()) {
            columns.add(text);
          } else if (!text.plainText().isBlank()) {
            columns.set(column, text); // a lower row names the column, where it names it at all
          }
        }
      }
    }

    @Override
    public List<?> cells() {
      return columns;
    }

    @Override
    public RichText read(int column) {
      return columns.get(column);
    }
  }

  /**
   * The columns of a table without a header row as another table's header names them: the roles'
   * columns, and nothing unread, assumed or inferred, which is that table's to say.
   */
  static Columns namedBy(Columns header) {
    return new Columns(Source.OTHER_TABLE, -1, new EnumMap<>(header.indices), "", List.of(), Optional.empty());
  }

  /**
   * Whether the two read the code, where ranges end, the name and the description from the same
   * columns.
   */
  boolean sameColumnsAs(Columns other) {
    for (Role role : READ_ROLES) {
      if (indices.getOrDefault(role, -1).intValue() != other.indices.getOrDefault(role, -1).intValue()) {
        return false;
      }
    }
    return true;
  }

  /** The roles whose columns a table's rows are read from. */
  private static final Role[] READ_ROLES = {Role.CODE, Role.RANGE_END, Role.NAME, Role.DESCRIPTION};

  /** Whether another table's header names the columns ({@link #namedBy}). */
  boolean fromOtherTable() {
    return source == Source.OTHER_TABLE;
  }

  /** Whether a header row names the columns, rather than the cells' tag names or their position. */
  boolean fromHeaderRow() {
    return source == Source.HEADER;
  }

  /** Whether the columns are only a guess from their position. */
  boolean byPosition() {
    return source == Source.POSITION;
  }

  /**
   * The columns the header names that are not read: a header in no word known, or a second column
   * of a role another holds. Columns known to hold nothing read here (contact, reference, status)
   * are not among them.
   */
  List<Unread> unread() {
    return unread;
  }

  /** The header's text in a column, without the filter's marks where it was read so. */
  private static String headerText(RawTable.Cells header, List<MendedHeader> mended, int column) {
    for (MendedHeader without : mended) {
      if (without.column() == column) {
        return without.mended();
      }
    }
    return header.read(column).plainText();
  }

  /** The columns whose headers were read without the marks of a filter the table's cells show. */
  List<MendedHeader> mendedHeaders() {
    return mendedHeaders;
  }

  /** The column read as the codes by a guess, where the header names none. */
  Optional<AssumedCodeColumn> assumedCodeColumn() {
    return assumedCodeColumn;
  }

  /** The columns read as the name or the description though their headers lost all their letters. */
  List<LostHeaderColumn> lostHeaderColumns() {
    return lostHeaderColumns;
  }

  /** The column read as where ranges end by its cells alone, if one is. */
  Optional<InferredRangeEnd> inferredRangeEnd() {
    return inferredRangeEnd;
  }

  /** Why the columns are read by position. */
  String why() {
    return why;
  }
}
