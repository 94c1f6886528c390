package dev.closecodes.generate;

import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Page;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates {@code CloseCodes}: the checks, each a few integer comparisons against the ranges of
 * its set, so every check answers in constant time without allocating; and the one full account of
 * the documents everything was generated from.
 */
final class CloseCodesType {

  static final String NAME = "CloseCodes";

  private CloseCodesType() {}

  static String source(String packageName, CodeTable table) {
    Map<String, String> holes = new java.util.HashMap<>(GeneratedTypes.holes(packageName, table, Map.of()));
    holes.put("generated", Provenance.generatedWithHashes(table));
    holes.remove("provenance");
    holes.put("documents", Provenance.documents(table));
    holes.put("checksFrom", Provenance.checksFrom(table));
    holes.put("locales", table.pages().stream().map(Page::locale).map(JavaCode::literal)
        .collect(Collectors.joining(", ", "{", "}")));
    check(holes, "mayTravelInCloseFrame", table.mayTravelInCloseFrame());
    check(holes, "mayPassToBrowserClose", table.mayPassToBrowserClose());
    check(holes, "isReportedLocallyOnly", table.reportedLocallyOnly());
    return Template.of(NAME).fill(holes);
  }

  /** The condition of one check, and the Javadoc line listing its codes. */
  private static void check(Map<String, String> holes, String name, List<CodeRange> set) {
    holes.put(name, JavaCode.condition(set, "    "));
    holes.put(name + "Codes", JavadocText.comment("<p>The codes: " + list(set) + ".", "  "));
  }

  private static String list(List<CodeRange> set) {
    return set.isEmpty() ? "none" : set.stream()
        .map(range -> range.isSingle() ? "{@code " + range.from() + "}"
            : "{@code " + range.from() + "}&ndash;{@code " + range.to() + "}")
        .collect(Collectors.joining(", "));
  }
}
