package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.read.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dev.closecodes.testing.Generation;
import org.junit.jupiter.api.Test;

/** Where the page decides the checks, they follow what its words say, not its type. */
class PageDecidesTest {

  @Test
  void aPageThatSaysReservedInPlainWordsKeepsItsReservedCodesOutOfCloseFrames() throws Exception {
    Document page = new Document("en-US/closeevent.html",
        Files.readAllBytes(Path.of("src/test/resources/fixtures/meaning/en-us-2016.html")));
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws", List.of(page), Optional.empty(),
        ChecksFrom.PAGE, List.of(), List.of("en-US"), false));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    CodeTable table = generation.table().orElseThrow();
    assertEquals(List.of(new CodeRange(1000, 1003), new CodeRange(1007, 1011), new CodeRange(3000, 4999)),
        table.mayTravelInCloseFrame());
  }
}
