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
}
