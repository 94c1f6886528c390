package dev.closecodes.check;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.SourceLocation;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that a list of codes and ranges is a consistent table: no code or range twice, and ranges
 * that nest (3000 inside 3000–3999) or stand apart, never partly overlapping.
 */
public final class TableChecks {

  private TableChecks() {}

  /**
   * Reports each problem at the later of the two items.
   *
   * @param items the items in source order
   * @param rangeOf the range an item covers
   * @param locationOf where an item is
   * @param diagnostics where problems are added
   */
  public static <T> void check(
      List<T> items,
      Function<T, CodeRange> rangeOf,
      Function<T, SourceLocation> locationOf,
      List<Diagnostic> diagnostics) {
    for (int later = 0; later < items.size(); later++) {
      CodeRange laterRange = rangeOf.apply(items.get(later));
      SourceLocation laterLocation = locationOf.apply(items.get(later));
      for (int earlier = 0; earlier < later; earlier++) {
        CodeRange earlierRange = rangeOf.apply(items.get(earlier));
        int earlierLine = locationOf.apply(items.get(earlier)).line();
        if (laterRange.equals(earlierRange)) {
          diagnostics.add(Diagnostic.of(Message.DUPLICATE_CODE, laterLocation, laterRange, earlierLine));
          break;
        }
        if (laterRange.overlaps(earlierRange)
            && !laterRange.contains(earlierRange)
            && !earlierRange.contains(laterRange)) {
          diagnostics.add(
              Diagnostic.of(
                  Message.PARTIAL_OVERLAP, laterLocation, laterRange, earlierRange, earlierLine));
          break;
        }
      }
    }
  }
}
