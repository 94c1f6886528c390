package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.Test;

/**
 * A coverage report is of a project's own code: JaCoCo, as a build runs it, counts no line of the
 * generated types, which closecodes' own tests cover, so that they neither dilute a project's
 * figures nor fail its minimum. The example's own class is counted, to show the analysis ran.
 */
class CoverageReportTest {

  /** Every class the generated sources compile to, nested ones included. */
  private static final List<String> GENERATED = List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent",
      "CloseFrames", "CloseFrames$InvalidCloseFrameException");

  @Test
  void jacocoCountsTheProjectsOwnLinesAndNoneOfTheGeneratedTypes() throws IOException {
    Path classes = Path.of("target/classes/dev/closecodes/example");
    CoverageBuilder coverage = new CoverageBuilder();
    new Analyzer(new ExecutionDataStore(), coverage).analyzeAll(classes.toFile());
    Map<String, Integer> lines = new HashMap<>();
    for (IClassCoverage analysed : coverage.getClasses()) {
      lines.put(analysed.getName(), analysed.getLineCounter().getTotalCount());
    }

    assertTrue(lines.getOrDefault("dev/closecodes/example/CloseCodeTable", 0) > 0, lines.toString());
    for (String type : GENERATED) {
      assertTrue(Files.isRegularFile(classes.resolve(type + ".class")), type);
      assertEquals(0, lines.getOrDefault("dev/closecodes/example/" + type, 0), type + ": " + lines);
    }
  }
}
