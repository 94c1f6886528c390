package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Listed;
import dev.closecodes.model.PageRow;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a list of codes and ranges is a consistent table: no code or range twice, and ranges
 * that nest (3000 inside 3000–3999) or stand apart, never partly overlapping; and, of a page's
 * table, that no row breaks the ascending order the rest keep, that no code of RFC 6455's is
 * missing from a table that lists most of them, and that no two codes share a name or a description.
 */
final class TableChecks {

  /** The codes RFC 6455 defines, each of which an MDN table lists. */
  private static final int[] RFC_CODES = {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1015};

  /** The codes a close-code table of the whole span covers: RFC 6455's 0–999 up to its 4000–4999. */
  private static final int FIRST_CODE = 0;

  private static final int LAST_CODE = 4999;

  /** The last code of each of RFC 6455's ranges, 0–999, 1000–2999, 3000–3999 and 4000–4999. */
  private static final int[] RFC_RANGE_ENDS = {999, 2999, 3999, 4999};

  /** The most rows out of order that are read as mistyped; more are a table in another order. */
  private static final int MOST_MISTYPED_ROWS = 3;

  private TableChecks() {}

  /**
   * Reports each row that breaks the ascending order of the codes where the rest keep it: a
   * mistyped code (1090 between 1008 and 1010), which the other checks pass when it lands in a
   * range or a gap. The rows that keep the order are the longest run in order, not necessarily
   * side by side, found in n log n time; the others are reported, unless there are more than a few
   * of them or than a quarter of the rows, which is a table in another order, not a typo.
   *
   * @param rows the page's rows, in source order
   */
  static void checkOrder(List<? extends Listed> rows, Diagnostics diagnostics) {
    int count = rows.size();
    // tails[k]: the row that ends the best run of k + 1 rows found so far; before[i]: the row before i in its run.
    int[] tails = new int[count];
    int[] before = new int[count];
    int longest = 0;
    for (int i = 0; i < count; i++) {
      int from = rows.get(i).range().from();
      int low = 0;
      int high = longest;
      while (low < high) { // the first run whose last row starts after this one; equal starts keep the order
        int middle = (low + high) >>> 1;
        if (rows.get(tails[middle]).range().from() <= from) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      before[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      longest = Math.max(longest, low + 1);
    }
    int outOfOrder = count - longest;
    if (outOfOrder == 0 || outOfOrder > MOST_MISTYPED_ROWS || outOfOrder * 4 > count) {
      return;
    }
    boolean[] inOrder = new boolean[count];
    for (int i = longest > 0 ? tails[longest - 1] : -1; i >= 0; i = before[i]) {
      inOrder[i] = true;
    }
    for (int i = 0; i < count; i++) {
      if (!inOrder[i]) {
        diagnostics.report(Message.CODE_OUT_OF_ORDER, rows.get(i).location(), rows.get(i).range(), neighbours(rows, i));
      }
    }
  }

  /**
   * Reports each range that runs past the end of one of RFC 6455's ranges into the next, or into
   * the codes it defines none of, from 5000: the codes either side are used in other ways, and no
   * range of MDN's tables runs across (a digit added or mistyped: {@code 4000–49999},
   * {@code 1016–3999}). Once a row, at the first end it runs past.
   */
  static void checkWithinRfcRanges(List<? extends Listed> rows, Diagnostics diagnostics) {
    for (Listed row : rows) {
      CodeRange range = row.range();
      for (int end : RFC_RANGE_ENDS) {
        if (range.from() <= end && range.to() > end) {
          diagnostics.report(Message.RANGE_ACROSS_RFC_BOUNDS, row.location(), range, end);
          break;
        }
      }
    }
  }

  /**
   * Reports each code RFC 6455 defines that no row lists, where the rows list at least half of
   * them: such a table is the whole table with a row lost or mistyped, not an excerpt. Each is
   * reported at the row of the next code up, or after the row of the highest.
   *
   * @param rows the page's rows, in source order
   */
  static void checkRfcCodesListed(List<? extends Listed> rows, Diagnostics diagnostics) {
    if (rows.isEmpty()) {
      return;
    }
    boolean[] listed = rfcCodesListed(rows);
    int listedCount = count(listed);
    if (listedCount == RFC_CODES.length || !isWhole(listedCount)) {
      return;
    }
    for (int i = 0; i < RFC_CODES.length; i++) {
      if (listed[i]) {
        continue;
      }
      // By the codes, not by where the rows stand, which a row out of order would break: the row of the
      // next code up, or, past them all, the row of the highest.
      Listed next = null;
      Listed highest = null;
      for (Listed row : rows) {
        int from = row.range().from();
        if (from > RFC_CODES[i] && (next == null || from < next.range().from())) {
          next = row;
        }
        if (highest == null || from > highest.range().from()) {
          highest = row;
        }
      }
      Listed at = next != null ? next : highest;
      diagnostics.report(Message.RFC_CODE_NOT_LISTED, at.location(), RFC_CODES[i], RFC_CODES.length, listedCount,
          (next != null ? "before the row of " : "after the row of ") + at.range());
    }
  }

  /** Which of the codes RFC 6455 defines the rows list, in the order of {@link #RFC_CODES}. */
  private static boolean[] rfcCodesListed(List<? extends Listed> rows) {
    boolean[] listed = new boolean[RFC_CODES.length];
    for (Listed row : rows) {
      for (int i = 0; i < RFC_CODES.length; i++) {
        listed[i] |= row.range().from() <= RFC_CODES[i] && RFC_CODES[i] <= row.range().to();
      }
    }
    return listed;
  }

  private static int count(boolean[] listed) {
    int count = 0;
    for (boolean one : listed) {
      count += one ? 1 : 0;
    }
    return count;
  }

  /**
   * Whether a table that lists this many of the codes RFC 6455 defines is the whole table, which
   * may have lost a row or mistyped a code, rather than an excerpt: at least half of them.
   */
  private static boolean isWhole(int rfcCodesListed) {
    return rfcCodesListed * 2 >= RFC_CODES.length;
  }

  /**
   * Reports each stretch of codes no row holds in a table whose rows cover the codes from 0 to
   * 4999, as every MDN table's do: a bound mistyped ({@code 1017–2999} after {@code 1015}). Each at
   * the row after it. A table that does not reach from 0 to 4999, or lists fewer than half of the
   * codes RFC 6455 defines, is an excerpt; its gaps are meant.
   *
   * @param rows the page's rows, in source order
   */
  static void checkNoCodeLeftOut(List<? extends Listed> rows, Diagnostics diagnostics) {
    int[] byStart = inRangeOrder(rows);
    if (byStart.length == 0 || rows.get(byStart[0]).range().from() != FIRST_CODE
        || !isWhole(count(rfcCodesListed(rows)))) {
      return;
    }
    int reach = FIRST_CODE - 1;
    for (Listed row : rows) {
      reach = Math.max(reach, row.range().to());
    }
    if (reach < LAST_CODE) {
      return;
    }
    Listed last = null; // the row that reaches furthest so far
    for (int index : byStart) {
      Listed row = rows.get(index);
      if (last != null && row.range().from() > last.range().to() + 1 && last.range().to() < LAST_CODE) {
        CodeRange left = new CodeRange(last.range().to() + 1, Math.min(row.range().from() - 1, LAST_CODE));
        diagnostics.report(Message.CODES_IN_NO_ROW, row.location(), left, last.range(), last.location().line());
      }
      if (last == null || row.range().to() > last.range().to()) {
        last = row;
      }
    }
  }

  /**
   * Reports the codes below a table's first row and above its last where the page is one of MDN's,
   * as a {@code slug} in its front matter says, and the table lists at least half of the codes RFC
   * 6455 defines: every table of MDN's covers the codes from 0 to 4999, so one that stops short of
   * either end has lost rows. Each end at the row beside it. Elsewhere such a table may be an
   * excerpt, and {@link #checkNoCodeLeftOut} leaves it be.
   *
   * @param rows the page's rows, in source order
   * @param text the page's text, whose front matter is read only where a table stops short
   */
  static void checkMdnTableSpan(List<? extends Listed> rows, String text, Diagnostics diagnostics) {
    if (rows.isEmpty() || !isWhole(count(rfcCodesListed(rows)))) {
      return;
    }
    Listed lowest = rows.get(0);
    Listed furthest = rows.get(0);
    for (Listed row : rows) {
      lowest = row.range().from() < lowest.range().from() ? row : lowest;
      furthest = row.range().to() > furthest.range().to() ? row : furthest;
    }
    boolean startLost = lowest.range().from() > FIRST_CODE;
    boolean endLost = furthest.range().to() < LAST_CODE;
    if (!(startLost || endLost) || !FrontMatter.namesAnMdnSlug(text.split("\n", -1))) {
      return;
    }
    if (startLost) {
      diagnostics.report(Message.CODES_PAST_THE_TABLE, lowest.location(),
          new CodeRange(FIRST_CODE, lowest.range().from() - 1), "before the row of " + lowest.range());
    }
    if (endLost) {
      diagnostics.report(Message.CODES_PAST_THE_TABLE, furthest.location(),
          new CodeRange(furthest.range().to() + 1, LAST_CODE), "after the row of " + furthest.range());
    }
  }

  /**
   * A row as the check for copied rows reads it, with the cells its name and description come
   * from: a cell that spans rows ({@code rowspan}) is the same cell in each, and says one thing of
   * several codes. Null where the table has no such column.
   */
  record Written(PageRow row, Object nameCell, Object descriptionCell) {}

  /**
   * Reports each code named, or described, as a code on an earlier row of the table is: a row
   * copied from another and not wholly changed (1001 named "Normal Closure" after 1000), whose
   * Javadoc would carry the other code's name or meaning. Names and descriptions are compared as
   * their words, in lower case. Ranges take no part, nor do empty cells, one cell spanning rows,
   * a name that only says the code is reserved or unused ("Reserved", as MDN names 1004), or the
   * description of a reserved row, which says of several codes alike that they are not for use.
   *
   * @param rows the table's rows, in source order
   */
  static void checkCopiedRows(List<Written> rows, Diagnostics diagnostics) {
    FirstRows byName = new FirstRows();
    FirstRows byDescription = new FirstRows();
    for (Written written : rows) {
      PageRow row = written.row();
      if (!row.range().isSingle()) {
        continue;
      }
      PageRow copied = byName.copiedFrom(row.name(), written.nameCell(), row);
      if (copied != null && !Vocabulary.reserved(row.name()).setsAside()) {
        diagnostics.report(Message.NAME_OF_ANOTHER_ROW, row.location(), row.range(), row.name(), copied.range(),
            copied.location().line());
      }
      copied = row.reserved() ? null
          : byDescription.copiedFrom(row.description().plainText(), written.descriptionCell(), row);
      if (copied != null && !copied.reserved()) {
        diagnostics.report(Message.DESCRIPTION_OF_ANOTHER_ROW, row.location(), row.range(), copied.range(),
            copied.location().line());
      }
    }
  }

  /** The first row to have each text, as its words in lower case: a copy keeps the letters as they were. */
  private static final class FirstRows {
    /** The first row with some words, and the cell they stand in there. */
    private record First(PageRow row, Object cell) {}

    private final Map<String, First> firstByWords = new HashMap<>();
    private final Set<String> repeated = new HashSet<>();

    /**
     * The first row of another code with this text in another cell, the first time a row repeats
     * it; else null. Rows alike all through are one warning, at the first copy.
     */
    PageRow copiedFrom(String text, Object cell, PageRow row) {
      String words = Vocabulary.lettersAndDigits(text.toLowerCase(Locale.ROOT));
      if (words.isEmpty()) {
        return null;
      }
      First first = firstByWords.putIfAbsent(words, new First(row, cell));
      if (first == null) {
        return null;
      }
      boolean spanned = cell != null && cell == first.cell();
      return spanned || first.row().range().equals(row.range()) || !repeated.add(words) ? null : first.row();
    }
  }

  /** The rows either side of row i, as the order warning names them. */
  private static String neighbours(List<? extends Listed> rows, int i) {
    String previous = i > 0 ? describe(rows.get(i - 1)) : null;
    String next = i + 1 < rows.size() ? describe(rows.get(i + 1)) : null;
    if (previous != null && next != null) {
      return "the row before it is " + previous + ", the row after it " + next;
    }
    return previous != null ? "the row before it is " + previous : "the row after it is " + next;
  }

  private static String describe(Listed row) {
    return row.range() + " (line " + row.location().line() + ")";
  }

  /**
   * Reports each problem at the later of the two items. The items are sorted by where they start
   * (the wider first) and swept once with the stack of ranges still open: an item must lie inside
   * the innermost open range or after all of them. So the check takes n log n time, not n².
   *
   * @param items the page's rows or the registry's entries, in source order
   * @param diagnostics where problems are reported
   */
  static void check(List<? extends Listed> items, Diagnostics diagnostics) {
    Deque<Integer> open = new ArrayDeque<>();
    for (int index : inRangeOrder(items)) {
      CodeRange range = items.get(index).range();
      while (!open.isEmpty() && items.get(open.peek()).range().to() < range.from()) {
        open.pop();
      }
      CodeRange holderRange = open.isEmpty() ? null : items.get(open.peek()).range();
      if (holderRange != null && (holderRange.equals(range) || !holderRange.contains(range))) {
        int later = Math.max(index, open.peek());
        int earlier = Math.min(index, open.peek());
        SourceLocation laterLocation = items.get(later).location();
        int earlierLine = items.get(earlier).location().line();
        if (holderRange.equals(range)) {
          diagnostics.report(Message.DUPLICATE_CODE, laterLocation, items.get(later).range(), earlierLine);
        } else {
          diagnostics.report(Message.PARTIAL_OVERLAP, laterLocation, items.get(later).range(),
              items.get(earlier).range(), earlierLine);
        }
        continue;
      }
      open.push(index);
    }
  }

  /**
   * The items' indices in range order: by where they start, the wider first, then in source order.
   * Sorted as one number each, without a comparator.
   */
  private static int[] inRangeOrder(List<? extends Listed> items) {
    long[] order = new long[items.size()];
    for (int i = 0; i < order.length; i++) {
      CodeRange range = items.get(i).range();
      order[i] = ((long) range.from() << 47) | ((long) (CodeRange.MAX_CODE - range.to()) << 31) | i;
    }
    Arrays.sort(order);
    int[] indices = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      indices[i] = (int) (order[i] & Integer.MAX_VALUE);
    }
    return indices;
  }
}
