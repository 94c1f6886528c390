package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

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
   * @param ranges the items' ranges in source order
   * @param locations where each item is
   * @param diagnostics where problems are reported
   */
  static void check(List<CodeRange> ranges, List<SourceLocation> locations, Diagnostics diagnostics) {
    // In range order (from ascending, then to descending), then source order, as one number each.
    long[] order = new long[ranges.size()];
    for (int i = 0; i < order.length; i++) {
      CodeRange range = ranges.get(i);
      order[i] = ((long) range.from() << 47) | ((long) (CodeRange.MAX_CODE - range.to()) << 31) | i;
    }
    Arrays.sort(order);
    Deque<Integer> open = new ArrayDeque<>();
    for (long key : order) {
      int index = (int) (key & Integer.MAX_VALUE);
      CodeRange range = ranges.get(index);
      while (!open.isEmpty() && ranges.get(open.peek()).to() < range.from()) {
        open.pop();
      }
      CodeRange holderRange = open.isEmpty() ? null : ranges.get(open.peek());
      if (holderRange != null && (holderRange.equals(range) || !holderRange.contains(range))) {
        int later = Math.max(index, open.peek());
        int earlier = Math.min(index, open.peek());
        SourceLocation laterLocation = locations.get(later);
        int earlierLine = locations.get(earlier).line();
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
