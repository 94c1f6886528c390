package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that a list of codes and ranges is a consistent table: no code or range twice, and ranges
 * that nest (3000 inside 3000–3999) or stand apart, never partly overlapping.
 */
final class TableChecks {

  private TableChecks() {}

  /**
   * Reports each problem at the later of the two items. The items are sorted by where they start
   * (the wider first) and swept once with the stack of ranges still open: an item must lie inside
   * the innermost open range or after all of them. So the check takes n log n time, not n².
   *
   * @param items the items in source order
   * @param rangeOf the range an item covers
   * @param locationOf where an item is
   * @param diagnostics where problems are reported
   */
  static <T> void check(
      List<T> items,
      Function<T, CodeRange> rangeOf,
      Function<T, SourceLocation> locationOf,
      Diagnostics diagnostics) {
    List<CodeRange> ranges = items.stream().map(rangeOf).toList();
    Integer[] order = new Integer[items.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> ranges.get(i)).thenComparing(i -> i));
    Deque<Integer> open = new ArrayDeque<>();
    for (int index : order) {
      CodeRange range = ranges.get(index);
      while (!open.isEmpty() && ranges.get(open.peek()).to() < range.from()) {
        open.pop();
      }
      CodeRange holderRange = open.isEmpty() ? null : ranges.get(open.peek());
      if (holderRange != null && (holderRange.equals(range) || !holderRange.contains(range))) {
        int later = Math.max(index, open.peek());
        int earlier = Math.min(index, open.peek());
        SourceLocation laterLocation = locationOf.apply(items.get(later));
        int earlierLine = locationOf.apply(items.get(earlier)).line();
        if (holderRange.equals(range)) {
          diagnostics.report(Message.DUPLICATE_CODE, laterLocation, ranges.get(later), earlierLine);
        } else {
          diagnostics.report(Message.PARTIAL_OVERLAP, laterLocation, ranges.get(later), ranges.get(earlier),
              earlierLine);
        }
        continue;
      }
      open.push(index);
    }
  }
}
