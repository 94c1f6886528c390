package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Listed;
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
   * @param items the page's rows or the registry's entries, in source order
   * @param diagnostics where problems are reported
   */
  static void check(List<? extends Listed> items, Diagnostics diagnostics) {
    // In range order (from ascending, then to descending), then source order, as one number each.
    long[] order = new long[items.size()];
    for (int i = 0; i < order.length; i++) {
      CodeRange range = items.get(i).range();
      order[i] = ((long) range.from() << 47) | ((long) (CodeRange.MAX_CODE - range.to()) << 31) | i;
    }
    Arrays.sort(order);
    Deque<Integer> open = new ArrayDeque<>();
    for (long key : order) {
      int index = (int) (key & Integer.MAX_VALUE);
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
}
