package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template and the code that fills it cannot drift apart unnoticed. */
class TemplateTest {

  private static Map<String, String> holes() {
    Map<String, String> holes = new HashMap<>();
    for (String hole : new String[] {"header", "package", "generatedImport", "generated", "coverageMarkImport",
        "coverageMark", "nestedCoverageMark", "provenance", "mark"}) {
      holes.put(hole, "");
    }
    return holes;
  }

  @Test
  void everyHoleFilledGivesTheFixedCode() {
    String source = Template.of("CloseFrames").fill(holes());
    assertTrue(source.contains("public final class CloseFrames {"), source);
    assertTrue(!source.contains("${"), source);
  }

  @Test
  void aHoleWithNoValueIsABug() {
    Map<String, String> holes = holes();
    holes.remove("provenance");
    assertThrows(IllegalArgumentException.class, () -> Template.of("CloseFrames").fill(holes));
  }

  @Test
  void aValueWithNoHoleIsABug() {
    Map<String, String> holes = holes();
    holes.put("constants", "");
    assertThrows(IllegalArgumentException.class, () -> Template.of("CloseFrames").fill(holes));
  }

  @Test
  void aTypeWithNoTemplateIsABug() {
    assertThrows(IllegalStateException.class, () -> Template.of("CloseNothing"));
  }
}
