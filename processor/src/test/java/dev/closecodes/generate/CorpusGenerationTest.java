package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.palantir.javapoet.JavaFile;
import dev.closecodes.CloseCodeSpec.Authority;
import dev.closecodes.Corpus;
import dev.closecodes.Javac;
import dev.closecodes.SpecSource;
import dev.closecodes.check.ChangeReport;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.model.SpecRow;
import dev.closecodes.read.SpecFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every historical version of the page in the corpus: generation, compilation and change reports. */
class CorpusGenerationTest {

  @TempDir Path folder;

  private static List<Corpus.Page> tablePages() {
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).toList();
  }

  @Test
  void everyTablePageGeneratesCodeThatCompilesAndPassesDoclint() throws IOException {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    byte[] registry = Files.readAllBytes(SpecSource.REGISTRY);
    List<Path> sources = new ArrayList<>();
    int index = 0;
    for (Corpus.Page page : tablePages()) {
      String packageName = String.format(Locale.ROOT, "corpus.page%03d", index++);
      Generator.Result result = Generator.generate(new Generator.Request(packageName,
          new Generator.Document(page.relativePath(), Files.readAllBytes(page.file())),
          Optional.of(new Generator.Document("registry.csv", registry)), Authority.REGISTRY, Map.of()));
      assertFalse(result.hasErrors(), page + ": " + result.diagnostics());
      assertEquals(5, result.files().size(), page.toString());
      for (JavaFile file : result.files()) {
        sources.add(file.writeToPath(folder));
      }
    }
    assertEquals(137, index);

    assertEquals(List.of(), Javac.compilePaths(sources, folder.resolve("classes")), "warnings and errors");
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

  /** A row as the report compares it: its codes, name and description text. */
  record RowText(String range, String name, String description) {
    static Set<RowText> of(SpecDocument document) {
      Set<RowText> rows = new HashSet<>();
      for (SpecRow row : document.rows()) {
        rows.add(new RowText(row.range().toString(), row.name(), row.description().plainText()));
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
      SpecDocument before = SpecFiles.readSpec(pair[0].file());
      SpecDocument after = SpecFiles.readSpec(pair[1].file());
      List<ChangeReport.Change> changes = ChangeReport.compare(before, after);

      // The rows that differ, worked out as plain set differences of (codes, name, text).
      Set<RowText> oldRows = RowText.of(before);
      Set<RowText> newRows = RowText.of(after);
      Set<String> differing = new HashSet<>();
      newRows.stream().filter(row -> !oldRows.contains(row)).forEach(row -> differing.add(row.range()));
      oldRows.stream().filter(row -> !newRows.contains(row)).forEach(row -> differing.add(row.range()));

      Set<String> reported = changes.stream().map(change -> change.range().toString()).collect(Collectors.toSet());
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
