package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generates {@code CloseCodeRange}: one constant for each range row of the page. */
final class CloseCodeRangeType {

  static final String NAME = "CloseCodeRange";

  private CloseCodeRangeType() {}

  static String source(Target target, CodeTable table) {
    int last = 0;
    for (CodeTable.Range range : table.ranges()) {
      last = Math.max(last, range.range().to());
    }
    Map<String, String> holes = new HashMap<>(GeneratedTypes.descriptionHoles(target, table, NAME, table.ranges()));
    holes.putAll(GeneratedTypes.summaryHoles(table.ranges()));
    holes.put("constants", constants(table));
    holes.put("mask", Integer.toString(GeneratedTypes.mask(last)));
    holes.put("primaryLocale", JavadocText.escape(table.page().locale()));
    return Template.of(NAME).fill(GeneratedTypes.holes(target, table, holes));
  }

  private static String constants(CodeTable table) {
    if (table.ranges().isEmpty()) {
      return "  ; // the page lists no range";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < table.ranges().size(); i++) {
      CodeTable.Range range = table.ranges().get(i);
      String javadoc = codes(range) + ": " + JavadocText.render(range.description()) + "\n\n<p>From "
          + Provenance.line(range.location()) + ". Constant name from " + range.nameSource().description() + "."
          + Provenance.madeUnique(range.constant(), range.givenName());
      out.append(i == 0 ? "" : "\n\n")
          .append("  /**\n").append(JavadocText.comment(javadoc, "  ")).append("\n   */\n")
          .append(JavaCode.enumConstant(range.constant(),
              List.of(Integer.toString(range.range().from()), Integer.toString(range.range().to()),
                  Boolean.toString(range.reserved())),
              List.of(JavaCode.literal(range.description().textWithLines())),
              i == table.ranges().size() - 1 ? ";" : ","));
    }
    return out.toString();
  }

  /** {@code 3000–3999} as Javadoc. */
  static String codes(CodeTable.Range range) {
    return "{@code " + range.range().from() + "}&ndash;{@code " + range.range().to() + "}";
  }
}
