package dev.closecodes.read;

import static dev.closecodes.testing.Pages.table;
import static dev.closecodes.testing.Reading.errors;
import static dev.closecodes.testing.Reading.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.CpuTime;
import dev.closecodes.testing.LargePages;
import dev.closecodes.testing.Reading.PageRead;
import dev.closecodes.testing.Reading;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages a fuzzer or a hostile author could write. Whatever the bytes, reading ends in a model or
 * in errors at a file and line, never in an exception, a hang or quadratic time.
 */
class HostilePageTest {

  static PageRead read(String page) {
    return Reading.page("page.md", page);
  }

  @Nested
  class CodeCells {

    @Test
    void aSupplementaryPlaneDigitIsACleanErrorAtItsLine() {
      PageRead document = read(table("1000|Normal|Fine.", "\uD835\uDFCF|Odd|A mathematical bold one."));
      assertEquals(List.of("6 error CODE_DIGITS_NOT_ASCII"), errors(document.diagnostics()));
    }

    /** Digits of other scripts are named as such; a superscript is no decimal digit, only a number. */
    @ParameterizedTest
    @CsvSource({"1\uD835\uDFCE, CODE_DIGITS_NOT_ASCII", "\uFF11\uFF10\uFF10\uFF10, CODE_DIGITS_NOT_ASCII",
        "\u0661\u0660\u0660\u0660, CODE_DIGITS_NOT_ASCII", "10\u00B2, NOT_A_CODE"})
    void onlyAsciiDigitsMakeACode(String cell, String error) {
      PageRead document = read(table("1000|Normal|Fine.", cell + "|Odd|Digits of another script."));
      assertEquals(List.of("6 error " + error), errors(document.diagnostics()));
      assertEquals(List.of("1000"), document.rows().stream().map(row -> row.range().toString()).toList());
    }
  }

  @Nested
  class LinearTime {

    private static final Duration BUDGET = Duration.ofSeconds(1);

    /**
     * For one read of the largest pages: far below the minutes the quadratic reader took, with
     * room for the JIT still compiling the reader and for G1 working on the reading thread in this
     * shared JVM (a slow read is read again, see CpuTime). ReaderScalingTest, in a JVM of its own,
     * holds the steady state to the 2 s target and time to linear growth.
     */
    private static final Duration LARGE_PAGE_BUDGET = Duration.ofSeconds(6);

    @Test
    void aMacroWhoseArgumentsNeverClose() {
      PageRead document = CpuTime.within(BUDGET,
          () -> read(table("1000|Normal|" + "{{a(".repeat(20_000))));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(1, document.rows().size());
    }

    @Test
    void aMacroFollowedByManyNewlines() {
      PageRead document = CpuTime.within(BUDGET,
          () -> read(table("1000|Normal|{{a" + "\n".repeat(50_000) + "end")));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals("{{a end", document.rows().get(0).description().plainText());
    }

    /** Tags of hidden content never closed: each is looked for once, not from every one of them to the end. */
    @Test
    void manyScriptsAndStylesNeverClosed() {
      String page = table("1000|Normal|Fine.") + "\n" + "<style/>p\n<script/>x\n<template/>\n".repeat(30_000);
      PageRead document = CpuTime.within(BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(1, document.rows().size());
    }

    /**
     * A page without a table whose head is looked at for what page it is: mentions of a canonical
     * link by the ten thousand, tags of them never closed, and a title after them. A few mentions
     * are weighed, each within a tag's reach; the error comes at once.
     */
    @Test
    void manyCanonicalLinksNeverClosedOnAPageWithoutATable() {
      String page = "<link rel=canonical href=/docs/Web/API/CloseEvent\n".repeat(20_000)
          + "canonical\n".repeat(50_000) + "<title>CloseEvent - Web APIs | MDN</title>\n<p>No table.</p>\n";
      PageRead document = CpuTime.within(BUDGET, () -> read(page));
      List<Diagnostic> diagnostics = document.diagnostics();
      Diagnostic last = diagnostics.get(diagnostics.size() - 1);
      assertEquals(Message.NO_TABLE, last.message());
      assertTrue(last.text().contains("this is the page of the interface CloseEvent"), last.text());
      // each link tag runs on into the next: ten told at their lines, the rest counted in one warning
      List<Diagnostic> runOn = diagnostics.subList(0, diagnostics.size() - 1);
      assertEquals(11, runOn.size());
      assertEquals(Message.MORE_TAGS_WITHOUT_THEIR_CLOSERS, runOn.get(10).message());
      assertEquals(11, runOn.get(10).line());
      assertTrue(runOn.get(10).text().startsWith("19990 more tag(s), from this line to line 20000,"),
          runOn.get(10).text());
    }

    /** Hidden elements by the thousand, side by side and one in another: each taken out once. */
    @Test
    void manyHiddenElements() {
      String siblings = "<table>\n<tr><th>Code</th><th>Description</th></tr>\n<tr><td>1000</td><td>Fine."
          + "<span hidden>x</span>\n".repeat(40_000) + "</td>" + "<td hidden>y</td>\n".repeat(40_000) + "</tr>\n</table>\n";
      PageRead document = CpuTime.within(BUDGET, () -> read(siblings));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals("Fine.", document.rows().get(0).description().plainText());

      String nested = table("1000|Normal|Fine.") + "\n"
          + ("<div hidden>".repeat(200) + "z" + "</div>".repeat(200) + "\n").repeat(200);
      assertEquals(1, CpuTime.within(BUDGET, () -> read(nested)).rows().size());
    }

    /**
     * Tags whose spacing is mended, by the ten thousand, and tag openings that never close, each a
     * quoted value left open: each tag is looked at once, up to the next {@code <} at the most.
     */
    @Test
    void manyTagsWhoseSpacingIsMended() {
      StringBuilder page = new StringBuilder("<table>\n<tr><th>Code</th><th>Description</th></tr>\n");
      for (int i = 0; i < 20_000; i++) {
        page.append("<tr><td\u00a0class=\"c\">").append(1000 + i).append("</td><t\u00add>Fine.</t\u00add></tr>\n");
      }
      page.append("</table>\n").append("<b\u00a0title=\"x\u00a0\n".repeat(50_000));
      String text = page.toString();
      read(text);
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(text));
      assertEquals(20_000, document.rows().size());
      assertEquals("Fine.", document.rows().get(19_999).description().plainText());
      assertEquals(3, document.diagnostics().stream()
          .filter(d -> d.message() == Message.TAG_SPACING_REPAIRED).count());
    }

    /**
     * Line breaks and list items by the ten thousand in one cell, side by side and with blank text
     * between them: each piece looked at a bounded number of times, where a break asked again of
     * every piece before it what opens a line.
     */
    @Test
    void manyLineBreaksAndListItemsInACell() {
      String cell = "a" + "<br> \n".repeat(60_000) + "b" + "<p> </p>\n".repeat(30_000) + "<ul>" + "<li>c</li>\n".repeat(30_000)
          + "</ul>";
      String page = "<table>\n<tr><th>Code</th><th>Description</th></tr>\n<tr><td>1000</td><td>" + cell + "</td></tr>\n</table>\n";
      PageRead document = CpuTime.within(BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals("a\nb\n" + "\u2022 c\n".repeat(30_000).strip(), document.rows().get(0).description().textWithLines());

      String numbered = page.replace("<ul>", "<ol>").replace("</ul>", "</ol>");
      PageRead counted = CpuTime.within(BUDGET, () -> read(numbered));
      assertTrue(counted.rows().get(0).description().textWithLines().endsWith("\n29999. c\n30000. c"));
    }

    @Test
    void aListItemOfManyWordCharacters() {
      String page = table("1000|Normal|Fine.") + "\n- " + "w".repeat(50_000) + "\n";
      PageRead document = CpuTime.within(BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
    }

    @Test
    void tenThousandNestedRows() {
      String page = LargePages.nestedRows(10_000);
      PageRead document = CpuTime.within(Duration.ofSeconds(3), () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(10_000, document.rows().size());
    }

    @Test
    void aHundredThousandNestedRows() {
      String page = LargePages.nestedRows(100_000);
      read(page); // the reader's code compiled: the budget is for steady state, not for the JIT
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(100_000, document.rows().size());
    }

    /**
     * Rows that each lost their end and then their dash ({@code 1016�}), a hundred thousand before
     * the next row of codes: each looks for the row after it that can end it, and stops at the
     * next such row, as one that lost only its end ({@code 1016–}) stops at the next of those.
     */
    @Test
    void manyRowsThatLostTheirEndAndTheirDash() {
      String[] rows = new String[100_002];
      Arrays.fill(rows, "1016\uFFFD|Later|Later.");
      rows[0] = "1000|Normal|Fine.";
      rows[rows.length - 1] = "65000|Past|Past.";
      String page = table(rows);
      read(page);
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(100_000, errors(document.diagnostics()).size() + 1); // the last is read: it ends before 65000
    }

    /**
     * Rows whose word for reserved lost a character ({@code 予�}), each told against the words the
     * table holds whole, tens of thousands of them ({@code 予約}): the table is read for such a word
     * once, not once a row.
     */
    @Test
    void manyRowsWhoseWordForReservedLostACharacter() {
      String[] rows = new String[60_000];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = (1000 + i) + "|状態|" + (i % 2 == 0 ? "予\uFFFD。" : "予約済み。");
      }
      String page = table(rows);
      read(page);
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(60_000, document.rows().stream().filter(PageRow::reserved).count());
      assertEquals(30_000, document.diagnostics().stream()
          .filter(d -> d.message() == Message.RESERVED_WORD_INFERRED).count());
    }

    /**
     * A filter's damage is found from the table's lines once and its words read through it once a
     * row: sixty thousand rows of it read within the budget of a large page.
     */
    @Test
    void manyRowsAFilterDamaged() {
      String[] rows = new String[60_000];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = (1000 + i) + "|Nyame " + i + "|"
            + (i % 2 == 0 ? "W-wesewved. Nyevew sent " + i + " times." : "The c-connection " + i + " cwosed.");
      }
      String page = table(rows);
      read(page);
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(30_000, document.rows().stream().filter(PageRow::reserved).count());
      assertEquals(List.of(Message.PAGE_WORDS_DAMAGED_LIKE_A_WORD, Message.FILTERED_WORDS_REPAIRED),
          document.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void everySingleCode() {
      String page = LargePages.singleCodes(65_536);
      read(page);
      PageRead document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(65_536, document.rows().size());
    }

    @Test
    void rowsAndCellsThatAreNeverClosedAreReadAsHtmlReadsThem() {
      PageRead document = CpuTime.within(BUDGET, () -> read(LargePages.unclosedRows(4_000)));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(4_000, document.rows().size());
      assertEquals("Name 1001", document.rows().get(1).name());
      assertEquals("Code 1001", document.rows().get(1).description().plainText());
      assertEquals(3, document.rows().get(1).location().line());
    }
  }

  @Nested
  class WhatATableIs {

    @Test
    void aTableOfHttpStatusesIsNotACloseCodeTable() {
      PageRead document = read("# Statuses\n\n<table>\n<tr><th>Status</th><th>Meaning</th></tr>\n"
          + "<tr><td>200</td><td>OK</td></tr>\n<tr><td>301</td><td>Moved</td></tr>\n"
          + "<tr><td>404</td><td>Not Found</td></tr>\n<tr><td>500</td><td>Server Error</td></tr>\n</table>\n");
      assertEquals(List.of("5 error NOT_A_CLOSE_CODE_TABLE"), errors(document.diagnostics()));
      assertEquals(List.of(), document.rows());
    }

    /**
     * A header row of one cell above rows of three, none of its words naming a column: the columns
     * are read by position, and where a code's range end would be the second column, the header has
     * no cell there to name it. It had thrown.
     */
    @Test
    void aHeaderShorterThanTheRowsUnderItWhoseColumnsAreReadByPosition() {
      PageRead fuzzed = read("<th><tr><td>0</td><td>9<td<>");
      assertEquals(List.of("1 warning TAG_NAME_REPAIRED", "1 error NOT_A_CLOSE_CODE_TABLE"), lines(fuzzed.diagnostics()));
      PageRead codes = read("<table>\n<tr><th>x</th></tr>\n<tr><td>1000</td><td>1001</td><td>Normal</td></tr>\n"
          + "<tr><td>1002</td><td>1003</td><td>Errors</td></tr>\n<tr><td>1007</td><td>1011</td><td>More</td></tr>\n"
          + "</table>\n");
      assertEquals(List.of(), errors(codes.diagnostics()));
      assertTrue(lines(codes.diagnostics()).contains("2 warning RANGE_END_COLUMN_INFERRED"), codes.diagnostics().toString());
      assertEquals(List.of("1000–1001", "1002–1003", "1007–1011"),
          codes.rows().stream().map(row -> row.range().toString()).toList());
    }

    @Test
    void theCloseCodeTableWinsOverALongerTableOfOtherNumbers() {
      String statuses = "<table>\n" + "<tr><td>200</td><td>OK</td></tr>\n".repeat(1) + "<tr><td>201</td><td>A</td></tr>\n"
          + "<tr><td>202</td><td>B</td></tr>\n<tr><td>203</td><td>C</td></tr>\n</table>\n";
      PageRead document = read(statuses + table("1000|Normal|Fine.", "1001|Away|Gone."));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(2, document.rows().size());
    }
  }

  @Nested
  class Limits {

    @Test
    void aLineLongerThanTheLimitIsAnErrorAtThatLine() {
      String page = table("1000|Normal|Fine.") + "x".repeat(InputLimits.MAX_LINE_CHARS + 1) + "\n";
      PageRead document = CpuTime.within(Duration.ofSeconds(1), () -> read(page));
      assertEquals(List.of("7 error LINE_TOO_LONG"), errors(document.diagnostics()));
    }

    @Test
    void aTableLongerThanTheLimitIsAnErrorAtTheFirstRowPastIt() {
      // More rows than distinct codes and ranges can nest in 0–65535: some must repeat.
      String page = "# CloseEvent\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | Fine. |\n".repeat(InputLimits.MAX_TABLE_ROWS + 5);
      PageRead document = CpuTime.within(Duration.ofSeconds(6), () -> read(page));
      int firstRowPast = 5 + InputLimits.MAX_TABLE_ROWS;
      List<String> errors = errors(document.diagnostics());
      assertTrue(errors.contains(firstRowPast + " error TOO_MANY_ROWS"), errors.subList(errors.size() - 3, errors.size()).toString());
      assertEquals(List.of(), errors.stream().filter(e -> Integer.parseInt(e.split(" ")[0]) > firstRowPast).toList());
    }

    @Test
    void aPageLargerThanTheLimitIsAnErrorBeforeAnythingIsRead() {
      byte[] bytes = new byte[InputLimits.MAX_PAGE_BYTES + 1];
      java.util.Arrays.fill(bytes, (byte) '\n');
      PageRead document = CpuTime.within(Duration.ofSeconds(1), () -> Reading.page("big.md", bytes));
      assertEquals(List.of("1 error FILE_TOO_LARGE"), errors(document.diagnostics()));
    }

    @Test
    void elementsNestedDeeperThanTheLimitAreAnErrorNotAStackOverflow() {
      String page = table("1000|Normal|" + "<span>".repeat(InputLimits.MAX_NESTING + 10) + "deep");
      PageRead document = CpuTime.within(Duration.ofSeconds(1), () -> read(page));
      assertEquals(List.of("5 error NESTED_TOO_DEEPLY"), errors(document.diagnostics()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "_", "[", ">", "- ", "**", "<em>", "`"})
    void deeplyNestedMarkdownNeverOverflowsTheStack(String opener) {
      int depth = InputLimits.MAX_LINE_CHARS / (opener.length() + 1) - 10;
      String pipe = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | "
          + opener.repeat(depth) + "x |\n\n" + opener.repeat(depth) + "x\n";
      PageRead document = CpuTime.within(Duration.ofSeconds(2), () -> read(pipe));
      assertTrue(document.rows().size() == 1 || document.diagnostics().stream().anyMatch(Diagnostic::isError),
          document.diagnostics().toString());
    }
  }
}
