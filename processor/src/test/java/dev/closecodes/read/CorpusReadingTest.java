package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Reading.PageRead;
import dev.closecodes.testing.Reading;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every real MDN page of the corpus and checks the rows against what the corpus manifest
 * records of each page: how many data rows, which ranges, the names in links, the empty names,
 * and the range that lost its start.
 */
class CorpusReadingTest {

  private static final Pattern DATA_ROWS = Pattern.compile("^(\\d+) data rows; ranges: (.*)$");
  private static final Pattern EMPTY_NAMES = Pattern.compile("^name column empty for (\\d+) rows");
  private static final Pattern LINK_NAMES = Pattern.compile("^names wrapped in links: \\[(.*)\\]$");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  @TestFactory
  Stream<DynamicTest> everyPageReadsAsTheManifestDescribesIt() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().map(page -> dynamicTest(page.toString(), () -> readsThePageAsTheManifestDescribesIt(page)));
  }

  /**
   * Each page's opening is its first sentence about the interface or the property, never a
   * notice, a macro's name, a table row or a line of an example's code. On the page of the
   * property {@code code}, it is {@code code}'s definition, and the interface has no opening.
   */
  @TestFactory
  Stream<DynamicTest> everyPageOpensWithItsOwnFirstSentence() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).map(page -> dynamicTest(page.toString(), () -> {
      var prose = Reading.page(page.file()).prose();
      boolean propertyPage = page.series().endsWith("/code");
      assertEquals(propertyPage, prose.summary().isEmpty(), "the interface's opening: " + prose.summary().plainText());
      String summary = propertyPage ? prose.code().plainText() : prose.summary().plainText();
      String lower = summary.toLowerCase(java.util.Locale.ROOT);
      assertTrue(lower.contains("closeevent") || lower.contains("websocket"), summary);
      assertTrue(summary.length() >= 30, "a sentence, not a name: " + summary);
      for (String notProse : List.of("{{", "<", "console.", "|", "compatibility table")) {
        assertFalse(lower.contains(notProse), notProse + " in: " + summary);
      }
    }));
  }

  /**
   * Every page of the interface defines its three properties, in a definition list or a table of
   * properties, and each gets its own words, not the generator's stand-in.
   */
  @TestFactory
  Stream<DynamicTest> everyInterfacePageDefinesItsThreeProperties() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(page -> page.hasTable() && page.series().contains("/closeevent"))
        .map(page -> dynamicTest(page.toString(), () -> {
          var prose = Reading.page(page.file()).prose();
          for (var definition : List.of(prose.code(), prose.reason(), prose.wasClean())) {
            String text = definition.plainText();
            assertTrue(text.length() >= 5, "a definition: '" + text + "'");
            for (String notProse : List.of("{{", "<", "|")) {
              assertFalse(text.contains(notProse), notProse + " in: " + text);
            }
          }
        }));
  }

  @Test
  void theCorpusHasTheTablesItIsKnownFor() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    assertEquals(137, Corpus.pages().stream().filter(Corpus.Page::hasTable).count());
  }

  private static void readsThePageAsTheManifestDescribesIt(Corpus.Page page) throws Exception {
    PageRead document = Reading.page(page.file());
    if (!page.hasTable()) {
      assertEquals(List.of(Message.NO_TABLE), messages(document, true));
      return;
    }
    assertEquals(List.of(), errors(document), "errors");
    // Real pages hold correct text in many scripts, which the mojibake repair must not touch or name.
    assertEquals(List.of(), document.diagnostics().stream()
        .filter(d -> d.message() == Message.MOJIBAKE_REPAIRED || d.message() == Message.MOJIBAKE_LEFT).toList(),
        "mojibake");
    assertFalse(messages(document, false).contains(Message.TABLE_NOT_READ), "each page has one table of close codes");
    assertFalse(messages(document, false).contains(Message.TABLE_PART_READ), "each page's table is in one piece");
    assertFalse(messages(document, false).contains(Message.TABLE_WITHOUT_HEADER_NOT_READ), "no close codes elsewhere");
    // Every real table has a header, the Spanish one fused onto a definition included.
    assertFalse(messages(document, false).contains(Message.COLUMNS_BY_POSITION), "columns read by their header");

    Matcher dataRows = page.note(DATA_ROWS).orElseThrow();
    List<PageRow> rows = document.rows();
    assertEquals(Integer.parseInt(dataRows.group(1)), rows.size(), "rows");

    boolean lostStart = page.note("range with missing start").isPresent();
    List<Diagnostic> inferred =
        document.diagnostics().stream().filter(d -> d.message() == Message.RANGE_START_INFERRED).toList();
    assertEquals(lostStart ? 1 : 0, inferred.size(), "inferred range starts");

    List<CodeRange> writtenRanges = new ArrayList<>();
    for (PageRow row : rows) {
      boolean wasInferred = inferred.stream().anyMatch(d -> d.where().equals(row.location()));
      if (wasInferred) {
        assertEquals(new CodeRange(1012, 1014), row.range(), "the range that lost its start");
      } else if (!row.range().isSingle()) {
        writtenRanges.add(row.range());
      }
    }
    assertEquals(ranges(dataRows.group(2)), writtenRanges, "ranges");

    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).location().line() < rows.get(i).location().line(), "page order");
    }
    for (PageRow row : rows) {
      assertFalse(row.description().isEmpty(), "description of " + row.range());
      // bold is read as bold, the Chinese pages' **保留值。**表示 included: no asterisk is left over
      assertFalse(row.description().plainText().contains("**"), "asterisks in " + row.description().plainText());
    }

    Optional<Matcher> emptyNames = page.note(EMPTY_NAMES);
    long actualEmptyNames = rows.stream().filter(row -> row.name().isEmpty()).count();
    if (page.note("only 2 columns").isPresent()) {
      assertEquals(rows.size(), actualEmptyNames, "a two-column table has no names");
    } else if (emptyNames.isPresent()) {
      assertEquals(Long.parseLong(emptyNames.get().group(1)), actualEmptyNames, "empty names");
    }

    Optional<Matcher> linkNames = page.note(LINK_NAMES);
    if (linkNames.isPresent()) {
      List<String> expected = new ArrayList<>();
      Matcher quoted = QUOTED.matcher(linkNames.get().group(1));
      while (quoted.find()) {
        expected.add(quoted.group(1));
      }
      List<String> actual =
          rows.stream().filter(row -> row.range().from() >= 1012 && row.range().to() <= 1014 && row.range().isSingle())
              .map(PageRow::name)
              .toList();
      assertEquals(expected, actual, "names wrapped in links");
    }
  }

  /**
   * Each page with a table, damaged as a whole (its UTF-8 read as each charset the repair knows,
   * Mac Roman, Windows-1252 and ISO-8859-1 among them, and saved again), reads as the page itself:
   * every line is restored, and none is named as left.
   */
  @TestFactory
  Stream<DynamicTest> everyPageDamagedAsAWholeIsRestored() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).flatMap(page -> SingleByteCharset.MISREAD_AS.stream()
        .map(charset -> dynamicTest(page + " as " + charset.displayName(), () -> restoredFrom(page, charset.highHalf()))));
  }

  private static void restoredFrom(Corpus.Page page, String highHalf) throws Exception {
    byte[] bytes = page.text().getBytes(StandardCharsets.UTF_8);
    StringBuilder damaged = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      damaged.append(b >= 0 ? (char) b : highHalf.charAt((b & 0xFF) - 0x80));
    }
    PageRead original = Reading.page("page.md", page.text());
    PageRead restored = Reading.page("page.md", damaged.toString());
    assertEquals(original.rows(), restored.rows());
    List<Message> said = messages(restored, false);
    assertFalse(said.contains(Message.MOJIBAKE_LEFT), said::toString);
    assertEquals(damaged.toString().equals(page.text()) ? 0 : 1,
        said.stream().filter(message -> message == Message.MOJIBAKE_REPAIRED).count(), said::toString);
  }

  private static List<CodeRange> ranges(String written) {
    return Arrays.stream(written.split(","))
        .map(String::strip)
        .filter(range -> !range.isEmpty())
        .map(range -> range.split("-"))
        .map(ends -> new CodeRange(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])))
        .toList();
  }

  private static List<Diagnostic> errors(PageRead document) {
    return document.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  private static List<Message> messages(PageRead document, boolean errorsOnly) {
    return document.diagnostics().stream()
        .filter(d -> !errorsOnly || d.isError())
        .map(Diagnostic::message)
        .toList();
  }
}
