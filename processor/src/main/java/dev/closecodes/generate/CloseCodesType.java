package dev.closecodes.generate;

import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Page;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code CloseCodes}: the checks, each a few integer comparisons against the ranges of
 * its set, or for a set of many ranges a binary search in an array of them, so every check answers
 * without allocating, and no set makes an expression a compiler must recurse into; and the one
 * full account of the documents everything was generated from.
 */
final class CloseCodesType {

  static final String NAME = "CloseCodes";

  private CloseCodesType() {}

  static String source(Target target, CodeTable table) {
    Map<String, String> holes = new java.util.HashMap<>(GeneratedTypes.holes(target, table, Map.of()));
    holes.put("generated", target.generatedAnnotation() ? Provenance.generatedWithHashes(table) : "");
    holes.remove("provenance");
    holes.put("documents", Provenance.documents(table));
    holes.put("checksFrom", Provenance.checksFrom(table));
    StringBuilder locales = new StringBuilder("{");
    for (Page page : table.pages()) {
      locales.append(locales.length() == 1 ? "" : ", ").append(JavaCode.literal(page.locale()));
    }
    holes.put("locales", locales.append('}').toString());
    StringBuilder arrays = new StringBuilder();
    check(holes, arrays, "mayTravelInCloseFrame", "MAY_TRAVEL_IN_CLOSE_FRAME", table.mayTravelInCloseFrame());
    check(holes, arrays, "mayPassToBrowserClose", "MAY_PASS_TO_BROWSER_CLOSE", table.mayPassToBrowserClose());
    check(holes, arrays, "isReportedLocallyOnly", "REPORTED_LOCALLY_ONLY", table.reportedLocallyOnly());
    holes.put("rangeArrays", arrays.toString());
    holes.put("rangeSearch", arrays.isEmpty() ? "" : RANGE_SEARCH);
    return Template.of(NAME).fill(holes);
  }

  /** The search a check of many ranges makes, for the sets too large to compare one by one. */
  private static final String RANGE_SEARCH = """

        /**
         * Tells whether a code lies in one of the ranges: a binary search for the last range that starts at
         * or before it.
         *
         * @param ranges each range's first and last code in turn, in ascending order
         * @param code any int
         * @return whether one of the ranges holds the code
         */
        private static boolean inRanges(int[] ranges, int code) {
          int low = 0;
          int high = ranges.length / 2 - 1;
          while (low <= high) {
            int middle = (low + high) >>> 1;
            if (ranges[2 * middle] <= code) {
              low = middle + 1;
            } else {
              high = middle - 1;
            }
          }
          return high >= 0 && code <= ranges[2 * high + 1];
        }
      """;

  /**
   * The condition of one check and the Javadoc line listing its codes; for a large set, the array
   * it searches.
   */
  private static void check(Map<String, String> holes, StringBuilder arrays, String name, String array,
      List<CodeRange> set) {
    holes.put(name, JavaCode.condition(set, array, "    "));
    holes.put(name + "Codes", JavadocText.comment("<p>The codes: " + list(set) + ".", "  "));
    if (set.size() > JavaCode.MAX_COMPARED_RANGES) {
      arrays.append("\n  /** The ranges {@link #").append(name).append("(int)} accepts, as its first and last codes. */\n")
          .append("  private static final int[] ").append(array).append(" = ")
          .append(JavaCode.ranges(set, "  ")).append(";\n");
    }
  }

  /** The set's ranges for Javadoc; for a set too long to read, how many and between which codes. */
  private static String list(List<CodeRange> set) {
    if (set.isEmpty()) {
      return "none";
    }
    if (set.size() > MAX_LISTED_RANGES) {
      return set.size() + " ranges, from {@code " + set.get(0).from() + "} to {@code "
          + set.get(set.size() - 1).to() + "}";
    }
    StringBuilder listed = new StringBuilder();
    for (CodeRange range : set) {
      listed.append(listed.length() == 0 ? "" : ", ").append("{@code ").append(range.from()).append('}');
      if (!range.isSingle()) {
        listed.append("&ndash;{@code ").append(range.to()).append('}');
      }
    }
    return listed.toString();
  }

  /** The most ranges a check's Javadoc lists one by one. */
  private static final int MAX_LISTED_RANGES = 32;
}
