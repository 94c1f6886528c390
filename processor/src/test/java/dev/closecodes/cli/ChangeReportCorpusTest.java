package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import dev.closecodes.read.DocumentFiles;
import dev.closecodes.read.PageReader;
import dev.closecodes.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The change report of every pair of consecutive versions of a page in the corpus. */
class ChangeReportCorpusTest {

  private static List<Corpus.Page> tablePages() {
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).toList();
  }

  private static Page read(Path file) {
    return PageReader.read(DocumentFiles.read(file, new Diagnostics()), new Diagnostics());
  }

  /** Consecutive versions of the same page and locale, by date. */
  static List<Corpus.Page[]> consecutivePairs() {
    Map<String, List<Corpus.Page>> bySeries = new HashMap<>();
    for (Corpus.Page page : tablePages()) {
      bySeries.computeIfAbsent(page.series(), series -> new ArrayList<>()).add(page);
    }
    List<Corpus.Page[]> pairs = new ArrayList<>();
    bySeries.keySet().stream().sorted().forEach(series -> {
      List<Corpus.Page> versions = bySeries.get(series).stream()
          .sorted(Comparator.comparing(Corpus.Page::date).thenComparing(Corpus.Page::relativePath))
          .toList();
      for (int i = 1; i < versions.size(); i++) {
        pairs.add(new Corpus.Page[] {versions.get(i - 1), versions.get(i)});
      }
    });
    return pairs;
  }

  /** A row as the report compares it: its codes, name, description text, and whether it is reserved. */
  record RowText(String range, String name, String description, boolean reserved) {
    static Set<RowText> of(Page document) {
      Set<RowText> rows = new HashSet<>();
      for (PageRow row : document.rows()) {
        rows.add(new RowText(row.range().toString(), row.name(), row.description().plainText(), row.reserved()));
      }
      return rows;
    }
  }

  @TestFactory
  Stream<DynamicTest> theChangeReportOfEachConsecutivePairListsExactlyTheRowsThatDiffer() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    List<Corpus.Page[]> pairs = consecutivePairs();
    assertTrue(pairs.size() > 100, "pairs: " + pairs.size());
    return pairs.stream().map(pair -> dynamicTest(pair[0] + " -> " + pair[1], () -> {
      Page before = read(pair[0].file());
      Page after = read(pair[1].file());
      List<ChangeReport.Change> changes = ChangeReport.compare(before, after);

      // The rows that differ, worked out as plain set differences of (codes, name, text).
      Set<RowText> oldRows = RowText.of(before);
      Set<RowText> newRows = RowText.of(after);
      Set<String> differing = new HashSet<>();
      newRows.stream().filter(row -> !oldRows.contains(row)).forEach(row -> differing.add(row.range()));
      oldRows.stream().filter(row -> !newRows.contains(row)).forEach(row -> differing.add(row.range()));

      Set<String> reported = new HashSet<>();
      for (ChangeReport.Change change : changes) {
        reported.add(change.range().toString());
        change.parts().forEach(part -> reported.add(part.toString())); // the rows merged or split
      }
      assertEquals(differing, reported);
      for (ChangeReport.Change change : changes) {
        assertFalse(change.before().equals(change.after()), change.toString());
        assertTrue(change.diagnostic().toString().contains(": note: " + change.range()), change.diagnostic().toString());
      }
      if (pair[1].note("byte-identical to " + pair[0].relativePath()).isPresent()) {
        assertEquals(List.of(), changes);
      }
    }));
  }

  /**
   * The newest page of each series, diffed with that of every series in another locale: a
   * translation's names and texts are not compared, and each row of the same codes in both whose
   * reserved status differs is reported, and no other (MDN's French page kept 1012–1014 reserved
   * after the English one let them be used).
   */
  @TestFactory
  Stream<DynamicTest> aDiffOfTwoTranslationsReportsTheStatusesThatDifferAndNoText() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    List<Page> pages = Corpus.newestOfEachSeries().stream().sorted(Comparator.comparing(Corpus.Page::series))
        .map(page -> read(page.file())).filter(page -> !page.locale().equals(Page.UNKNOWN_LOCALE)).toList();
    assertTrue(pages.stream().map(Page::locale).distinct().count() >= 10, "locales: " + pages.size());
    Set<String> reservedNowInFrench = new HashSet<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Page before : pages) {
      for (Page after : pages) {
        if (before.locale().equals(after.locale())) {
          continue;
        }
        tests.add(dynamicTest(before.source() + " -> " + after.source(), () -> {
          assertTrue(ChangeReport.translations(before, after).orElseThrow().toString()
              .contains(" is in " + before.locale() + " and this page in " + after.locale() + ": "));
          List<ChangeReport.Change> changes = ChangeReport.compare(before, after);
          for (ChangeReport.Change change : changes) {
            assertFalse(change.kind() == ChangeReport.Kind.RENAMED || change.kind() == ChangeReport.Kind.REDESCRIBED,
                change.toString());
          }
          Map<String, Boolean> oldStatus = new HashMap<>();
          before.rows().forEach(row -> oldStatus.putIfAbsent(row.range().toString(), row.reserved()));
          Set<String> differing = new HashSet<>();
          Set<String> seen = new HashSet<>();
          for (PageRow row : after.rows()) {
            Boolean was = oldStatus.get(row.range().toString());
            if (seen.add(row.range().toString()) && was != null && was != row.reserved()) {
              differing.add(row.range() + " " + (row.reserved() ? "reserved" : "usable"));
            }
          }
          // those said of a row of the same codes in both ("where it was"), not of a merge's or split's part
          Set<String> ofRows = new HashSet<>();
          for (ChangeReport.Change change : changes) {
            if (change.kind() == ChangeReport.Kind.RESERVED_OR_USABLE && oldStatus.containsKey(change.range().toString())
                && change.diagnostic().toString().contains(", where it was ")) {
              ofRows.add(change.range() + " " + change.after());
            }
          }
          assertEquals(differing, ofRows);
          if (after.locale().equals("fr")) {
            for (ChangeReport.Change change : changes) {
              if (change.kind() == ChangeReport.Kind.RESERVED_OR_USABLE && change.after().equals("reserved")) {
                reservedNowInFrench.add(change.range().toString());
              }
            }
          }
        }));
      }
    }
    tests.add(dynamicTest("the French page keeps 1012–1014 reserved", () ->
        assertTrue(reservedNowInFrench.contains("1012–1014"), reservedNowInFrench.toString())));
    return tests.stream();
  }
}
