package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the page decides the checks, they follow what its words say, not its type. */
class PageDecidesTest {

  @Test
  void aPageThatSaysReservedInPlainWordsKeepsItsReservedCodesOutOfCloseFrames() throws Exception {
    Document page = new Document("en-US/closeevent.html",
        Files.readAllBytes(Path.of("src/test/resources/fixtures/meaning/en-us-2016.html")));
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws", List.of(page), Optional.empty(),
        ChecksFrom.PAGE, List.of(), List.of("en-US"), Set.of()));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    CodeTable table = generation.table().orElseThrow();
    assertEquals(List.of(new CodeRange(1000, 1003), new CodeRange(1007, 1011), new CodeRange(3000, 4999)),
        table.mayTravelInCloseFrame());
  }

  /**
   * MDN's pages since 2023 say "Not used." of 0–999 and "For definition by future revisions ..."
   * of 1016–2999, without the word for reserved. Where the page decides, those codes stay out of
   * close frames as the words mean, and no warning says the page lets 0–999 travel.
   */
  @Test
  void codesThePageSaysAreNotInUseStayOutOfCloseFrames() {
    String page = """
        <table>
        <thead><tr><th>Status code</th><th>Meaning</th><th>Description</th></tr></thead>
        <tbody>
        <tr><td><code>0</code>–<code>999</code></td><td></td><td>Not used.</td></tr>
        <tr><td><code>1000</code></td><td>Normal Closure</td><td>The connection completed its purpose.</td></tr>
        <tr><td><code>1001</code></td><td>Going Away</td><td>The endpoint is going away.</td></tr>
        <tr><td><code>1004</code></td><td>Reserved</td><td><strong>Reserved.</strong> A meaning might be defined.</td></tr>
        <tr><td><code>1016</code>–<code>2999</code></td><td></td><td>For definition by future revisions of the
          WebSocket Protocol specification, and for definition by extension specifications.</td></tr>
        <tr><td><code>3000</code>–<code>3999</code></td><td></td><td>For use by libraries, frameworks, and
          applications.</td></tr>
        <tr><td><code>4000</code>–<code>4999</code></td><td></td><td>For private use.</td></tr>
        </tbody>
        </table>
        """;
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document("en-US/closeevent.md", page.getBytes(StandardCharsets.UTF_8))), Optional.empty(),
        ChecksFrom.PAGE, List.of(), List.of("en-US"), Set.of()));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    assertEquals(List.of(new CodeRange(1000, 1001), new CodeRange(3000, 4999)),
        generation.table().orElseThrow().mayTravelInCloseFrame());
    assertEquals(List.of(), generation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.message() == Message.RFC_RULE_KEPT).toList());
  }
}
