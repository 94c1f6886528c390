package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.Reading.PageRead;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The damaged French page we received, read as a careful reader would. */
class ReceivedPageTest {

  private final PageRead document = Reading.page(SpecSource.RECEIVED_PAGE);

  @Test
  void nineteenRowsInPageOrder() {
    assertEquals(
        List.of(
            "0–999", "1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009",
            "1010", "1011", "1012–1014", "1015", "1016–1999", "2000–2999", "3000–3999", "4000–4999"),
        PageReaderTest.ranges(document));
    assertEquals("fr", document.locale());
  }

  @Test
  void theLostRangeStartIsInferredWithAWarningAtItsLine() {
    assertFalse(document.hasErrors());
    List<Diagnostic> inferred =
        document.diagnostics().stream().filter(d -> d.message() == Message.RANGE_START_INFERRED).toList();
    assertEquals(1, inferred.size());
    assertEquals(135, inferred.get(0).line());
    assertEquals(135, document.rows().get(13).location().line());
  }

  @Test
  void mojibakeIsRepairedWithAWarning() {
    assertTrue(document.diagnostics().stream().anyMatch(d -> d.message() == Message.MOJIBAKE_REPAIRED));
    PageRow normal = document.rows().get(1);
    assertEquals("cwose_nowmaw", normal.name());
    assertEquals("fewmetuwe n-nyowmawe ; wa connexion s-s'est tewminée n-nyowmawement.", normal.description().plainText());
    for (PageRow row : document.rows()) {
      assertFalse(row.description().plainText().matches(".*[√ÃÀ].*"), row.description().plainText());
    }
    assertTrue(document.rows().get(5).description().plainText().startsWith("wésewvé."));
  }

  @Test
  void reservedRowsAreTheOnesThePageMarks() {
    List<String> reserved =
        document.rows().stream().filter(PageRow::reserved).map(row -> row.range().toString()).toList();
    assertEquals(
        List.of("0–999", "1004", "1005", "1006", "1012–1014", "1015", "1016–1999", "2000–2999"), reserved);
  }
}
