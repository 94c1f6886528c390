package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.model.Page;
import dev.closecodes.testing.CpuTime;
import dev.closecodes.testing.Reading;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Comparing two versions of the largest pages takes time in proportion to their rows, however
 * their ranges nest: finding which rows were merged or split never walks the same rows over and
 * over.
 */
class ChangeReportScalingTest {

  private static Page table(String name, List<String> codeCells) {
    StringBuilder text = new StringBuilder("| Code | Name | Description |\n| --- | --- | --- |\n");
    for (String cell : codeCells) {
      text.append("| ").append(cell).append(" | | Text. |\n");
    }
    return Reading.page(name, text.toString().getBytes(StandardCharsets.UTF_8)).page().orElseThrow();
  }

  @Test
  void everyCodeMergedIntoNestedRangesIsComparedInLinearTime() {
    Page singles = table("before.md", IntStream.range(0, 65_535).mapToObj(Integer::toString).toList());
    // Ranges nested in each other, all starting at 0: each could be tiled by the single codes.
    Page nested = table("after.md", IntStream.range(0, 3_000).mapToObj(i -> "0–" + (65_534 - i)).toList());

    List<ChangeReport.Change> changes =
        CpuTime.within(Duration.ofSeconds(2), () -> ChangeReport.compare(singles, nested));

    assertEquals(ChangeReport.Kind.MERGED, changes.get(0).kind());
    assertEquals(65_535, changes.get(0).parts().size());
    assertEquals(3_000, changes.size(), "one merge and 2,999 ranges added");
    assertTrue(changes.subList(1, changes.size()).stream().allMatch(c -> c.kind() == ChangeReport.Kind.ADDED));
  }

  /** Ranges that the single codes nearly cover, each missing its last code: no merge, and no n². */
  @Test
  void rangesThatSingleCodesNearlyCoverAreComparedInLinearTime() {
    Page singles = table("before.md", IntStream.range(0, 60_000).mapToObj(Integer::toString).toList());
    Page nested = table("after.md", IntStream.range(0, 3_000).mapToObj(i -> "0–" + (60_000 + i)).toList());

    List<ChangeReport.Change> changes =
        CpuTime.within(Duration.ofSeconds(2), () -> ChangeReport.compare(singles, nested));

    assertEquals(63_000, changes.size(), "3,000 ranges added, 60,000 codes removed");
    assertTrue(changes.stream().noneMatch(c -> c.kind() == ChangeReport.Kind.MERGED));
  }
}
