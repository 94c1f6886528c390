package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Severity;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.Reading.PageRead;
import dev.closecodes.testing.Reading;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small pages, one for each form a close-code table takes and each way it goes wrong. */
class PageReaderTest {

  static PageRead read(String text) {
    return Reading.page("page.md", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> ranges(PageRead document) {
    return document.rows().stream().map(row -> row.range().toString()).toList();
  }

  /**
   * Each diagnostic as {@code FILE:LINE: SEVERITY: TEXT}, but the warning of characters a decoder
   * lost, for a test of what is read of them.
   */
  static List<String> withoutLoss(PageRead document) {
    return document.diagnostics().stream()
        .filter(d -> d.message() != Message.PAGE_CHARACTERS_LOST)
        .map(Object::toString)
        .toList();
  }

  /** Each diagnostic as {@code LINE severity MESSAGE-CONSTANT}. */
  static List<String> diagnostics(PageRead document) {
    return document.diagnostics().stream()
        .map(d -> d.line() + " " + d.severity().label() + " " + d.message())
        .toList();
  }

  @Nested
  class Forms {

    @Test
    void htmlTableInMarkdownWithAHeadRow() {
      PageRead document =
          read(
              """
              ---
              title: CloseEvent
              ---
              <table>
                <thead><tr><th>Status code</th><th>Name</th><th>Description</th></tr></thead>
                <tbody>
                  <tr><td><code>0</code>–<code>999</code></td><td></td><td><strong>Reserved.</strong> Unused.</td></tr>
                  <tr><td><code>1000</code></td><td><code>CLOSE_NORMAL</code></td><td>Normal <em>closure</em>.</td></tr>
                  <tr><td><code>4000</code>—<code>4999</code></td><td></td><td>For applications.</td></tr>
                </tbody>
              </table>
              """);
      assertEquals(List.of("0–999", "1000", "4000–4999"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
      PageRow normal = document.rows().get(1);
      assertEquals("CLOSE_NORMAL", normal.name());
      assertEquals("Normal closure.", normal.description().plainText());
      assertEquals(8, normal.location().line());
      assertFalse(normal.reserved());
      assertTrue(document.rows().get(0).reserved());
    }

    @Test
    void headerCellsAsTdInsideADefinitionListWithParagraphsAndNoBreakSpaces() {
      PageRead document =
          read(
              """
              <dl>
               <dt><code>CloseEvent.code</code></dt>
               <dd>The code.
               <table class="standard-table">
                <tbody>
                 <tr>
                  <td class="header">Status code</td>
                  <td class="header">Name</td>
                  <td class="header">Description</td>
                 </tr>
                 <tr>
                  <td><code>1005</code></td>
                  <td>&nbsp;</td>
                  <td><p><strong>Reserved.</strong>\u00a0 Indicates&nbsp;that no status code was provided.</p></td>
                 </tr>
                </tbody>
               </table>
               </dd>
              </dl>
              """);
      assertEquals(List.of("1005"), ranges(document));
      PageRow row = document.rows().get(0);
      assertEquals("", row.name());
      assertEquals("Reserved. Indicates that no status code was provided.", row.description().plainText());
      assertTrue(row.reserved());
      assertEquals(12, row.location().line());
    }

    @Test
    void tagsSplitAcrossLines() {
      PageRead document =
          read(
              """
              <table>
                <tr>
                  <td
                    ><code>1004</code></td
                  >
                  <td></td>
                  <td>
                    <strong
                      >Reserved.</strong
                    >
                    A meaning might be defined in the future.
                  </td>
                </tr>
              </table>
              """);
      assertEquals(List.of("1004"), ranges(document));
      assertEquals("Reserved. A meaning might be defined in the future.", document.rows().get(0).description().plainText());
      assertTrue(document.rows().get(0).reserved());
      assertEquals(4, document.rows().get(0).location().line());
    }

    @Test
    void pipeTableWithEscapesIndentedUnderADefinition() {
      PageRead document =
          read(
              """
              - {{domxref("CloseEvent.code")}}
                - : Returns the code.

                  | Status code   | Name           | Description                                   |
                  | ------------- | -------------- | --------------------------------------------- |
                  | `0`–`999`     |                | **Reserved and not used.**                    |
                  | `1000`        | Normal Closure | A \\| pipe and \\[[Ref](https://example.org/r)] |
                  | `3000`–`3999` |                | **May not** be used by applications.          |
                  | `4000`        | `a\\|b`        | Named `a\\|b`: in a table a code span's pipe is escaped too. |
              """);
      assertEquals(List.of("0–999", "1000", "3000–3999", "4000"), ranges(document));
      assertEquals("a|b", document.rows().get(3).name());
      assertEquals("Named a|b: in a table a code span's pipe is escaped too.",
          document.rows().get(3).description().plainText());
      PageRow normal = document.rows().get(1);
      assertEquals("Normal Closure", normal.name());
      assertEquals("A | pipe and [Ref]", normal.description().plainText());
      assertEquals(7, normal.location().line());
      assertTrue(normal.description().inlines().stream().anyMatch(Inline.Link.class::isInstance));
      assertTrue(document.rows().get(2).reserved(), "opens in strong emphasis");
    }

    /**
     * A pipe table's cell holds inline Markdown only, as GitHub's tables have it: what would open a
     * list, a heading or a quotation at the start of a line is text in a cell.
     */
    @Test
    void aPipeTablesCellIsNeverABlock() {
      PageRead document = read("""
          | Status code | Name | Description |
          | --- | --- | --- |
          | `1000` | # One | 1. The first. |
          | `1001` | - Two | > Quoted **words**. |
          | `1002` | 3) Three | + Plus, *and* more. |
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals(List.of("# One", "- Two", "3) Three"), document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("1. The first.", "> Quoted words.", "+ Plus, and more."),
          document.rows().stream().map(row -> row.description().plainText()).toList());
    }

    /**
     * A cell that spans rows or columns stands in each row and column it spans, as HTML lays a
     * table out: a description shared by two codes describes both; one that spans the name's column
     * too is the row's description, and the row has no name.
     */
    @Test
    void cellsSpanningRowsAndColumns() {
      PageRead document =
          read(
              """
              <table>
              <tr><th>Code</th><th>Name</th><th>Description</th></tr>
              <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
              <tr><td>1004</td><td colspan="2"><strong>Reserved.</strong> A meaning might come later.</td></tr>
              <tr><td>1012</td><td>Service Restart</td><td rowspan="2"><strong>Reserved.</strong> Registered.</td></tr>
              <tr><td>1013</td><td>Try Again Later</td></tr>
              <tr><td>1015</td><td>TLS Handshake</td><td>TLS failed.</td></tr>
              </table>
              """);
      assertEquals(List.of("1000", "1004", "1012", "1013", "1015"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
      List<PageRow> rows = document.rows();
      assertEquals("", rows.get(1).name());
      assertEquals("Reserved. A meaning might come later.", rows.get(1).description().plainText());
      assertTrue(rows.get(1).reserved());
      assertEquals("Try Again Later", rows.get(3).name());
      assertEquals("Reserved. Registered.", rows.get(3).description().plainText());
      assertTrue(rows.get(3).reserved());
      assertEquals(6, rows.get(3).location().line());
      assertEquals("TLS failed.", rows.get(4).description().plainText());
    }

    /**
     * A span attribute one letter off ({@code colspam}, {@code wowspan}, damaged as the received
     * page's tag names are) still spans, with a warning at its first use: read as written, the
     * cells after it would move into the wrong columns. One letter from both spans
     * ({@code cowspan}), it is read as neither, and the row short of the header's cells says so.
     * Both of the reader's paths read it so: the one-pass one, and jsoup's parser, which an
     * ampersand sends the page to.
     */
    @Test
    void aSpanAttributeOneLetterOffStillSpans() {
      for (String entity : List.of("", " &amp; more")) {
        PageRead document = read("""
            <table>
            <tr><th>Code</th><th>Name</th><th>Description</th></tr>
            <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
            <tr><td>1004</td><td colspam="2">Reserved. A meaning might come later.</td></tr>
            <tr><td>1012</td><td>Service Restart</td><td wowspan="2">Registered.%s</td></tr>
            <tr><td>1013</td><td>Try Again Later</td></tr>
            <tr><td>1014</td><td>Bad Gateway</td><td rowspan="1" wowspan="2">Both written: as written.</td></tr>
            <tr><td>1015</td><td cowspan="2">TLS failed.</td></tr>
            </table>
            """.formatted(entity));
        List<PageRow> rows = document.rows();
        assertEquals(List.of("1000", "1004", "1012", "1013", "1014", "1015"), ranges(document), entity);
        assertEquals("", rows.get(1).name(), entity);
        assertEquals("Reserved. A meaning might come later.", rows.get(1).description().plainText(), entity);
        assertEquals("Registered." + entity.replace("&amp;", "&"), rows.get(3).description().plainText(), entity);
        assertEquals("TLS failed.", rows.get(5).name(), entity);
        assertEquals(List.of("4 warning ATTRIBUTE_NAME_REPAIRED", "5 warning ATTRIBUTE_NAME_REPAIRED",
            "8 warning CELLS_SHORT_OF_HEADER"), diagnostics(document), entity);
      }
    }

    /**
     * A span's value in a word processor's curly quotes ({@code colspan=“2”}) is no number to HTML,
     * which reads the span as 1 and moves the cells after it: the description had been empty, with a
     * warning that the row was short of cells, and a code cell spanning two rows had made the second
     * row's name its code, an error. The number between such quotes is the span, with a warning at
     * each form's first use. A value that holds no number stays as HTML reads it.
     */
    @Test
    void aSpanInCurlyQuotesIsReadAsItsNumberWithAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1004</td><td colspan=“2”>Reserved. A meaning might come later.</td></tr>
          <tr><td rowspan=”2”>1012</td><td>Service Restart</td><td>Restarting.</td></tr>
          <tr><td>Restart</td><td>Restarting, again.</td></tr>
          <tr><td>1013</td><td colspan=‘2’>Try again later.</td></tr>
          <tr><td>1014</td><td colspan=“two”>Bad Gateway</td><td>Bad.</td></tr>
          </table>
          """);
      assertEquals(List.of("1004", "1012", "1013", "1014"), ranges(document));
      assertEquals("", document.rows().get(0).name());
      assertEquals("Reserved. A meaning might come later.", document.rows().get(0).description().plainText());
      assertEquals(List.of("3 warning ATTRIBUTE_VALUE_REPAIRED", "4 warning ATTRIBUTE_VALUE_REPAIRED",
          "5 error CODE_CELL_SPANS_ROWS", "6 warning ATTRIBUTE_VALUE_REPAIRED"), diagnostics(document));
      assertEquals("page.md:3: warning: colspan=“2” read as colspan=\"2\": curly quotes are no quotes to HTML,"
          + " which reads such a span as 1 and moves the cells after it; 1 use(s), from this line to line 3",
          document.diagnostics().get(0).toString());
    }

    /**
     * A row with fewer cells than the header leaves the columns past them empty, as HTML and
     * Markdown lay it out; where one of them is a column read (the name, the description), the
     * row says so at its line, for a cell or a span lost reads the same. An empty cell written is
     * no loss.
     */
    @Test
    void aRowShortOfTheHeadersCellsIsAWarning() {
      PageRead html = read("<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n<tr><td>1004</td><td>Reserved</td></tr>\n"
          + "<tr><td>1005</td><td></td><td>No status.</td></tr>\n</table>\n");
      assertEquals(List.of("1000", "1004", "1005"), ranges(html));
      assertEquals(List.of("4 warning CELLS_SHORT_OF_HEADER"), diagnostics(html));
      assertTrue(html.diagnostics().get(0).text().contains("2 cell(s) where the header has 3, so its description is empty"),
          html.diagnostics().get(0).text());
      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 1004 |\n| 1005 | | No status. |\n| 1006 | Abnormal | |\n");
      assertEquals(List.of("1000", "1004", "1005", "1006"), ranges(markdown));
      // a row that reaches the description column with nothing in it is said otherwise
      assertEquals(List.of("4 warning CELLS_SHORT_OF_HEADER", "6 warning DESCRIPTION_MISSING"), diagnostics(markdown));
    }

    /** Spans that make no sense count as one; spans past reason are cut short, in bounded time and space. */
    @Test
    void spansPastReason() {
      String wide = "<td colspan=\"2147483648\" rowspan=\"65535\">1</td>".repeat(2_000);
      PageRead document =
          read(
              "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
                  + "<tr><td>1000</td><td colspan=\"-3\" rowspan=\"x\">Normal Closure</td><td>Fine.</td></tr>\n"
                  + "<tr><td>1001</td><td>Going Away</td><td>Leaving.</td></tr>\n"
                  + "</table>\n<table><tr>" + wide + "</tr>\n" + "<tr><td>1</td><td>2</td></tr>\n".repeat(2_000)
                  + "</table>\n");
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals("Going Away", document.rows().get(1).name());
    }

    /** GitHub's tables need no pipe at either end of a row: the delimiter row under the header tells. */
    @Test
    void pipeTableWithoutOuterPipes() {
      PageRead document =
          read(
              """
              Close codes | are listed | below.

              Code | Name | Description
              :--- | :---: | ---:
              `1000` | Normal Closure | Fine.
              1001 | Going Away | Leaving, a \\| pipe.
              `1002` | Protocol Error | Bad frame. |
              ## After the table
              A line with 1003 | a pipe is prose.
              """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
      PageRow goingAway = document.rows().get(1);
      assertEquals("Going Away", goingAway.name());
      assertEquals("Leaving, a | pipe.", goingAway.description().plainText());
      assertEquals(6, goingAway.location().line());
      assertEquals("Bad frame.", document.rows().get(2).description().plainText());
    }

    /** Without a delimiter row, lines that hold pipes are prose, not a table. */
    @Test
    void linesWithPipesButNoDelimiterRowAreNoTable() {
      PageRead document = read("1000 | Normal Closure | Fine.\n1001 | Going Away | Leaving.\n");
      assertEquals(List.of("1 error NO_TABLE"), diagnostics(document));
    }

    @Test
    void twoColumnsWithHyphenRangesAndBareNumbers() {
      PageRead document =
          read(
              """
              | 狀態碼 | 說明 |
              | --- | --- |
              | 0-999 | 保留。 |
              | 1000 | 正常關閉。 |
              | 1007-1999 | 保留。 |
              """);
      assertEquals(List.of("0–999", "1000", "1007–1999"), ranges(document));
      assertEquals("", document.rows().get(1).name());
      assertEquals("正常關閉。", document.rows().get(1).description().plainText());
    }

    /**
     * A range's ends joined by any dash, the minus sign, or a tilde: {@code 〜} and {@code ～} are how
     * Japanese and Chinese write a range ({@code 3000〜4999} in the Japanese page's own prose). A
     * tilde before a lone number is no range that lost its start, but an error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58",
        "\uFE63", "\uFF0D", "~", "\u301C", "\uFF5E", " \u301C "})
    void aRangesEndsAreJoinedByAnyDashOrTilde(String mark) {
      PageRead document = read("| 状态码 | 描述 |\n| --- | --- |\n| 1000 | 正常。 |\n| 3000" + mark + "3999 | 库。 |\n");
      assertEquals(List.of("1000", "3000–3999"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
    }

    /**
     * A name cell of a dash or other marks without a letter or a digit says the code has no name,
     * as an empty cell does: the code is not called "—".
     */
    @ParameterizedTest
    @ValueSource(strings = {"—", "–", "-", "--", "―", "/", "…", "?", "&nbsp;", "**—**"})
    void aNameOfMarksAloneIsNoName(String mark) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | " + mark
          + " | Fine. |\n| 1001 | 1001 Going Away | Leaving. |\n");
      assertEquals(List.of("", "1001 Going Away"), document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of(), diagnostics(document));
    }

    @Test
    void aTildeBeforeALoneNumberIsNoRangeThatLostItsStart() {
      PageRead document = read("| Code | Description |\n| --- | --- |\n| 1000 | Fine. |\n| 〜1014 | Later. |\n");
      assertEquals(List.of("4 error NOT_A_CODE"), diagnostics(document));
    }

    @Test
    void picksTheTableWhoseRowsHoldCodesAmongSeveral() {
      PageRead document =
          read(
              """
              <table><tr><th>Feature</th><th>Chrome</th></tr><tr><td>Basic support</td><td>16</td></tr></table>
              <table>
              <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
              <tr><td>1001</td><td>Going away</td><td>Leaving.</td></tr>
              </table>
              <table><tr><th>Specification</th><th>Status</th></tr><tr><td>HTML</td><td>Living 2</td></tr></table>
              """);
      assertEquals(List.of("1000", "1001"), ranges(document));
    }

    @Test
    void misspelledTagNamesAreReadByTheTablesShape() {
      PageRead document =
          read(
              """
              <tabwe>
                <tw><td c-cwass="headew">status code</td><td>nom</td><td>descwiption</td></tw>
                <tw><td><code>1004</code></td><td></td><td><stwong>wésewvé.</stwong> futuw.</td></tw>
              </tabwe>
              """);
      assertEquals(List.of("1004"), ranges(document));
      assertTrue(document.rows().get(0).reserved());
      assertEquals(List.of("1 warning TAG_NAME_REPAIRED", "2 warning TAG_NAME_REPAIRED", "3 warning TAG_NAME_REPAIRED"),
          diagnostics(document));
    }

    /**
     * HTML ends a tag's name only at an ASCII space, {@code /} or {@code >}: a no-break space
     * after {@code td} (a word processor's, or {@code &nbsp;} made a character), an ideographic
     * space an input method typed, or a thin space, is part of the name, and so is a soft hyphen
     * or a zero-width space inside it. {@code <td class="header">} with U+00A0 after {@code td}
     * was a tag of no known name, whose {@code </td>} closed nothing, so the next cell was read
     * inside it: the header lost its middle column, each row's name was read as its description,
     * and 0–999, whose name cell is empty, was a code in use, all with a warning that the tag
     * had been read as {@code <td>}. Each such character is read as what it stands for (a space
     * between the name and the attributes, nothing inside a name of HTML's), with a warning that
     * names it; a quoted value keeps its own, a name no character makes one of HTML's is left as
     * written (a custom element's, read as a cell with the warning any such cell draws), and a
     * comment or a script is no part of the page's markup.
     */
    @Test
    void spacesAndInvisibleCharactersThatHtmlTakesIntoATagsNameAreReadAsMeant() {
      PageRead document = read("""
          <table>
          <tr><td class="header">Code</td><td\u00a0class="header">Name</td><td class="header">Description</td></tr>
          <tr><td>0–999</td><td></td><td>Reserved.</td></tr>
          <tr><td>1000</td><td\u3000title="a\u00a0b">Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td\u00a0class="y"\u2009colspan="1">Leaving.</td></tr>
          <tr><td>1002</td><t\u00add>Protocol Error</t\u00add><td>Broken.</td\u200b></tr>
          <tr><td>1003</td><x-\u200bcell>Unsupported Data</x-\u200bcell><td>Unreadable.</td></tr>
          </table>
          <!-- <td\u00a0class="old"> --><script>let cell = "<td\u00a0class='x'>";</script>
          """);
      assertEquals(List.of("0–999", "1000", "1001", "1002", "1003"), ranges(document));
      assertTrue(document.rows().get(0).reserved());
      assertEquals("Normal Closure", document.rows().get(1).name());
      assertEquals("Fine.", document.rows().get(1).description().plainText());
      assertEquals("Leaving.", document.rows().get(2).description().plainText());
      assertEquals("Protocol Error", document.rows().get(3).name());
      assertEquals("Broken.", document.rows().get(3).description().plainText());
      assertEquals(List.of("2 warning TAG_SPACING_REPAIRED", "4 warning TAG_SPACING_REPAIRED",
          "5 warning TAG_SPACING_REPAIRED", "6 warning INVISIBLE_CHARACTERS", "6 warning TAG_SPACING_REPAIRED",
          "6 warning TAG_SPACING_REPAIRED", "6 warning TAG_SPACING_REPAIRED", "7 warning TABLE_CELL_TAG_REPAIRED"),
          diagnostics(document));
      assertEquals("tag <td\u00a0class=\"header\"> holds U+00A0 (a space HTML does not count as one), which HTML"
          + " reads as part of a name, so that no browser knows the tag; read as <td class=\"header\">;"
          + " 1 use(s), from this line to line 2", document.diagnostics().get(0).text());
      assertEquals("tag <td\u3000title=\"a\u00a0b\"> holds U+3000 (a space HTML does not count as one), which HTML"
          + " reads as part of a name, so that no browser knows the tag; read as <td title=\"a\u00a0b\">;"
          + " 1 use(s), from this line to line 4", document.diagnostics().get(1).text());
      assertEquals("tag <td\u00a0class=\"y\"\u2009colspan=\"1\"> holds U+00A0 and U+2009 (spaces HTML does not"
          + " count as such), which HTML reads as part of a name, so that no browser knows the tag;"
          + " read as <td class=\"y\" colspan=\"1\">; 1 use(s), from this line to line 5",
          document.diagnostics().get(2).text());
      assertEquals("tag <t\\u00add> holds U+00AD SOFT HYPHEN, which HTML reads as part of a name, so that no"
          + " browser knows the tag; read as <td>; 1 use(s), from this line to line 6",
          document.diagnostics().get(4).text());
      assertEquals("tag </t\\u00add> holds U+00AD SOFT HYPHEN, which HTML reads as part of a name, so that no"
          + " browser knows the tag; read as </td>; 1 use(s), from this line to line 6",
          document.diagnostics().get(5).text());
      assertEquals("tag </td\\u200b> holds U+200B ZERO WIDTH SPACE, which HTML reads as part of a name, so that"
          + " no browser knows the tag; read as </td>; 1 use(s), from this line to line 6",
          document.diagnostics().get(6).text());

      // In a pipe table's cell too, where the warning had said so while the cell kept the tag as text;
      // a code span, which names a tag, keeps what it holds.
      PageRead pipes = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | <strong\u00a0class="m">Reserved.</strong> Not used. |
          | 1000 | Normal Closure | Ends with `<td\u00a0x>`. |
          | 1004 | | <strong>Reserved.</strong> Later. |
          """);
      assertEquals(List.of("0–999", "1004"), reservedRanges(pipes));
      assertEquals("Reserved. Not used.", pipes.rows().get(0).description().plainText());
      // (a code's spaces are read as spaces, so the span's own is asked of the mending itself)
      String cell = "Ends with `<td\u00a0x>` and <td\u00a0x>.";
      assertEquals("Ends with `<td~x>` and <td x>.",
          TagSpacing.mendedAsIn(cell, cell.replace("`<td\u00a0x>`", "`      `")).replace('\u00a0', '~'));
      assertEquals(List.of("3 warning TAG_SPACING_REPAIRED"), diagnostics(pipes));
    }

    /**
     * A row or a cell under a tag no HTML defines ({@code <tw>}, {@code <tf>}, too short to repair by
     * name) is read as a row or a cell by what it holds and where it stands, where a browser would
     * move it out of the table: a repair as much as {@code <tabwe>} read as {@code <table>}, but
     * nothing was said of it. One warning for each such tag, at its first use. Where the rows of
     * one tag were fewer, they were not read at all, with exit 0 and nothing said: one {@code <tw>}
     * among {@code <tr>}s lost its code, and {@code <tr>}s as many as {@code <tw>}s lost theirs and
     * the header. Rows of tags HTML defines ({@code <div>}), and custom elements, holding cells, are
     * read as written, with nothing said: a browser makes a row of their cells.
     */
    @Test
    void rowsAndCellsUnderUnknownTagsAreRepairsThatAreSaid() {
      PageRead oneMangled = read("""
          <table>
          <tr><th>Code</th><th>Name</th><tw>Description</tw></tr>
          <tw><td>1000</td><td>Normal</td><td>Fine.</td></tw>
          <tr><td>1001</td><td>Going away</td><td>Leaving.</td></tr>
          <tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(oneMangled));
      assertEquals(List.of("2 warning TAG_NAME_REPAIRED", "3 warning TAG_NAME_REPAIRED"), diagnostics(oneMangled));
      assertEquals("unknown tag <tw> read as <th>; 1 use(s), from this line to line 2",
          oneMangled.diagnostics().get(0).text());

      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tw><td>1000</td><td>Normal</td><td>Fine.</td></tw>
          <tr><td>1001</td><tf>Going away</tf><td>Leaving.</td></tr>
          <tw><td>1002</td><td>Protocol error</td><td>Broken.</td></tw>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals("Going away", document.rows().get(1).name());
      assertEquals(List.of("3 warning TAG_NAME_REPAIRED", "4 warning TAG_NAME_REPAIRED"), diagnostics(document));
      assertEquals("unknown tag <tw> read as <tr>; 2 use(s), from this line to line 5",
          document.diagnostics().get(0).text());
      assertEquals("unknown tag <tf> read as <td>; 1 use(s), from this line to line 4",
          document.diagnostics().get(1).text());

      PageRead known = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <x-row><td>1000</td><td>Normal</td><td>Fine.</td></x-row>
          <div><td>3000</td><td>Unauthorized</td><td>Not allowed.</td></div>
          </table>
          """);
      assertEquals(List.of("1000", "3000"), ranges(known));
      assertEquals(List.of(), diagnostics(known));
    }

    /**
     * A cell under a tag HTML defines for something else ({@code <dt>}, {@code <span>}), or a
     * custom element's, is none to a browser, which moves it out of the table, above it, as it does
     * a cell under a tag no HTML defines: each was read as a cell with nothing said, and so was a
     * row whose every cell is of an unknown tag ({@code <tb>}), since only such cells among
     * {@code <td>}s were told. Each is read as a cell, as meant, with a warning at its first use.
     */
    @Test
    void cellsUnderTagsThatMakeNoCellAreRepairsThatAreSaid() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><dt>1000</dt><dt>Normal</dt><dt>Fine.</dt></tr>
          <tr><td>1001</td><x-name>Going away</x-name><td>Leaving.</td></tr>
          <tr><tb>1002</tb><tb>Protocol error</tb><tb>Broken.</tb></tr>
          <tr><td>1003</td><td>Unsupported</td><span>Wrong type.</span></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(document));
      assertEquals(List.of("Normal", "Going away", "Protocol error", "Unsupported"),
          document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("3 warning TABLE_CELL_TAG_REPAIRED", "4 warning TABLE_CELL_TAG_REPAIRED",
          "5 warning TAG_NAME_REPAIRED", "6 warning TABLE_CELL_TAG_REPAIRED"), diagnostics(document));
      assertEquals("<dt> stands in a table's row where a cell does, but makes none to a browser, which moves it"
          + " out of the table, above it; it is read as a cell (<td>); 3 use(s), from this line to line 3",
          document.diagnostics().get(0).text());
      assertEquals("unknown tag <tb> read as <td>; 3 use(s), from this line to line 5",
          document.diagnostics().get(2).text());
      // among header cells, such a cell is read as one of them
      PageRead header = read("""
          <table>
          <tr><th>Code</th><span>Name</span><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          </table>
          """);
      assertEquals(List.of("Normal"), header.rows().stream().map(PageRow::name).toList());
      assertTrue(header.diagnostics().get(0).text().contains("read as a cell (<th>)"), header.diagnostics().toString());
    }

    /**
     * Tags damaged by one letter put for others ({@code <tabwe>}, {@code <stwong>}: w for l and r)
     * are repaired, but the words around them, damaged the same way, cannot be told back and were
     * read with nothing said, their damage carried into the generated Javadoc. Where the table's
     * text shows the letter the tags were given ten times as often as those it took the place of, a
     * warning at the table says so. Tags damaged on a clean page, and a page whose text is rich in
     * the letter with no tag to show a substitution, say nothing of it.
     */
    @Test
    void wordsDamagedAsTheTagsAreAreSaid() {
      String damaged = """
          <tabwe>
          <tw><td>Code</td><td>Name</td><td>Descwiption</td></tw>
          <tw><td>1000</td><td>Nowmaw</td><td>The connection cwosed nowmawwy; both sides agweed to it.</td></tw>
          <tw><td>1001</td><td>Going away</td><td>The sewvew is going away, ow the bwowsew weft the page.</td></tw>
          <tw><td>1002</td><td>Pwotocow ewwow</td><td>The othew end <stwong>bwoke</stwong> the pwotocow.</td></tw>
          <tw><td>1003</td><td>Unsuppowted data</td><td>Data of a type the endpoint cannot take was weceived.</td></tw>
          </tabwe>
          """;
      PageRead document = read(damaged);
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(document));
      List<String> said = diagnostics(document);
      assertTrue(said.contains("1 warning PAGE_WORDS_DAMAGED_LIKE_TAGS"), said.toString());
      Diagnostic damage = document.diagnostics().stream()
          .filter(d -> d.message() == Message.PAGE_WORDS_DAMAGED_LIKE_TAGS).findFirst().orElseThrow();
      assertTrue(damage.text().startsWith("the table's words look damaged as its tags are: <tabwe>, <tw> and"
          + " <stwong> write 'w' for 'l' and 'r', and the table's text holds 28 'w' to 0 'l' or 'r'"), damage.text());

      String cleanWords = damaged.replace("Descwiption", "Description").replace("cwosed nowmawwy; both sides agweed",
          "closed normally; both sides agreed").replace("sewvew", "server").replace(", ow the bwowsew weft",
          ", or the browser left").replace("othew end <stwong>bwoke</stwong> the pwotocow",
          "other end <stwong>broke</stwong> the protocol")
          .replace("weceived", "received").replace("Nowmaw", "Normal").replace("Pwotocow ewwow", "Protocol error")
          .replace("Unsuppowted", "Unsupported");
      assertEquals(List.of("1 warning TAG_NAME_REPAIRED", "2 warning TAG_NAME_REPAIRED", "5 warning TAG_NAME_REPAIRED"),
          diagnostics(read(cleanWords)));

      String cleanTags = damaged.replace("tabwe>", "table>").replace("tw>", "tr>").replace("stwong>", "strong>");
      assertEquals(List.of(), diagnostics(read(cleanTags)));
    }

    /**
     * The words that say a code is reserved are damaged as the tags are: {@code Wesewved.} and
     * {@code Fow definition by futuwe wevisions} were read as codes in use, on a page whose
     * {@code <tabwe>} shows that a filter wrote w for l and r (every English property page of the
     * corpus so damaged read 1016–2999 as usable, every German one 0–999). Where the tags show
     * such a substitution, the words are compared as it leaves them, in the text and in the words
     * closecodes knows alike: the rows read as the same table whole does. Words other letters
     * damaged, which the tags do not show, are still read as written.
     */
    @Test
    void wordsForReservedAreKnownAsTheLetterTheTagsShowLeavesThem() {
      String damaged = """
          <tabwe>
          <tw><td>Code</td><td>Name</td><td>Descwiption</td></tw>
          <tw><td>0–999</td><td></td><td>Wesewved and not used.</td></tw>
          <tw><td>1000</td><td>Nowmaw cwosuwe</td><td>The connection cwosed nowmawwy; both sides agweed to it.</td></tw>
          <tw><td>1001</td><td>Going away</td><td>The sewvew is going away, ow the bwowsew weft the page.</td></tw>
          <tw><td>1004</td><td></td><td>Wesewved. A meaning might be defined in the futuwe.</td></tw>
          <tw><td>1005</td><td>No status weceived</td><td>Used when no status code was weceived.</td></tw>
          <tw><td>1016–2999</td><td></td><td>Fow definition by futuwe wevisions of the WebSocket pwotocow.</td></tw>
          <tw><td>3000–3999</td><td></td><td>Fow wibwawies and fwamewowks; appwications must not use them.</td></tw>
          </tabwe>
          """;
      PageRead document = read(damaged);
      assertEquals(List.of("0–999", "1004", "1016–2999"), reservedRanges(document));
      assertEquals(List.of("1 warning TAG_NAME_REPAIRED", "1 warning PAGE_WORDS_DAMAGED_LIKE_TAGS",
          "2 warning TAG_NAME_REPAIRED"), diagnostics(document));

      String whole = damaged.replace("tabwe>", "table>").replace("tw>", "tr>").replace("Wesewved", "Reserved")
          .replace("Fow definition by futuwe wevisions of the WebSocket pwotocow",
              "For definition by future revisions of the WebSocket protocol");
      assertEquals(reservedRanges(read(whole)), reservedRanges(document));

      // Other letters put for others, which no tag shows: read as written.
      PageRead unshown = read(damaged.replace("Wesewved and not used", "Zeserved and not used"));
      assertEquals(List.of("1004", "1016–2999"), reservedRanges(unshown));
    }

    /**
     * The filter that damaged the received page did more than put w for l and r: it repeats a
     * word's first letter before it ({@code w-we}, {@code c-cwass}) and writes ny for n before a
     * vowel ({@code nyowmawe}). {@code N-nyot used.} and {@code R-reserved.} were read as codes in
     * use, the first word being a lone letter. No page of the corpus repeats a first letter so, or
     * writes ny before a vowel, so where a table's lines repeat first letters three times or more,
     * the words that say reserved are read without the repeats, and with n for each ny before a
     * vowel; a warning at the table says so. A word with a
     * letter before a hyphen ({@code e-mail}, {@code X-ray}) is no repeat, and two repeats say
     * nothing.
     */
    @Test
    void wordsForReservedAreReadWithoutTheRepeatedLettersAFilterPutBeforeThem() {
      String damaged = """
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | N-nyot used. |
          | 1000 | Nyormal closure | The c-connection closed n-nyormally. |
          | 1001 | Going away | The s-server is going away, or the browser left the page. |
          | 1004 | | R-reserved. A meaning might be d-defined in the future. |
          | 1005 | No status received | Nyo status code was received; it is n-nyever sent. |
          | 1016–2999 | | For definition by future revisions. |
          | 3000–3999 | | For libraries and frameworks. |
          """;
      PageRead document = read(damaged);
      assertEquals(List.of("0–999", "1004", "1016–2999"), reservedRanges(document));
      assertEquals(List.of("1 warning FILTERED_WORDS_REPAIRED"), diagnostics(document));
      assertEquals("the table's words show what a filter that mangles text does: a word's first letter repeated"
          + " before it 7 time(s) ('N-nyot', 'c-connection', 'n-nyormally', …) and 'ny' put for 'n' before a"
          + " vowel 5 time(s) ('nyot', 'Nyormal', 'nyormally', …); the words that say a code is reserved are read"
          + " without them, and generated code carries the words as written: a clean copy of the page mends them",
          document.diagnostics().get(0).text());

      // Once the repeats show the filter, one 'ny' before a vowel is read as its 'n' too.
      PageRead oneNy = read(damaged.replace("Nyormal", "Normal").replace("n-nyormally", "n-normally")
          .replace("Nyo status", "No status").replace("n-nyever", "n-never"));
      assertEquals(List.of("0–999", "1004", "1016–2999"), reservedRanges(oneNy));
      assertTrue(oneNy.diagnostics().get(0).text().contains(" and 'ny' put for 'n' before a vowel 1 time(s) ('nyot')"),
          oneNy.diagnostics().get(0).text());

      // Without the repeats, 'ny' alone is a language's own (Indonesian writes it often): read as written, and
      // 'Nyot used.' a typo away from saying not for use, as any one character more would make it.
      PageRead nyOnly = read(damaged.replace("N-nyot", "Nyot").replace("c-connection", "connection")
          .replace("s-server", "server").replace("R-reserved", "Reserved").replace("d-defined", "defined")
          .replace("n-nyormally", "nyormally").replace("n-nyever", "nyever"));
      assertEquals(List.of("1004", "1016–2999"), reservedRanges(nyOnly));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY"), diagnostics(nyOnly));

      // Letters before hyphens that are no repeats, and two repeats, say nothing.
      PageRead few = read(damaged.replace("N-nyot", "Not").replace("c-connection", "e-mail connection")
          .replace("s-server", "X-ray server").replace("d-defined", "defined").replace("n-nyever", "never"));
      assertEquals(List.of("0–999", "1016–2999"), reservedRanges(few));
      assertEquals(List.of(), diagnostics(few));
    }

    /**
     * The same filter's marks on a header: {@code nyame} and {@code n-nyom} named no column, and
     * the page's names were left unread, with a warning. Where the table's cells show the filter
     * (first letters repeated three times or more), a header that names nothing known is read
     * without its marks, with a warning that gives both; a header so written in a table whose cells
     * do not show the filter is left unread, as before.
     */
    @Test
    void aHeaderIsReadWithoutTheMarksOfAFilterTheTableShows() {
      String damaged = """
          | Code | N-nyame | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | The c-connection closed normally. |
          | 1001 | Going away | The s-server is going away. |
          | 1002 | Protocol error | The endpoint b-broke the protocol. |
          """;
      PageRead document = read(damaged);
      assertEquals(List.of("Normal closure", "Going away", "Protocol error"),
          document.rows().stream().map(row -> row.name()).toList());
      assertEquals(List.of("1 warning HEADER_FILTER_MARKS_REPAIRED", "1 warning FILTERED_WORDS_REPAIRED"),
          diagnostics(document));
      assertEquals("column 2, headed 'N-nyame', is read as the name: the table's words show what a filter that"
          + " mangles text does, and without its marks the header reads 'name'",
          document.diagnostics().get(0).text());

      PageRead french = read(damaged.replace("N-nyame", "nyom"));
      assertEquals(List.of("Normal closure", "Going away", "Protocol error"),
          french.rows().stream().map(row -> row.name()).toList());

      PageRead unshown = read(damaged.replace("c-connection", "connection").replace("s-server", "server")
          .replace("b-broke", "broke"));
      assertEquals(List.of("", "", ""), unshown.rows().stream().map(row -> row.name()).toList());
      assertEquals(List.of("1 warning COLUMN_UNREAD"), diagnostics(unshown));
    }

    /**
     * A description that opens with a word a letter or two from the word for reserved
     * ({@code Wesewved.}: w for r, in a pipe table with no tag to show the filter) was read as a
     * code in use, with nothing said. It still is, for the word may be another ({@code Preserved},
     * {@code Reversed}), but a warning at the row names both words; a row the page marks reserved,
     * whose mark the damaged word agrees with, says nothing of it.
     */
    @Test
    void aWordALetterOrTwoFromTheWordForReservedIsSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | Wesewved. A meaning might be defined later. |
          | 1005 | | Reserved. Never sent. |
          """);
      assertEquals(List.of("1005"), reservedRanges(document));
      assertEquals(List.of("4 warning RESERVED_WORD_NEARLY"), diagnostics(document));
      assertEquals("this row's description opens with 'Wesewved', a letter or two from 'reserved', the word for"
          + " reserved; the row is read as a code in use, for nothing else on it says reserved: if the word was"
          + " damaged, a clean copy of the page mends it", document.diagnostics().get(0).text());

      PageRead marked = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | **Wesewved.** A meaning might be defined later. |
          | 1005 | | **Reserved.** Never sent. |
          """);
      assertEquals(List.of("1004", "1005"), reservedRanges(marked));
      assertEquals(List.of(), diagnostics(marked));
    }

    /**
     * A typo in the words that say a code is not for use without the word for reserved (two letters
     * swapped, one dropped, added or struck wrong) made the row a code in use, with nothing said:
     * {@code Not uesd.} for 0–999 on the English property page, {@code Nicht verwnedet.} on the
     * German, {@code For definition by fuutre revisions} for 1016–2999. The row is still read as in
     * use, for the words may mean something else, but a warning at the row names the word and the
     * one it is a typo from; a row the page marks reserved agrees with its mark and says nothing, and
     * words two typos away, or a word no typo away from another that says so, say nothing. The typo
     * may stand in any word of the words ({@code Nciht verwendet}); more words than theirs are no
     * typo of them ({@code Not used at all}).
     */
    @Test
    void wordsATypoFromSayingNotForUseAreSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | Not uesd. |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | Nicht verwnedet. |
          | 1016–2999 | | For definition by fuutre revisions of the protocol. |
          | 3000–3999 | | For definition by frameworks. |
          | 4000–4999 | | Now used by applications. |
          | 5000 | | Not seud. |
          | 5001 | | Nciht verwendet. |
          | 5002 | | Not used at all. |
          """);
      assertEquals(List.of(), reservedRanges(document));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY",
          "6 warning NOT_IN_USE_WORDS_NEARLY", "10 warning NOT_IN_USE_WORDS_NEARLY"), diagnostics(document));
      assertEquals("this row's description says 'uesd', a typo away from 'used', with which its words would say"
          + " the code is not for use ('not used'); the row is read as a code in use, for nothing else on it says"
          + " so: if the word was mistyped or damaged, mending it reads the row as reserved",
          document.diagnostics().get(0).text());
      assertEquals("this row's description says 'verwnedet', a typo away from 'verwendet', with which its words"
          + " would say the code is not for use ('nicht verwendet'); the row is read as a code in use, for"
          + " nothing else on it says so: if the word was mistyped or damaged, mending it reads the row as reserved",
          document.diagnostics().get(1).text());
      assertEquals("this row's description says 'fuutre', a typo away from 'future', with which its words would"
          + " say the code is not for use (left for later definition); the row is read as a code in use, for"
          + " nothing else on it says so: if the word was mistyped or damaged, mending it reads the row as reserved",
          document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(3).text().startsWith("this row's description says 'nciht', a typo away"
          + " from 'nicht'"), document.diagnostics().get(3).text());

      PageRead marked = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | **Not uesd.** |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | **Reserved.** |
          """);
      assertEquals(List.of("0–999", "1004"), reservedRanges(marked));
      assertEquals(List.of(), diagnostics(marked));
    }

    /**
     * A stray character inside a word of those that say a code is not for use splits it in two to
     * the words read ({@code N"ot used.}, {@code Nicht verw*endet.}, {@code For definition by
     * fu_ture revisions}, or {@code f*ture}, where it took a letter's place), and a lost space runs two together ({@code Notused.},
     * {@code Nichtverwendet.}): each made the row a code in use with nothing said, as a typo did. The
     * row is still read as in use, with the warning a typo gives; a word split or run together in
     * other words ({@code Not u sed by browsers.}) says nothing. So with the word for reserved
     * ({@code Res"erved.}, {@code Reser ved.}), and with such a character between the signs of a
     * language written without spaces ({@code 未"使用。}, {@code 今*後}).
     */
    @Test
    void wordsSplitOrRunTogetherFromSayingNotForUseAreSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | N"ot used. |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | Nicht verw*endet. |
          | 1016–2999 | | For definition by fu_ture revisions of the protocol. |
          | 3000–3999 | | Notused. |
          | 4000–4999 | | Nichtverwendet. |
          | 5000 | | Not u sed by browsers. |
          | 5001 | | Res"erved. Never sent. |
          | 5002 | | Reser ved. |
          | 5003 | | For definition by f*ture revisions. |
          """);
      assertEquals(List.of(), reservedRanges(document));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY",
          "6 warning NOT_IN_USE_WORDS_NEARLY", "7 warning NOT_IN_USE_WORDS_NEARLY",
          "8 warning NOT_IN_USE_WORDS_NEARLY", "10 warning RESERVED_WORD_NEARLY", "11 warning RESERVED_WORD_NEARLY",
          "12 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(document));
      assertTrue(document.diagnostics().get(5).text().startsWith("this row's description opens with 'Res\"erved',"
          + " a letter or two from 'reserved'"), document.diagnostics().get(5).text());

      PageRead japanese = read("""
          | コード | 名前 | 説明 |
          | --- | --- | --- |
          | 0–999 | | 未"使用。 |
          | 1000 | 通常のクローズ | 接続は正常に終了しました。 |
          | 1016–2999 | | WebSocket プロトコル仕様の今*後の改訂による定義用。 |
          | 3000–3999 | | ライブラリー、フレームワーク用。 |
          """);
      assertEquals(List.of(), reservedRanges(japanese));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(japanese));
      assertTrue(japanese.diagnostics().get(0).text().startsWith("this row's description says '未 使用', a typo"
          + " away from '未使用'"), japanese.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(0).text().startsWith("this row's description says 'n ot used', a typo"
          + " away from 'not used'"), document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(2).text().startsWith("this row's description says 'fu ture', a typo"
          + " away from 'future'"), document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(4).text().startsWith("this row's description says 'nichtverwendet', a"
          + " typo away from 'nicht verwendet'"), document.diagnostics().get(4).text());
    }

    /**
     * Letters and digits of full width, as a Chinese or Japanese keyboard writes them, are the
     * words they show: {@code Ｎｏｔ ｕｓｅｄ．} says the code is not for use, and a full-width digit
     * in a letter's place ({@code N０t used.}, {@code Not０used.}) is a typo of {@code not used},
     * which had made 0–999 a range in use with nothing said, where {@code N0t used.} was told.
     */
    @Test
    void fullWidthLettersAndDigitsAreTheWordsTheyShow() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | Ｎｏｔ ｕｓｅｄ． |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | N０t used. |
          | 1005 | | Not０used. |
          """);
      assertEquals(List.of("0–999"), reservedRanges(document));
      assertEquals(List.of("5 warning NOT_IN_USE_WORDS_NEARLY", "6 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().startsWith("this row's description says 'n0t used', a typo"
          + " away from 'not used'"), document.diagnostics().get(0).text());
    }

    /**
     * A sentence of a few words that says a code is not for use, one character off as a whole
     * ({@code Nxt used.}, {@code No used.}, {@code 1ot used.}, {@code N t used.}, {@code Not1used.},
     * {@code Not u ed.}), made the row a code in use with nothing said, where the word it is in has
     * three letters or a space took a letter's place: a typo of {@code not} alone may be a word of its own
     * ({@code now}), but the sentence as a whole is none; so the signs of {@code 未使用} but for one, and a
     * word for the future split past its fourth letter ({@code zukü ftige}). The row is still read as in
     * use, with the warning a typo gives; a longer sentence ({@code Now used by browsers.}) says nothing.
     */
    @Test
    void aShortSentenceOneCharacterFromSayingNotForUseIsSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | Nxt used. |
          | 1000 | Normal closure | The connection closed normally. |
          | 1004 | | No used. |
          | 1005 | | 1ot used. |
          | 1006 | | N t used. |
          | 1016–2999 | | Not1used. |
          | 3000–3999 | | Not u ed. |
          | 4000–4999 | | Now used by browsers. |
          """);
      assertEquals(List.of(), reservedRanges(document));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY",
          "6 warning NOT_IN_USE_WORDS_NEARLY", "7 warning NOT_IN_USE_WORDS_NEARLY",
          "8 warning NOT_IN_USE_WORDS_NEARLY", "9 warning NOT_IN_USE_WORDS_NEARLY"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().startsWith("this row's description says 'nxt used', a typo"
          + " away from 'not used'"), document.diagnostics().get(0).text());

      // So in a language written without spaces: the phrase's signs but for one, as the whole sentence
      PageRead japanese = read("""
          | コード | 名前 | 説明 |
          | --- | --- | --- |
          | 0–999 | | 未x用。 |
          | 1000 | 通常のクローズ | 接続は正常に終了しました。 |
          | 1004 | | 未 用。 |
          | 1005 | | 未使用x |
          | 3000–3999 | | ライブラリー、フレームワーク用。 |
          """);
      assertEquals(List.of(), reservedRanges(japanese));
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY",
          "6 warning NOT_IN_USE_WORDS_NEARLY"), diagnostics(japanese));

      // and a word for the future that a stray character split past its fourth letter
      PageRead german = read("""
          | Code | Name | Beschreibung |
          | --- | --- | --- |
          | 1000 | Normal | Die Verbindung wurde normal geschlossen. |
          | 1016–2999 | | Zur Definition durch zukü ftige Revisionen. |
          | 3000–3999 | | Zur Definition durch futu-re Revisionen. |
          """);
      assertEquals(List.of(), reservedRanges(german));
      assertEquals(List.of("4 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(german));
    }

    /**
     * A lost space ran the word for the future into the word before it ({@code byfuture}), or a
     * character took that space's place ({@code durchxzukünftige}), and 1016–2999 was read as codes
     * in use with nothing said; so with a word for definition one typo off ({@code dfinition},
     * {@code đ nh nghĩa}) beside a word for the future. The row is still read as in use, with the
     * warning a typo gives; a description without a word for definition ({@code For nonfuture use.},
     * {@code For refinement by future revisions.}, {@code Undefined, for future use.}) says nothing.
     */
    @Test
    void aWordForTheFutureRunIntoTheWordBeforeItIsSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | The connection closed normally. |
          | 1016–2999 | | For definition byfuture revisions of the protocol. |
          | 3000–3999 | | Zur Definition durchxzukünftige Revisionen. |
          | 4000–4999 | | For nonfuture use. |
          """);
      assertEquals(List.of(), reservedRanges(document));
      assertEquals(List.of("4 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().startsWith("this row's description says 'byfuture', a typo"
          + " away from 'by future'"), document.diagnostics().get(0).text());

      // and the word for definition one typo off beside a word for the future, in words of seven letters or more
      PageRead definition = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | The connection closed normally. |
          | 1016–2999 | | For dfinition by future revisions of the protocol. |
          | 3000–3999 | | Dành cho việc đ nh nghĩa bởi các bản sửa đổi trong tương lai. |
          | 4000–4999 | | For refinement by future revisions. |
          | 5000 | | Undefined, for future use. |
          """);
      assertEquals(List.of(), reservedRanges(definition));
      assertEquals(List.of("4 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY"),
          diagnostics(definition));
      assertTrue(definition.diagnostics().get(0).text().startsWith("this row's description says 'dfinition', a typo"
          + " away from 'definition'"), definition.diagnostics().get(0).text());

      // and words of two that say the future or definition, in Vietnamese: one typo off, or run into the word before
      PageRead vietnamese = read("""
          | Mã | Tên | Mô tả |
          | --- | --- | --- |
          | 1000 | Đóng bình thường | Kết nối đã đóng bình thường. |
          | 1016–1999 | | Dành cho việc định nghĩa bởi các bản sửa đổi trong tư ng lai của đặc tả. |
          | 2000–2999 | | Dành cho việc định nghĩa bởi các bản sửa đổi trongxtương lai của đặc tả. |
          | 3000–3999 | | Dành cho việcxđịnh nghĩa bởi các bản sửa đổi trong tương lai của đặc tả. |
          """);
      assertEquals(List.of(), reservedRanges(vietnamese));
      assertEquals(List.of("4 warning NOT_IN_USE_WORDS_NEARLY", "5 warning NOT_IN_USE_WORDS_NEARLY",
          "6 warning NOT_IN_USE_WORDS_NEARLY"), diagnostics(vietnamese));
    }

    /**
     * A pipe table has no tag to show the filter's w for l and r, and its rows were read as codes in
     * use: {@code Wesewved and not used.}, {@code Fow definition by futuwe wevisions}. The word for
     * reserved shows it as a tag does: {@code wesewved} is {@code reserved} with w put for r twice.
     * Where the table's text then holds w ten times as often as r, its words that say reserved
     * are read as that substitution leaves them, with a warning that quotes the word; a word that
     * differs from the word for reserved otherwise ({@code Reversed}, {@code Deserved}: a letter
     * that text holds often) shows nothing.
     */
    @Test
    void aWordForReservedShowsALetterPutForOthersWhereNoTagDoes() {
      String damaged = """
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | Wesewved and not used. |
          | 1000 | Nowmaw cwosuwe | The connection cwosed nowmawwy; both sides agweed to it. |
          | 1001 | Going away | The sewvew is going away, ow the bwowsew weft the page. |
          | 1004 | | Wesewved. A meaning might be defined in the futuwe. |
          | 1016–2999 | | Fow definition by futuwe wevisions of the pwotocow. |
          | 3000–3999 | | Fow wibwawies and fwamewowks. |
          """;
      PageRead document = read(damaged);
      assertEquals(List.of("0–999", "1004", "1016–2999"), reservedRanges(document));
      assertEquals(List.of("1 warning PAGE_WORDS_DAMAGED_LIKE_A_WORD"), diagnostics(document));
      assertEquals("the table's words look damaged as 'Wesewved' is, which writes 'w' for 'r' in the word for"
          + " reserved, and the table's text holds 35 'w' to 0 'r'; a word cannot be told back from such damage,"
          + " so the words that say a code is reserved are known as the damage leaves them, and generated code"
          + " carries the words as written: a clean copy of the page mends them",
          document.diagnostics().get(0).text());

      String clean = """
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal closure | Reversed roles: the server closed it. |
          | 1001 | Going away | Deserved, for the browser left the page. |
          | 1004 | | Reserved. A meaning might be defined in the future. |
          """;
      assertEquals(List.of("1004"), reservedRanges(read(clean)));
      // each a letter or two from the word, and said so, but neither shows a letter put for others
      assertEquals(List.of("3 warning RESERVED_WORD_NEARLY", "4 warning RESERVED_WORD_NEARLY"),
          diagnostics(read(clean)));
    }

    static List<String> reservedRanges(PageRead document) {
      return document.rows().stream().filter(row -> row.reserved()).map(row -> row.range().toString()).toList();
    }

    /** Names of any case or letters are weighed without failing, as the reader reads any page. */
    @Test
    void damagedWordsAreWeighedFromNamesOfAnyCase() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Nowmaw | Wow, wow, wow, wow, wow, wow, wow, wow, wow, wow. |
          """);
      for (String written : List.of("TABWE", "tabİe", "İİİİİ", "", "w")) {
        dev.closecodes.diagnostics.Diagnostics said = new dev.closecodes.diagnostics.Diagnostics();
        StringBuilder words = new StringBuilder();
        for (PageRow row : document.rows()) {
          words.append(row.name()).append('\n').append(row.description().plainText()).append('\n');
        }
        WordDamage.find(List.of(new Markup.Repair(written, "table", 1, Markup.Kind.TAG_NAME)), words)
            .report(new dev.closecodes.diagnostics.SourceLocation("page.md", 1), said);
        assertEquals(written.equals("TABWE") ? 1 : 0, said.all().size(), written);
      }
    }

    /**
     * A page cut short ends inside its table: the last row's description lost its end
     * ({@code For private use, and}) and was read as whole, with exit 0 and nothing said. Where the
     * page ends in the table's last row, an HTML table never closed or a pipe table's row without
     * the closing {@code |} its header has, a warning at that row says so. A table that ends whole,
     * with or without a line break after it, says nothing, and so does one closed on its last row's
     * line (the first version looked for {@code </table>} only on the lines after it).
     *
     * <p>An HTML table is cut short as much where the cut fell at a line's end: the page had ended
     * after a row's end tag, its later rows lost, or after a line of a cell's words, with exit 0 and
     * nothing said, as only a page without a line break at its end was taken to be cut. A pipe
     * table has no mark that ends it, so a page that ends in one with a line break ends whole. An end
     * tag whose name the page's damage mangled ({@code </tabwe>}) closes the table as {@code </table>}
     * does.
     */
    @Test
    void aPageCutShortInsideItsTableIsSaid() {
      String html = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
          + "<tr><td>4000</td><td>Private</td><td>\n  For private use, and";
      PageRead cut = read(html);
      assertEquals(List.of("1000", "4000"), ranges(cut));
      assertEquals("For private use, and", cut.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning PAGE_ENDS_INSIDE_TABLE"), diagnostics(cut));
      assertEquals("the page ends inside the close-code table, at its last row, with no line break after it and"
          + " no </table>: a page cut short ends so, and the row's last cell may have lost words, or rows after it"
          + " may be lost; it is read as far as it goes", cut.diagnostics().get(0).text());
      for (String atALinesEnd : List.of(html + "\n", html + " nothing else.</td></tr>\n", html + "\n</td></tr>\n\n")) {
        PageRead cutAtALinesEnd = read(atALinesEnd);
        assertEquals(List.of("1000", "4000"), ranges(cutAtALinesEnd));
        assertEquals(List.of("4 warning PAGE_ENDS_INSIDE_TABLE"), diagnostics(cutAtALinesEnd), atALinesEnd);
        assertTrue(cutAtALinesEnd.diagnostics().get(0).text().startsWith(
            "the page ends inside the close-code table, at its last row, with no </table>: a page cut short"),
            cutAtALinesEnd.diagnostics().get(0).text());
      }
      // closed by an end tag whose name the page's damage mangled, as its other tags are
      String damaged = html.replace("table>", "tabwe>").replace("tr>", "tw>");
      assertEquals(List.of("1000", "4000"), ranges(read(damaged + " nothing else.</td></tw>\n</tabwe>\n")));
      assertFalse(diagnostics(read(damaged + " nothing else.</td></tw>\n</tabwe>\n")).contains(
          "4 warning PAGE_ENDS_INSIDE_TABLE"));
      assertFalse(diagnostics(read(damaged + " nothing else.</td></tw>\n</tabwe>")).contains(
          "4 warning PAGE_ENDS_INSIDE_TABLE"));
      assertTrue(diagnostics(read(damaged + " nothing else.</td></tw>\n")).contains(
          "4 warning PAGE_ENDS_INSIDE_TABLE"));
      assertEquals(List.of(), diagnostics(read(html + " nothing else.</td></tr>\n</table>")));
      assertEquals(List.of(), diagnostics(read(html + " nothing else.</td></tr>\n</table>\n")));
      // the table closed on the page's last line, its last row's, without a line break after it
      assertEquals(List.of(), diagnostics(read(html + " nothing else.</td></tr></table>")));
      assertEquals(List.of(), diagnostics(read(html.replace("\n", "") + " nothing else.</td></tr></table>")));

      String pipes = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 4000 | Private | For private use, and";
      PageRead cutPipes = read(pipes);
      assertEquals(List.of("1000", "4000"), ranges(cutPipes));
      assertEquals(List.of("4 warning PAGE_ENDS_INSIDE_TABLE"), diagnostics(cutPipes));
      assertTrue(cutPipes.diagnostics().get(0).text().contains("with no line break after it and no closing '|'"),
          cutPipes.diagnostics().get(0).text());
      assertEquals(List.of(), diagnostics(read(pipes + " nothing else. |")));
      assertEquals(List.of(), diagnostics(read(pipes + " nothing else. |\n")));
      assertEquals(List.of(), diagnostics(read(pipes + " nothing else.\n")));
      assertEquals(List.of(), diagnostics(read(pipes.replace(" |\n", "\n") + " nothing else.")));
    }

    /**
     * A pipe table has no mark that ends it, so a page cut at a line's end inside one was read with
     * exit 0 and nothing said, its later rows lost. An MDN page, as its front matter makes it (a
     * {@code slug}), goes on past its close-code table, to the specifications and the browsers'
     * support: one that ends with the table, nothing after its last row, was cut short, and a warning
     * at the row says so. A page without that front matter may end with its table; one that goes on
     * past it ends whole.
     */
    @Test
    void anMdnPageThatEndsWithItsPipeTableIsSaidToBeCutShort() {
      String frontMatter = "---\ntitle: \"CloseEvent: code property\"\nslug: Web/API/CloseEvent/code\n---\n\n";
      String pipes = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 4000 | Private | For private use. |\n";
      for (String ending : List.of("", "\n", "  \n\n")) {
        PageRead cut = read(frontMatter + pipes + ending);
        assertEquals(List.of("1000", "4000"), ranges(cut));
        assertEquals(List.of("9 warning PAGE_ENDS_INSIDE_TABLE"), diagnostics(cut), ending);
        assertEquals("the page ends inside the close-code table, at its last row, with nothing after it, where an"
            + " MDN page, as its front matter makes this one, goes on past its table: a page cut short ends so, and"
            + " the row's last cell may have lost words, or rows after it may be lost; it is read as far as it goes",
            cut.diagnostics().get(0).text());
      }
      assertEquals(List.of(), diagnostics(read(frontMatter + pipes + "\n## Specifications\n\n{{Specifications}}\n")));
      assertEquals(List.of(), diagnostics(read(frontMatter.replace("slug: Web/API/CloseEvent/code\n", "") + pipes)));
      assertEquals(List.of(), diagnostics(read(pipes)));
      // an HTML table closed at the page's end ends whole: its end tag says so
      String html = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n</table>\n";
      assertEquals(List.of(), diagnostics(read(frontMatter + html)));
    }

    /**
     * A table whose markup was escaped, once or twice ({@code &lt;td&gt;}, {@code &amp;lt;td&amp;gt;}),
     * as a tool that escapes text already escaped leaves it: a browser shows its tags as text. It is
     * read as the table its tags make, with a warning at the table; it had given "no close-code
     * table found" at line 1. A page whose table is shown, and whose words name an escaped tag, is
     * read as it was.
     */
    @Test
    void aTableWhoseMarkupWasEscapedIsReadWithAWarning() {
      String table = """
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td><code>1000</code></td><td>Normal</td><td>Fine &amp; done.</td></tr>
          <tr><td><code>1001</code></td><td>Going away</td><td>Gone.</td></tr>
          </table>
          """;
      String once = table.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      for (String escaped : List.of(once, once.replace("&", "&amp;"))) {
        PageRead document = read("The codes:\n\n" + escaped);
        assertEquals(List.of("1000", "1001"), ranges(document));
        assertEquals("Fine & done.", document.rows().get(0).description().plainText());
        assertEquals(List.of("3 warning TABLE_ESCAPED_READ"), diagnostics(document));
        assertEquals("this table's markup is escaped ('" + escaped.substring(0, escaped.indexOf("table"))
            + "table' for '<table'), so a browser shows its tags as text, not a table; it is read as the table its"
            + " tags make all the same; write its tags unescaped", document.diagnostics().get(0).text());
      }
      PageRead shown = read("A table is written `&lt;table&gt;` here, &lt;table&gt; there.\n\n" + table);
      assertEquals(List.of("1000", "1001"), ranges(shown));
      assertEquals(List.of(), diagnostics(shown));
    }

    /**
     * A pipe table copied from a rendered page or a word processor is laid out with no-break spaces
     * (or the ideographic space), which Markdown does not read as spaces: its delimiter row is none,
     * and a line that opens with one opens with no pipe, so a Markdown reader shows text. Read as
     * spaces, with one warning: the table had been read with a warning of no delimiter row and
     * another that took the delimiter row for a caption, or, its lines opening with one, not found.
     * No-break spaces in the cells' words (French puts one before {@code ;}) say nothing.
     */
    @Test
    void aPipeTableLaidOutWithNoBreakSpacesIsReadWithOneWarning() {
      String table = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 1001 | Going away | Gone. |\n";
      for (String space : List.of("\u00A0", "\u3000")) {
        // every space one (the delimiter row, line 4, is none), or one before each line's first pipe
        Map<String, String> warned = Map.of(table.replace(" ", space), "4 warning PIPE_TABLE_SPACES_REPAIRED",
            space + table.replace("\n|", "\n" + space + "|"), "3 warning PIPE_TABLE_SPACES_REPAIRED");
        for (Map.Entry<String, String> page : warned.entrySet()) {
          PageRead document = read("The codes:\n\n" + page.getKey());
          assertEquals(List.of("1000", "1001"), ranges(document), page.getKey());
          assertEquals("Going away", document.rows().get(1).name(), page.getKey());
          assertEquals(List.of(page.getValue()), diagnostics(document), page.getKey());
        }
      }
      PageRead leading = read("The codes:\n\n\u00A0" + table.replace("\n|", "\n\u00A0|"));
      assertEquals("page.md:3: warning: 4 line(s) of pipes are laid out with U+00A0, a space Markdown does not read"
          + " as one, so a Markdown reader shows no table here, only text; it is read as a space, from this line to"
          + " line 6", leading.diagnostics().get(0).toString());
      PageRead french = read("The codes:\n\n" + table.replace("Fine.", "Fermée\u00A0; bien\u00A0!"));
      assertEquals("Fermée ; bien !", french.rows().get(0).description().plainText());
      assertEquals(List.of(), diagnostics(french));
    }

    /**
     * A long table repeats its header among its rows, as cells of either kind: a row that says,
     * cell for cell, what the header row says is the header again, passed over as a repeated
     * header of {@code <th>} cells is. Written in {@code <td>} cells, or in a pipe table, it had
     * been an error that called {@code Code} no close code.
     */
    @Test
    void aRowThatRepeatsTheHeaderIsTheHeaderAgain() {
      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>Code</td><td>Name</td><td>Description</td></tr>
          <tr><td>1001</td><td>Going away</td><td>Gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(html));
      assertEquals(List.of(), diagnostics(html));
      PageRead pipes = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | **Code** | **Name** | **Description** |
          | 1001 | Going away | Gone. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(pipes));
      assertEquals(List.of(), diagnostics(pipes));
      // a row that says other words is still read, and its code cell is still an error
      PageRead other = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | Code | Name | Another description |
          """);
      assertEquals(List.of("4 error NOT_A_CODE"), diagnostics(other));
    }

    /**
     * A slash before a table tag's {@code >} closes nothing in HTML ({@code <td/>} opens a cell as
     * {@code <td>} does; only void elements and what SVG or MathML holds close themselves so): read
     * as an empty cell, the name written after it fell out of every cell, with exit 0 and nothing
     * said.
     */
    @Test
    void aSlashEndsNoTableTag() {
      PageRead document = read("""
          <table/>
          <tr/><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td/>Normal</td><td>Fine.</td></tr>
          <tr /><td>1001<td />Going away<td>Leaving.
          </table>
          <p>Some text.<br/>More <svg><path d="M0 0"/></svg> text.</p>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("Normal", "Going away"), document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("Fine.", "Leaving."), document.rows().stream().map(row -> row.description().plainText()).toList());
      assertEquals(List.of(), diagnostics(document));
    }

    /**
     * A misspelled tag in a Markdown table's cell is read as the tag it is repaired to, as in an
     * HTML table: the warning said {@code <stwong>} was read as {@code <strong>}, but the cell's
     * text was taken without it, so the row lacked the bold the page marks reserved codes with.
     */
    @Test
    void misspelledTagNamesInAMarkdownCellAreReadAsRepaired() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1004 | | **Reserved.** Later. |
          | 1005 | | <stwong>Reserved.</stwong> No status. |
          """);
      assertEquals(List.of(true), document.rows().subList(2, 3).stream().map(row -> row.description().startsWithStrong())
          .toList());
      assertEquals(List.of("5 warning TAG_NAME_REPAIRED"), diagnostics(document));
    }

    /**
     * An unknown tag too short to repair ({@code <bw>}, a misspelled {@code <br>}) standing straight
     * between two words ran them together in the description ({@code connectionclosed}) with
     * nothing said, as a browser shows them. They are read with a space between them, with one
     * warning for the tag, at its first use, in an HTML table's cells and a Markdown table's alike.
     * Tags HTML knows ({@code w<b>h</b>olly}, {@code 漢<rt>kan</rt>}), custom elements and tags with
     * space beside them are read as before.
     */
    @Test
    void anUnknownTagBetweenTwoWordsPartsThemWithAWarning() {
      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>The connection<bw>closed.</td></tr>
          <tr><td>1001</td><td>Away</td><td>Going<bw>away, <x>now</x> and w<b>h</b>olly<my-tag>done</my-tag>.</td></tr>
          <tr><td>1002</td><td>Error</td><td>漢<ruby>字<rt>ji</rt></ruby> 2<bw></bw>3.</td></tr>
          </table>
          """);
      assertEquals(List.of("The connection closed.", "Going away, now and whollydone.", "漢字ji 2 3."),
          html.rows().stream().map(row -> row.description().plainText()).toList());
      assertEquals(List.of("3 warning UNKNOWN_TAG_BETWEEN_WORDS_REPAIRED"), diagnostics(html));
      assertEquals("unknown tag <bw> stands straight between two words, which a browser shows run together"
          + " ('connectionclosed'): read with a space between them, as a line break (<br>) would part them;"
          + " 3 use(s), from this line to line 5", html.diagnostics().get(0).text());
      PageRead markdown = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | The endpoint<bw>is going away. |
          """);
      assertEquals("The endpoint is going away.", markdown.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning UNKNOWN_TAG_BETWEEN_WORDS_REPAIRED"), diagnostics(markdown));
    }

    @Test
    void singleCodesMayNestInARange() {
      PageRead document =
          read(
              """
              | Code | Name | Description |
              | --- | --- | --- |
              | `1000` | Normal Closure | Done. |
              | `3000`–`3999` | | For libraries. |
              | `3000` | Unauthorized | Not authorised. |
              """);
      assertEquals(List.of("1000", "3000–3999", "3000"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
    }

    @Test
    void aRangeThatLostItsStartBeginsAfterThePreviousRow() {
      PageRead document =
          read(
              """
              <table><tr><th>Code</th><th>Name</th><th>Description</th></tr>
              <tr><td>1011</td><td></td><td>Internal error.</td></tr>
              <tr><td>–<code>1014</code></td><td></td><td><strong>Reserved.</strong></td></tr>
              <tr><td>1015</td><td></td><td>TLS.</td></tr>
              </table>
              """);
      assertEquals(List.of("1011", "1012–1014", "1015"), ranges(document));
      assertEquals(List.of("3 warning RANGE_START_INFERRED"), diagnostics(document));
      assertEquals(
          "page.md:3: warning: the range '–1014' has lost its start; read as 1012–1014,"
              + " starting after the previous row (line 2)",
          document.diagnostics().get(0).toString());
    }

    /**
     * A decoder that lost bytes of text misread twice can lose a range's dash, a U+FFFD between its
     * ends for each of the dash's bytes at most ({@code 0�999}): the cell was an error that said
     * it is no close code. Digits are never lost, and nothing but a dash stands between a range's
     * ends, so it is the range, with a warning; U+FFFD between two numbers that make no range stays
     * an error.
     */
    @Test
    void aRangeThatLostItsDashToADecoderIsTheRangeWithAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `0`\uFFFD`999` | | Not used. |
          | `1000` | Normal | Closed. |
          | `1016` \uFFFD\uFFFD `2999` | | Reserved for later. |
          """);
      assertEquals(List.of("0–999", "1000", "1016–2999"), ranges(document));
      assertEquals(List.of("3 warning PAGE_CHARACTERS_LOST", "3 warning RANGE_DASH_INFERRED", "5 warning RANGE_DASH_INFERRED"), diagnostics(document));
      assertEquals("page.md:3: warning: the range '0\uFFFD999' has lost its dash to a decoder (U+FFFD stands where"
          + " it was); read as 0–999", document.diagnostics().get(1).toString());

      PageRead backwards = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal | Closed. |
          | `1`\uFFFD`000` | Away | Gone. |
          """);
      assertEquals(List.of("4 warning PAGE_CHARACTERS_LOST", "4 error NOT_A_CODE"), diagnostics(backwards));
    }

    /**
     * A range that lost its start ({@code –1014}, as a French page has it) and then, to a decoder,
     * its dash ({@code �1014}, the page misread as Mac Roman and then read as Windows-1257) had been
     * an error that said the cell is no close code. Nothing but a dash stands before a code in a
     * cell of codes, so where the row before it ends below the code, it is the range that starts
     * after that row, with a warning for each guess; where no row can start it, it stays an error.
     * So, at the other bound, is a range that lost its end and then its dash ({@code 1016�}).
     */
    @Test
    void aRangeThatLostABoundAndItsDashIsReadAsOneThatLostTheBound() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1011` | | Internal error. |
          | ��`1014` | | Reserved. |
          | `1015` | | TLS. |
          """);
      assertEquals(List.of("1011", "1012–1014", "1015"), ranges(document));
      assertEquals(List.of("4 warning PAGE_CHARACTERS_LOST", "4 warning RANGE_START_INFERRED", "4 warning RANGE_DASH_INFERRED"), diagnostics(document));
      assertEquals("page.md:4: warning: the range '��1014' has lost its dash to a decoder (U+FFFD stands"
          + " where it was); read as 1012–1014", document.diagnostics().get(2).toString());

      // No row before it, or one that reaches past it: no row can start it.
      assertErrorAndNoRange("| �`1014` | | Reserved. |", 3, "1014");
      assertErrorAndNoRange("| `1015` | | TLS. |\n| �`1014` | | Reserved. |", 4, "1014");

      PageRead unended = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1015` | | TLS. |
          | `1016`\uFFFD\uFFFD | | Reserved for later. |
          | `3000`–`3999` | | Registered. |
          """);
      assertEquals(List.of("1015", "1016–2999", "3000–3999"), ranges(unended));
      assertEquals(List.of("4 warning PAGE_CHARACTERS_LOST", "4 warning RANGE_END_INFERRED", "4 warning RANGE_DASH_INFERRED"), diagnostics(unended));
      assertEquals("page.md:4: warning: the range '1016\uFFFD\uFFFD' has lost its dash to a decoder (U+FFFD stands"
          + " where it was); read as 1016–2999", unended.diagnostics().get(2).toString());
      // No row after it, or one that starts before it: no row can end it.
      assertErrorAndNoRange("| `1016`\uFFFD | | Later. |", 3, "1016");
      assertErrorAndNoRange("| `1016`\uFFFD | | Later. |\n| `1000` | | Normal. |", 3, "1016");
    }

    /** The rows under a header give an error at the line, and no range that holds the code. */
    private void assertErrorAndNoRange(String rows, int line, String code) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n" + rows + "\n");
      assertTrue(diagnostics(document).stream().anyMatch(d -> d.startsWith(line + " error")),
          diagnostics(document).toString());
      assertFalse(ranges(document).stream().anyMatch(range -> range.contains(code)), rows);
    }

    /**
     * A range that lost its end ({@code 1016–}), the same damage at the other bound, was an error
     * that said the cell is no close code; it ends where the row after it starts, with a warning,
     * as a lost start starts after the row before.
     */
    @Test
    void aRangeThatLostItsEndEndsBeforeTheNextRow() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1015` | | TLS. |
          | `1016`– | | Reserved for later. |
          | `3000`–`3999` | | Registered. |
          """);
      assertEquals(List.of("1015", "1016–2999", "3000–3999"), ranges(document));
      assertEquals(List.of("4 warning RANGE_END_INFERRED"), diagnostics(document));
      assertEquals("page.md:4: warning: the range '1016–' has lost its end; read as 1016–2999, ending before the"
          + " next row (line 5)", document.diagnostics().get(0).toString());

      // where a column holds the ends, a code and its dash before an end are that range
      PageRead columns = read("""
          | From | To | Description |
          | --- | --- | --- |
          | 1015 | | TLS. |
          | 1016– | 2999 | Later. |
          | 3000– | | Registered. |
          | 4000 | 4999 | Private. |
          """);
      assertEquals(List.of("1015", "1016–2999", "3000–3999", "4000–4999"), ranges(columns));
      assertEquals(List.of("5 warning RANGE_END_INFERRED"), diagnostics(columns));

      // before a row past the close codes, it ends at the last of them, and says so
      PageRead past = read("| Code | Name | Description |\n| --- | --- | --- |\n| `1015` | | TLS. |\n"
          + "| `1016`– | | Later. |\n| `70000` | | Past. |\n");
      assertEquals(List.of("1015", "1016–65535"), ranges(past));
      assertTrue(past.diagnostics().get(0).text().contains("read as 1016–65535"), past.diagnostics().get(0).text());
    }
  }

  @Nested
  class Bytes {

    private static final String PAGE =
        """
        <table><tr><th>Code</th><th>Nom</th><th>Description</th></tr>
        <tr><td>1000</td><td>Fermeture normale</td><td>La connexion s'est terminée normalement. 😳</td></tr>
        </table>
        """;

    @Test
    void byteOrderMarkAndCrLfLineEnds() {
      byte[] text = PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[text.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(text, 0, bytes, 3, text.length);
      PageRead document = Reading.page("page.md", bytes);
      assertEquals(List.of("1000"), ranges(document));
      assertEquals(2, document.rows().get(0).location().line());
      assertEquals(List.of(), diagnostics(document));
    }

    /**
     * CR CR LF ends each line of a text whose CRLF line ends a tool turned into CRLF again (Python
     * writing {@code \r\n} to a file opened as text on Windows, a transfer in ASCII mode): Markdown
     * reads a blank line after each, which breaks a pipe table apart and makes an indented HTML
     * table code. Where they end most lines, each is read as one line end, with a warning; such a
     * page had given "no close-code table found", or errors that called its rows code.
     */
    @Test
    void crCrLfLineEndsAreReadAsOneLineEndWithAWarning() {
      String page = "---\ntitle: CloseEvent\n---\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| `1000` | Normal | Fine. |\n| `1001` | Going away | Gone. |\n";
      PageRead document = Reading.page("page.md", page.replace("\n", "\r\r\n").getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(7, document.rows().get(0).location().line());
      assertEquals(List.of("1 warning LINE_ENDS_REPAIRED"), diagnostics(document));
      assertEquals("page.md:1: warning: 8 line(s) end in CR CR LF, as CRLF line ends turned into CRLF again"
          + " leave them, each a line end and a blank line after it as written; each is read as one line end, and"
          + " lines are counted so", document.diagnostics().get(0).toString());
      // one such line end among many others is a blank line, as Markdown reads it
      String once = page.replace("| Normal | Fine. |\n", "| Normal | Fine. |\r\r\n");
      assertEquals(List.of(), diagnostics(Reading.page("page.md", once.getBytes(StandardCharsets.UTF_8)))
          .stream().filter(said -> said.contains("LINE_ENDS")).toList());
    }

    @Test
    void utf8ReadAsMacRomanIsRepairedWithAWarning() {
      assertRepairedFrom(Charset.forName("x-MacRoman"), "Mac Roman");
    }

    @Test
    void utf8ReadAsWindows1252IsRepairedWithAWarning() {
      assertRepairedFrom(Charset.forName("windows-1252"), "Windows-1252");
    }

    /**
     * The commonest misreading of all, a Java program's {@code new String(bytes, ISO_8859_1)}: the
     * bytes 0x80–0x9F, which an en dash, a {@code ß} or most of Chinese and Japanese hold, become
     * invisible control characters. The range and the words come back whole.
     */
    @Test
    void utf8ReadAsIso88591IsRepairedWithAWarning() {
      assertRepairedFrom(StandardCharsets.ISO_8859_1, "ISO-8859-1");
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal | Geschlossen. |
          | `4000`–`4999` | Privat | Für Anwendungen; groß genug. 正常關閉 |
          """;
      String damaged = new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "4000–4999"), ranges(document));
      assertEquals("Für Anwendungen; groß genug. 正常關閉", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertEquals("page.md:4: warning: repaired mojibake: UTF-8 text had been read as ISO-8859-1 and saved again;"
          + " 1 line(s) restored, from this line to line 4", document.diagnostics().get(0).toString());
    }

    /**
     * A page misread as ISO-8859-1 whose lines hold only letters that Windows-1252 reads the same
     * way is one misreading, not two: each line is put down to the charset that explains the most
     * lines of the page.
     */
    @Test
    void linesEitherCharsetExplainsArePutDownToTheOneTheRestOfThePageShows() {
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Schließung | Geschlossen. |
          | `1001` | Gehen | Schön. |
          | `3000`–`3999` | Bibliotheken | Für Bibliotheken. |
          """;
      String damaged = new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      assertEquals("Schön.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().contains("ISO-8859-1 and saved again; 3 line(s) restored"),
          document.diagnostics().get(0)::toString);
    }

    /**
     * A page misread twice (UTF-8 read as Mac Roman and saved, and that read as Mac Roman or
     * Windows-1252 and saved again) is restored layer by layer, with a warning for each: one
     * layer undone left a page of errors.
     */
    @Test
    void utf8MisreadTwiceIsRepairedTwice() {
      Charset macRoman = Charset.forName("x-MacRoman");
      for (Charset second : List.of(macRoman, Charset.forName("windows-1252"))) {
        String once = new String(PAGE.getBytes(StandardCharsets.UTF_8), macRoman);
        String twice = new String(once.getBytes(StandardCharsets.UTF_8), second);
        PageRead document = Reading.page("page.md", twice.getBytes(StandardCharsets.UTF_8));
        assertEquals("La connexion s'est terminée normalement. 😳", document.rows().get(0).description().plainText(),
            second::toString);
        assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "2 warning MOJIBAKE_REPAIRED_AGAIN"), diagnostics(document));
        assertEquals("page.md:2: warning: repaired mojibake again: the text restored was itself UTF-8 read as Mac Roman"
            + " and saved again; 1 line(s) restored, from this line to line 2", document.diagnostics().get(1).toString());
      }
    }

    /**
     * Misread as ISO-8859-1 first, and then as another charset: the first layer restored holds
     * ISO-8859-1's control characters where the line held letters ({@code ГўВЂВ“}, Windows-1251's
     * reading, is {@code â}, U+0080, U+0093), as many odd neighbours as before, so the repair was
     * not evident, and an English page's lines were left as they were, their ranges errors. A repair
     * is evident by the text the layers after it restore.
     */
    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "windows-1250", "windows-1252", "x-MacRoman", "IBM866", "KOI8-R"})
    void utf8MisreadAsIso88591AndThenAsAnotherIsRepairedTwice(String second) {
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `0`–`999` | | Not used. |
          | `1000` | Normal | Closed — done. |
          """;
      String once = new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      String twice = new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName(second));
      assertFalse(twice.contains("\uFFFD"));
      PageRead document = Reading.page("page.md", twice.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("0–999", "1000"), ranges(document), diagnostics(document)::toString);
      assertEquals("Closed — done.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED", "3 warning MOJIBAKE_REPAIRED_AGAIN"), diagnostics(document));
    }

    /**
     * UTF-8 read as the legacy charset of a Windows in another locale, or of its console, or of an
     * older Unix or Mac: a range, a dash and the words come back whole, and the warning names the
     * charset. The text holds letters whose bytes tell these charsets apart. (Read as ISO-8859-2,
     * Central Europe's on Unix, a French page had been restored as Windows-1250, its {@code é} as
     * {@code Ê}, with a warning that it was repaired.)
     */
    @ParameterizedTest
    @CsvSource({"windows-1250, Windows-1250", "windows-1251, Windows-1251", "windows-1253, Windows-1253",
        "windows-1254, Windows-1254", "windows-1255, Windows-1255", "windows-1256, Windows-1256",
        "windows-1257, Windows-1257", "windows-1258, Windows-1258", "x-windows-874, Windows-874",
        "IBM437, IBM437", "IBM850, IBM850", "IBM852, IBM852", "IBM866, IBM866", "KOI8-R, KOI8-R", "ISO-8859-15, ISO-8859-15",
        "ISO-8859-2, ISO-8859-2", "ISO-8859-5, ISO-8859-5", "ISO-8859-7, ISO-8859-7", "x-MacCyrillic, Mac Cyrillic"})
    void utf8ReadAsAnotherLegacyCharsetIsRepairedWithAWarning(String jdkName, String charsetName) {
      String page = """
          | Code | Nom | Description |
          | --- | --- | --- |
          | `1000` | Fermeture | La connexion s'est terminée — plutôt bien, Tschüß. 😳 |
          | `4000`–`4999` | Privé | Pour les applications ; 4 Ω. |
          """;
      String damaged = misread(page, Charset.forName(jdkName));
      assertFalse(damaged.equals(page));
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "4000–4999"), ranges(document));
      assertEquals("La connexion s'est terminée — plutôt bien, Tschüß. 😳",
          document.rows().get(0).description().plainText());
      assertEquals("Pour les applications ; 4 Ω.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertEquals("page.md:3: warning: repaired mojibake: UTF-8 text had been read as " + charsetName
          + " and saved again; 2 line(s) restored, from this line to line 4", document.diagnostics().get(0).toString());
    }

    /**
     * A page whose characters a decoder lost before closecodes read it (a Latin-1 file read as
     * UTF-8 and saved again, each {@code é} now U+FFFD) had its names and descriptions carried into
     * the generated code with U+FFFD for its letters, with nothing said. A warning counts them, with
     * the first word that holds one, from the first line that holds one to the last. The lines
     * whose lost characters the mojibake repair counts are not counted again; a page without one
     * says nothing.
     */
    @Test
    void charactersADecoderLostBeforeThePageWasReadAreAWarning() {
      String page = """
          # CloseEvent

          | Code | Nom | Description |
          | --- | --- | --- |
          | `1000` | Fermeture normale | La connexion s'est termin\uFFFDe normalement. |
          | `1001` | Partie | Le serveur s'en va. |
          | `4000`–`4999` | Priv\uFFFD | Pour les applications priv\uFFFDes. |
          """;
      PageRead document = Reading.page("page.md", page.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "1001", "4000–4999"), ranges(document));
      assertEquals("La connexion s'est termin\uFFFDe normalement.", document.rows().get(0).description().plainText());
      assertEquals(List.of("5 warning PAGE_CHARACTERS_LOST"), diagnostics(document));
      assertEquals("page.md:5: warning: 3 character(s) of this document are U+FFFD REPLACEMENT CHARACTER, which a"
          + " decoder puts where it cannot read a file's bytes: what stood there was lost before closecodes read it"
          + " ('termin\uFFFDe'); each is read as U+FFFD, and so generated in a name or a description, but where"
          + " another warning says how it is read; read the document again from its source; from this line to line 7",
          document.diagnostics().get(0).toString());
      // a page misread as Windows-1252 by a decoder that dropped its undefined bytes: counted once, by the repair
      String lossy = new String(page.replace("\uFFFD", "é").replace("Partie", "Départ こ")
          .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
      assertTrue(lossy.contains("\uFFFD"), lossy);
      assertEquals(List.of("5 warning MOJIBAKE_REPAIRED", "6 warning MOJIBAKE_CHARACTERS_LOST"),
          diagnostics(Reading.page("page.md", lossy.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Java's decoders, and Python's, put U+FFFD for a byte the charset leaves undefined (five in
     * Windows-1252), and the byte is lost: the UTF-8 of most Japanese and much Chinese holds such
     * bytes ({@code こ} is E3 81 93). Such a line is restored all the same, each character whose
     * byte was lost as U+FFFD, with a warning that counts them; it had been left as mojibake, and
     * named as a line that also holds correct text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "windows-1250", "windows-1251", "windows-1253", "windows-1254",
        "windows-1255", "windows-1257", "windows-1258", "x-windows-874"})
    void utf8ReadByADecoderThatDropsUndefinedBytesIsRestoredButForTheCharactersLost(String jdkName) {
      Charset charset = Charset.forName(jdkName);
      String description = "この接続は、作成された目的を正常に完了した。正常关闭，Tschüß — 4 Ω. Ő Ř ˘";
      String page = """
          | Code | Nom | Description |
          | --- | --- | --- |
          | `1000` | Fermeture | %s |
          | `4000`–`4999` | Privé | Pour les applications. |
          """.formatted(description);
      String damaged = new String(page.getBytes(StandardCharsets.UTF_8), charset);
      assertTrue(damaged.contains("\uFFFD"), jdkName);
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "4000–4999"), ranges(document));
      StringBuilder expected = new StringBuilder();
      int lost = 0;
      for (int i = 0; i < description.length(); i += Character.charCount(description.codePointAt(i))) {
        String character = description.substring(i, i + Character.charCount(description.codePointAt(i)));
        boolean anyByteUndefined = new String(character.getBytes(StandardCharsets.UTF_8), charset).contains("\uFFFD");
        expected.append(anyByteUndefined ? "\uFFFD" : character);
        lost += anyByteUndefined ? 1 : 0;
      }
      assertTrue(lost > 0, jdkName);
      assertEquals(expected.toString(), document.rows().get(0).description().plainText(), jdkName);
      assertEquals("Pour les applications.", document.rows().get(1).description().plainText(), jdkName);
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED", "3 warning MOJIBAKE_CHARACTERS_LOST"),
          diagnostics(document), jdkName);
      if (jdkName.equals("windows-1252")) {
        assertEquals("page.md:3: warning: " + lost + " character(s) of the mojibake cannot be restored: where"
            + " Windows-1252 leaves a byte undefined, the tool that misread the text put U+FFFD, and the byte is"
            + " lost; each such character is read as U+FFFD, from this line to line 3",
            document.diagnostics().get(1).toString());
      }
    }

    /**
     * Text that lost bytes so and was then misread again (its mojibake, U+FFFD and all, read as Mac
     * Roman and saved) is restored a layer at a time, the lost bytes in the second: the first
     * version read them only in the first, and left a Chinese page's {@code 0–999} as
     * {@code 0â€“999}, an error.
     */
    @Test
    void bytesLostUnderASecondMisreadingAreReadToo() {
      String page = """
          | 状态码 | 名称 | 描述 |
          | --- | --- | --- |
          | `0`–`999` | | **保留段，未使用。** |
          | `1000` | `CLOSE_NORMAL` | 正常关闭; 无论为何目的而创建，该链接都已成功完成任务。 |
          """;
      String lossy = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
      String twice = new String(lossy.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      PageRead document = Reading.page("page.md", twice.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("0–999", "1000"), ranges(document));
      assertEquals(List.of("1 warning MOJIBAKE_REPAIRED", "1 warning MOJIBAKE_REPAIRED_AGAIN",
          "1 warning MOJIBAKE_CHARACTERS_LOST_AGAIN"), diagnostics(document).subList(0, 3));
      assertTrue(document.diagnostics().get(2).text().contains(" character(s) of the mojibake cannot be restored:"
          + " U+FFFD stands where a decoder lost bytes of the text misread as Windows-1252, before or after that"
          + " misreading"), document.diagnostics().get(2)::text);
    }

    /**
     * Text misread as Mac Roman and then read by a decoder that lost bytes: a character the second
     * reading lost is one byte of the first's mojibake, which may be any byte Mac Roman reads, and
     * where it started a character of UTF-8, the bytes after it that go on a character are its.
     * Such lines had kept the Mac Roman mojibake, and a Chinese page's {@code 0–999} stayed
     * {@code 0‚Äì999}, an error.
     */
    @Test
    void bytesLostAfterAnEarlierMisreadingAreReadToo() {
      String page = """
          | 状态码 | 名称 | 描述 |
          | --- | --- | --- |
          | `0`–`999` | | **保留段，未使用。** |
          | `1000` | `CLOSE_NORMAL` | 正常关闭; 无论为何目的而创建，该链接都已成功完成任务。 |
          """;
      String once = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String twice = new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
      assertTrue(twice.contains("\uFFFD"));
      PageRead document = Reading.page("page.md", twice.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("0–999", "1000"), ranges(document));
      assertEquals(List.of(true, false), document.rows().stream().map(PageRow::reserved).toList());
      assertFalse(diagnostics(document).toString().contains("error"), diagnostics(document)::toString);
      // the characters lost are counted once, in the layer that first holds them
      assertEquals(1, diagnostics(document).stream().filter(said -> said.contains("CHARACTERS_LOST")).count(),
          diagnostics(document)::toString);
    }

    /**
     * The same after a misreading as ISO-8859-1, which reads the bytes 0x80 to 0x9F as control
     * characters: the first layer restored holds those controls and U+FFFD, and the look ahead
     * that lets a layer hold controls the next restores had not read the lost bytes, so such lines
     * kept their mojibake, and a Japanese page's {@code 1016–2999}, its words for definition and the
     * future unread, was read as codes in use.
     */
    @Test
    void bytesLostAfterAMisreadingAsIso88591AreReadToo() {
      String page = """
          | ステータスコード | 意味 | 説明 |
          | --- | --- | --- |
          | `0`–`999` | | 未使用。 |
          | `1000` | 通常の切断 | 接続が、作成された目的を達成して正常に完了したことを示します。 |
          | `1016`–`2999` | | WebSocket プロトコル仕様の今後の改訂による定義、および拡張仕様による定義用。 |
          """;
      String once = new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      String twice = new String(once.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
      assertTrue(twice.contains("\uFFFD"));
      PageRead document = Reading.page("page.md", twice.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("0–999", "1000", "1016–2999"), ranges(document));
      assertEquals(List.of(true, false, true), document.rows().stream().map(PageRow::reserved).toList(),
          diagnostics(document)::toString);
      assertFalse(diagnostics(document).toString().contains("MOJIBAKE_LEFT"), diagnostics(document)::toString);
      // each character that lost a byte is one U+FFFD, and every other is restored (a hiragana such as
      // が, E3 81 8C, holds the byte 0x81 that Windows-1252 leaves undefined)
      String written = "接続が、作成された目的を達成して正常に完了したことを示します。";
      String read = document.rows().get(1).description().plainText();
      assertEquals(written.length(), read.length(), read);
      for (int i = 0; i < written.length(); i++) {
        assertTrue(read.charAt(i) == written.charAt(i) || read.charAt(i) == '\uFFFD', read);
      }
      assertTrue(read.startsWith("接続\uFFFD"), read);
    }

    /**
     * A header that lost characters so ({@code 説�} for {@code 説明}, description, in Windows-1250)
     * names the column of the one word it can be, as it did whole: it had left the column unread,
     * and the codes read by position, the reserved range's {@code 未使用} unread.
     */
    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "windows-1250"})
    void aHeaderThatLostCharactersNamesItsColumnAsItDidWhole(String jdkName) {
      String page = """
          | ステータスコード | 意味 | 説明 |
          | --- | --- | --- |
          | `0`–`999` | | 未使用。 |
          | `1000` | 通常のクローズ | この接続は、作成された目的を正常に完了した。 |
          """;
      String damaged = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName(jdkName));
      assertTrue(damaged.contains("\uFFFD"), jdkName); // 意 lost in both, テ, ー, ド and 明 in Windows-1250
      PageRead whole = read(page);
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(ranges(whole), ranges(document), jdkName);
      for (int row = 0; row < 2; row++) {
        assertEquals(whole.rows().get(row).reserved(), document.rows().get(row).reserved(), jdkName);
        assertEquals(whole.rows().get(row).name().length(),
            document.rows().get(row).name().length(), jdkName);
      }
      assertEquals("未使用。", document.rows().get(0).description().plainText(), jdkName);
      assertEquals(List.of("1 warning MOJIBAKE_REPAIRED", "1 warning MOJIBAKE_CHARACTERS_LOST"),
          diagnostics(document), jdkName);
    }

    /**
     * A row whose word for reserved lost characters ({@code 予約} is {@code �約} in Windows-1250, the
     * first character's bytes lost) had been read as a code in use, with nothing said of the row,
     * where the page gives no bold mark to tell it by. The word for reserved but for characters
     * lost, each U+FFFD one of its characters and at least as many kept, makes the row reserved,
     * with a warning at the row: a guess, for other words end as it does.
     */
    @Test
    void aWordForReservedThatLostCharactersIsReadAsReservedWithAWarning() {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `1000` | 通常 | 正常に完了した。 |
          | `1004` | 予約 | 予約済み。意味は今後定義されるかもしれない。 |
          """;
      PageRead document = readDecodedAs(page, "windows-1250");
      assertEquals(List.of(false, true), document.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("1 warning MOJIBAKE_REPAIRED", "1 warning MOJIBAKE_CHARACTERS_LOST",
          "4 warning RESERVED_WORD_INFERRED"), diagnostics(document));
      assertEquals("page.md:4: warning: this row's description opens with '\uFFFD約', which lost characters (U+FFFD)"
          + " and, of the words closecodes knows, can only be '予約', reserved; the row is read as reserved",
          document.diagnostics().get(2).toString());
    }

    /**
     * A word that kept one character of two says little where the table holds, whole, another word
     * those characters fit as well. The Japanese page read as Windows-1255 by a decoder that loses
     * the bytes it leaves undefined has {@code 予期} (unexpected) in 1011's description as
     * {@code 予�}, and {@code 予想} (expected) whole in 1005's: 1011 had been read as reserved, with a
     * warning that its words could only be {@code 予約}. The row is read as the rest of it reads,
     * with a warning that names both words its characters fit.
     */
    @Test
    void aWordThatLostCharactersIsNoWordForReservedWhereTheTableHoldsAnotherItFits() {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `1000` | 通常 | 正常に完了した。 |
          | `1005` | ステータスなし | 予約済。予想されたステータスコードがないことを示します。 |
          | `1011` | 内部エラー | サーバーは、予期しない条件が発生したため、接続を終了しています。 |
          """;
      PageRead document = readDecodedAs(page, "windows-1255");
      assertTrue(document.rows().get(2).description().plainText().contains("予\uFFFD"),
          document.rows().get(2).description().plainText());
      assertTrue(document.rows().get(1).description().plainText().contains("予想"),
          document.rows().get(1).description().plainText());
      assertEquals(List.of(false, true, false), document.rows().stream().map(PageRow::reserved).toList());
      List<String> said = document.diagnostics().stream()
          .filter(d -> d.message().name().startsWith("RESERVED_")).map(Object::toString).toList();
      assertEquals(List.of("page.md:5: warning: this row's description holds '予\uFFFD', which lost characters"
          + " (U+FFFD): it could be '予約', reserved, but the table also holds '予想', which the characters kept fit"
          + " as well; the row is read as the rest of it reads"), said);
      // Where the table holds no such word, the same row is read as reserved, as before.
      String alone = page.replace("予想された", "期待された");
      PageRead guessed = readDecodedAs(alone, "windows-1255");
      assertEquals(List.of(false, true, true), guessed.rows().stream().map(PageRow::reserved).toList());
      assertTrue(diagnostics(guessed).contains("5 warning RESERVED_WORD_INFERRED"), diagnostics(guessed).toString());
    }

    /**
     * The table's words, gathered to tell a word that lost characters by, are read without saying
     * again what reading a cell repairs: the Traditional Chinese page read as Windows-1258 by a
     * decoder that loses bytes had its warning for {@code **��**使用}, bold closed after a symbol,
     * twice, once as the row was read and once as the table's words were gathered for the row
     * before it whose {@code �留} may be {@code 保留}.
     */
    @Test
    void gatheringTheTablesWordsReportsNothingAgain() {
      String page = """
          | 狀態代碼 | 描述 |
          | --- | --- |
          | `1000` | 正常關閉。 |
          | `1004` | \uFFFD留。 |
          | `3000`–`3999` | 程式庫使用的值，應用程式**可\uFFFD**使用。 |
          """;
      PageRead document = Reading.page("page.md", page.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(false, true, false), document.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("4 warning PAGE_CHARACTERS_LOST", "4 warning RESERVED_WORD_INFERRED", "5 warning STRONG_EMPHASIS_REPAIRED"),
          diagnostics(document));
    }

    /**
     * A word for reserved guessed from characters lost yields to the page's own mark: the Japanese
     * page misread as Mac Roman and then read as Windows-1255 by a decoder that loses bytes has
     * 1011's {@code 予期} as {@code 予�}, and no other {@code 予} word kept whole to tell it by. The
     * page puts every row whose words say reserved in bold, and 1011 is not: it had been read as
     * reserved, with one warning that its words could only be {@code 予約} and another that it
     * lacks the bold. The row is read as a code in use, with one warning that says both. Where the
     * page marks no row, the guess stands.
     */
    @Test
    void aWordForReservedGuessedFromLostCharactersYieldsToThePagesMark() {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `1000` | 通常 | 正常に完了した。 |
          | `1004` | | **予約済み。** 意味は今後定義される。 |
          | `1011` | 内部エラー | サーバーは、予\uFFFD\uFFFD\uFFFD条件が発生した。 |
          """;
      PageRead document = Reading.page("page.md", page.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(false, true, false), document.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("page.md:5: warning: this row's description holds '予\uFFFD', which lost characters (U+FFFD)"
          + " and could be '予約', reserved, but it lacks the bold type the page marks its reserved codes with;"
          + " the row is read as a code in use"),
          withoutLoss(document));
      PageRead unmarked = Reading.page("page.md", page.replace("**予約済み。**", "予約済み。")
          .getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(false, true, true), unmarked.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("5 warning PAGE_CHARACTERS_LOST", "5 warning RESERVED_WORD_INFERRED"), diagnostics(unmarked));
    }

    /**
     * A row whose words that say the codes are not in use lost characters ({@code 未使用} is
     * {@code 未使�} in the Japanese page misread as Mac Roman and then read as Windows-1252 by a
     * decoder that loses the bytes it leaves undefined), or whose word for definition did beside
     * the word for the future ({@code 定義} is {@code 定�}), had been read as a code in use, its
     * only warning the one that counts the characters lost. Such words but for characters lost, the
     * whole first sentence or a word for each as when none is lost, each U+FFFD one character and at
     * least as many kept, make the row reserved, with a warning at the row.
     */
    @Test
    void wordsThatSayNotInUseThatLostCharactersAreReadSoWithAWarning() throws Exception {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `0`–`999` | | 未使用。 |
          | `1000` | 通常 | 正常に完了した。 |
          | `1004` | 予約 | 予約済み。意味は今後定義されるかもしれない。 |
          | `1016`–`2999` | | WebSocket プロトコル仕様の今後の改訂による定義、および拡張仕様による定義用。 |
          """;
      String misread = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String damaged = new String(misread.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
      PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals("未使\uFFFD。", document.rows().get(0).description().plainText());
      assertEquals(List.of(true, false, true, true), document.rows().stream().map(PageRow::reserved).toList());
      List<String> inferred = document.diagnostics().stream()
          .filter(d -> d.message() == Message.NOT_IN_USE_WORDS_INFERRED).map(Object::toString).toList();
      assertEquals(List.of("page.md:3: warning: this row's description is '未使\uFFFD', which lost characters"
          + " (U+FFFD) and, of the words closecodes knows, can only be '未使用', which say the codes are not in"
          + " use or leave them to later specifications; the row is read as reserved",
          "page.md:6: warning: this row's description is 'WebSocket プロトコル仕様の今後の改訂による定\uFFFD、および拡張仕様"
          + "による定\uFFFD\uFFFD', which lost characters (U+FFFD) and, of the words closecodes knows, can only be '定義'"
          + " and '今後', which say the codes are not in use or leave them to later specifications; the row is read as"
          + " reserved"), inferred);
      // In a language written with spaces alike; and a sentence that only opens so says something else.
      String spaced = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `0`–`999` | | Not us\uFFFDd. |
          | `1000` | Normal | Not u\uFFFDed by this page, and more. |
          """;
      PageRead english = Reading.page("page.md", spaced.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(true, false), english.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("3 warning NOT_IN_USE_WORDS_INFERRED"), diagnostics(english).stream()
          .filter(d -> d.contains("INFERRED")).toList());
      // The sentence's end lost too ('未�用�', the page misread as IBM866 and then Windows-1252, a decoder
      // losing bytes): the last U+FFFD is the full stop, and the words before it say the codes are not in use.
      for (String lost : List.of("未\uFFFD用\uFFFD", "Not u\uFFFDed\uFFFD")) {
        PageRead ended = Reading.page("page.md", ("| Code | Name | Description |\n| --- | --- | --- |\n"
            + "| `0`–`999` | | " + lost + " |\n| `1000` | Normal | Closed. |\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(true, false), ended.rows().stream().map(PageRow::reserved).toList(), lost);
        assertEquals(List.of("3 warning NOT_IN_USE_WORDS_INFERRED"), diagnostics(ended).stream()
            .filter(d -> d.contains("INFERRED")).toList(), lost);
      }
    }

    /**
     * Text misread twice before a decoder lost bytes loses a character as a run of U+FFFD, one for
     * each character of the first misreading that lost a byte ({@code Código} is {@code C��digo},
     * {@code Descrição} is {@code Descri���o} and {@code Réservé} is {@code R��serv��}, in a page
     * misread as Mac Roman and then read as Windows-1257 by a decoder that loses the bytes it leaves
     * undefined). Each U+FFFD had been read as one character, and no word was so long: the headers
     * named nothing, the rows lost their descriptions, and the reserved rows were read as codes in
     * use. A run of U+FFFD now stands for one character or more, as many as it has at most, and at
     * least as many characters are kept as the runs stand for.
     */
    @Test
    void aRunOfLostCharactersStandsForOneCharacterOrMore() {
      String portuguese = """
          | Código de status | Nome | Descrição |
          | --- | --- | --- |
          | `0`–`999` | | Reservado e não utilizado. |
          | `1000` | Fechamento normal | A conexão foi concluída. |
          """;
      String french = """
          | Code | Nom | Description |
          | --- | --- | --- |
          | `1000` | Fermeture normale | La connexion a été fermée normalement. |
          | `1004` | | Réservé. Une signification pourrait être définie à l'avenir. |
          """;
      for (String page : List.of(portuguese, french)) {
        String misread = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
        String damaged = new String(misread.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1257"));
        PageRead whole = read(page);
        PageRead document = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
        assertEquals(ranges(whole), ranges(document));
        assertEquals(whole.rows().stream().map(PageRow::reserved).toList(),
            document.rows().stream().map(PageRow::reserved).toList(), damaged);
        assertEquals(whole.rows().stream().map(PageRow::name).toList(),
            document.rows().stream().map(PageRow::name).toList(), damaged);
        for (int row = 0; row < whole.rows().size(); row++) {
          String written = whole.rows().get(row).description().plainText();
          String read = document.rows().get(row).description().plainText();
          // The description, each character that is not ASCII lost as a run of U+FFFD.
          String asLost = Arrays.stream(written.split("[^\\x00-\\x7F]+", -1)).map(Pattern::quote)
              .collect(Collectors.joining("\uFFFD+"));
          assertTrue(read.matches(asLost), read);
        }
        assertFalse(diagnostics(document).stream().anyMatch(d -> d.contains("COLUMN_UNREAD")
            || d.contains("NO_DESCRIPTION") || d.contains("BY_POSITION") || d.contains("CODE_COLUMN_INFERRED")),
            diagnostics(document).toString());
      }
      // A word for reserved that lost characters, one U+FFFD for each or a run (a page so damaged by
      // Python's decoders), in a language written with spaces: it had been looked for as in Chinese.
      for (String lost : List.of("R\uFFFDserv\uFFFD", "R\uFFFD\uFFFDserv\uFFFD\uFFFD")) {
        PageRead document = read("| Code | Nom | Description |\n| --- | --- | --- |\n"
            + "| `1000` | Fermeture normale | La connexion a été fermée normalement. |\n"
            + "| `1004` | | " + lost + ". Une signification pourrait être définie à l'avenir. |\n");
        assertEquals(List.of(false, true), document.rows().stream().map(PageRow::reserved).toList(), lost);
        assertEquals(List.of("page.md:4: warning: this row's description opens with '" + lost.toLowerCase(Locale.ROOT)
            + "', which lost characters (U+FFFD) and, of the words closecodes knows, can only be 'reserv', reserved;"
            + " the row is read as reserved"), withoutLoss(document), lost);
      }
      // Of a run of U+FFFD before the word, the word takes as few as it can: those before it may be
      // other characters lost, one each where the page was misread once.
      PageRead japanese = read("| コード | 名前 | 説明 |\n| --- | --- | --- |\n"
          + "| `1004` | | \uFFFD\uFFFD\uFFFD約済み。 |\n");
      assertEquals(List.of(true), japanese.rows().stream().map(PageRow::reserved).toList());
      assertTrue(withoutLoss(japanese).get(0).contains("opens with '\uFFFD約'"),
          japanese.diagnostics().toString());
    }

    /**
     * An invisible character inside a word (a soft hyphen, {@code &shy;}, where a long German word
     * may break; a word processor's optional hyphen, U+001F) shows nothing, and the word is read
     * as one: a header so written had been left unread, and a row whose words say it is reserved
     * or not in use had been read as a code in use, the word cut in two where it stands.
     */
    @Test
    void anInvisibleCharacterInsideAWordDoesNotCutIt() {
      String page = "| Status&shy;code | Be&shy;deu&shy;tung | Beschreibung |\n| --- | --- | --- |\n"
          + "| `0`–`999` | | Nic\u001Fht verwendet. |\n"
          + "| `1000` | Normal | Nor&shy;mal. |\n"
          + "| `1004` | Re&shy;ser&shy;viert | Re&shy;ser&shy;viert. |\n";
      PageRead document = Reading.page("page.md", page.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(true, false, true), document.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("", "Normal", "Re\u00ADser\u00ADviert"), document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("1 warning INVISIBLE_CHARACTER_REFERENCES", "3 warning INVISIBLE_CHARACTERS"),
          diagnostics(document));
    }

    /**
     * A header that lost all its characters ({@code 名前}, name, is two U+FFFD in Windows-1252)
     * names nothing that can be told, but where the header names every other column a table of
     * codes has and leaves only the name or only the description unnamed, the column is that one,
     * read with a warning that says it is a guess. Such a column had been left unread: the page's
     * names gone, or its descriptions, and with them the words that make a row reserved (a Japanese
     * page misread as ISO-8859-1 and then Windows-1253, its {@code 説明} lost, read {@code 0–999}
     * as codes in use).
     */
    @Test
    void aHeaderThatLostAllItsCharactersIsTheOneColumnNoOtherHeaderNames() {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `1000` | Normal Closure | この接続は、作成された目的を正常に完了した。 |
          """;
      PageRead document = readDecodedAs(page, "windows-1252");
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals(List.of("1 warning MOJIBAKE_REPAIRED", "1 warning MOJIBAKE_CHARACTERS_LOST",
          "1 warning LOST_HEADER_COLUMN_INFERRED"), diagnostics(document));
      assertEquals("page.md:1: warning: the header of column 2 lost all its letters ('\uFFFD\uFFFD'); it is read"
          + " as the name, the one column of a table of codes no other header names", document.diagnostics().get(2)
          .toString());

      PageRead descriptions = read("""
          | ステータスコード | 意味 | \uFFFD\uFFFD |
          | --- | --- | --- |
          | `0`–`999` | | 未使用。 |
          | `1000` | 通常の切断 | 正常に完了した。 |
          """);
      assertEquals(List.of("未使用。", "正常に完了した。"), descriptions.rows().stream()
          .map(row -> row.description().plainText()).toList());
      assertEquals(List.of(true, false), descriptions.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("1 warning PAGE_CHARACTERS_LOST", "1 warning LOST_HEADER_COLUMN_INFERRED"), diagnostics(descriptions));
    }

    /**
     * A header that lost all its letters and kept a sign ({@code ?描述}, as a Chinese page heads its
     * descriptions, is {@code ?��} where the page was misread as Mac Roman and then read as
     * Windows-1257 by a decoder that loses bytes) names nothing more than one that lost all its
     * characters, and is read as one: it had been left unread, and the page's descriptions with it.
     */
    @Test
    void aHeaderThatLostAllItsLettersIsReadAsOneThatLostAllItsCharacters() {
      PageRead document = read("""
          | 状态码 | ?名称 | ?�� |
          | --- | --- | --- |
          | `0`–`999` | | **保留段，未使用。** |
          | `1000` | `CLOSE_NORMAL` | 正常关闭。 |
          """);
      assertEquals(List.of("保留段，未使用。", "正常关闭。"), document.rows().stream()
          .map(row -> row.description().plainText()).toList());
      assertEquals(List.of("1 warning PAGE_CHARACTERS_LOST", "1 warning LOST_HEADER_COLUMN_INFERRED"), diagnostics(document));
      assertEquals("page.md:1: warning: the header of column 3 lost all its letters ('?��'); it is read"
          + " as the description, the one column of a table of codes no other header names",
          document.diagnostics().get(1).toString());
    }

    /**
     * A table of codes and one other column whose header lost all its letters ({@code 狀態代碼 | 描述},
     * its {@code 描述} lost whole where a Chinese page was misread as Mac Roman and then read as
     * Windows-1257 by a decoder that loses bytes) had that column left unread: the descriptions
     * gone, and with them the words and the bold type that make {@code 0–999} and two more rows
     * reserved, which were read as codes in use. A table of codes gives its one other column to
     * the descriptions, so that is what it is read as, with a warning that says it is a guess.
     */
    @Test
    void aHeaderThatLostAllItsLettersBesideTheCodesAloneIsTheDescription() {
      PageRead document = read("""
          | 狀態代碼 | �� |
          | --- | --- |
          | 0-999 | **尚未使用的保留值。** |
          | 1000 | 正常關閉。 |
          """);
      assertEquals(List.of("尚未使用的保留值。", "正常關閉。"), document.rows().stream()
          .map(row -> row.description().plainText()).toList());
      assertEquals(List.of(true, false), document.rows().stream().map(PageRow::reserved).toList());
      assertEquals(List.of("1 warning PAGE_CHARACTERS_LOST", "1 warning LOST_HEADER_COLUMN_INFERRED"), diagnostics(document));
      assertEquals("page.md:1: warning: the header of column 2 lost all its letters ('\uFFFD\uFFFD'); it is read as"
          + " the description, the one column beside the codes, which a table of codes gives to its descriptions"
          + " before its names", document.diagnostics().get(1).toString());
    }

    /**
     * Two headers lost whole beside the codes, and no other column: the Japanese page read as
     * Windows-1253 by a decoder that loses bytes has {@code 名前} and {@code 説明} as {@code ��}
     * each. Both columns had been left unread, no row had a description, and the reserved rows
     * were read as codes in use. Their cells tell them apart where those of one are longer than
     * the other's in most rows and twice as long in all: descriptions are sentences, names a few
     * words. Each is read so, with a warning that says why.
     */
    @Test
    void twoHeadersLostWholeBesideTheCodesAreToldByTheirCells() {
      String page = """
          | ステータスコード | 名前 | 説明 |
          | --- | --- | --- |
          | `0`–`999` | | **予約済みで使用されていません。** |
          | `1000` | Normal Closure | 通常のクロージャ。接続が作成された目的に関係なく、接続は正常に完了しました。 |
          | `1001` | Going Away | エンドポイントは、ブラウザーが接続を作成したページから離れようとしているために接続を終了しています。 |
          | `1004` | | **予約済み。**将来的に意味が定義される可能性があります。 |
          """;
      PageRead document = readDecodedAs(page, "windows-1253");
      assertEquals(List.of("0–999", "1000", "1001", "1004"), ranges(document));
      assertEquals(List.of("", "Normal Closure", "Going Away", ""),
          document.rows().stream().map(PageRow::name).toList());
      assertTrue(document.rows().get(1).description().plainText().contains("クロージャ。"),
          document.rows().get(1).description().plainText());
      assertEquals(List.of(true, false, false, true), document.rows().stream().map(PageRow::reserved).toList());
      List<String> inferred = document.diagnostics().stream()
          .filter(d -> d.message() == Message.LOST_HEADER_COLUMN_INFERRED).map(Object::toString).toList();
      assertEquals(2, inferred.size(), inferred.toString());
      assertTrue(inferred.get(0).contains("column 2") && inferred.get(0).contains("read as the name"), inferred.get(0));
      assertTrue(inferred.get(1).contains("column 3") && inferred.get(1).contains("read as the description"),
          inferred.get(1));
      assertFalse(diagnostics(document).toString().contains("COLUMN_UNREAD"), diagnostics(document).toString());
      // A column empty in every row is no description beside one that is not.
      PageRead unnamed = readDecodedAs(page.replace("Normal Closure", "").replace("Going Away", ""), "windows-1253");
      assertEquals(List.of(true, false, false, true), unnamed.rows().stream().map(PageRow::reserved).toList());
      assertTrue(unnamed.rows().get(1).description().plainText().contains("クロージャ。"),
          unnamed.rows().get(1).description().plainText());
    }

    /**
     * Two headers that lost all their characters, or one where the header names both the name and
     * the description, leave nothing to tell a column by: each such column is left unread, with a
     * warning that says why. So do two lost beside the codes whose cells are alike in length.
     */
    @Test
    void aHeaderThatLostAllItsCharactersIsUnreadWhereNoOneColumnIsLeft() {
      for (String header : List.of("| Code | \uFFFD\uFFFD | \uFFFD\uFFFD\uFFFD |",
          "| Code | Name | Description | \uFFFD\uFFFD |")) {
        boolean fourColumns = header.endsWith("\uFFFD\uFFFD |") && header.contains("Description");
        PageRead document = read(header + "\n| --- | --- | --- |" + (fourColumns ? " --- |" : "")
            + "\n| `1000` | Normal | Closed. |" + (fourColumns ? " RFC 6455 |" : "") + "\n");
        assertEquals(List.of("1000"), ranges(document), header);
        assertFalse(diagnostics(document).toString().contains("LOST_HEADER_COLUMN_INFERRED"), header);
        assertTrue(diagnostics(document).toString().contains("COLUMN_UNREAD"), header);
        assertTrue(document.diagnostics().stream().filter(d -> d.message() == Message.COLUMN_UNREAD)
            .allMatch(d -> d.toString().contains("its header lost characters (U+FFFD)")), header);
      }
    }

    /**
     * Where U+FFFD stands in text that is no mojibake, or in mojibake that no charset's lost bytes
     * explain, the line is read as written.
     */
    @Test
    void aReplacementCharacterInCorrectTextIsReadAsWritten() {
      // correct text; a two-byte lead (é) before U+FFFD; a Mac Roman misreading, whose charset defines every byte
      for (String text : List.of("Fermeture \uFFFD normale 正常\uFFFD", "caf\u00E9\uFFFD", "termin\u221A\uFFFDe")) {
        PageRead document = read(PAGE.replace("La connexion s'est terminée normalement. 😳", text));
        assertEquals(text, document.rows().get(0).description().plainText(), text);
        assertFalse(diagnostics(document).toString().contains("MOJIBAKE_CHARACTERS_LOST"), text);
      }
    }

    /**
     * A line that reads as well-formed UTF-8 only as a private-use character or a control is not
     * mojibake of any charset the repair knows: restoring it would put an invisible character in
     * the text, where a charset the repair does not know misread it ({@code ÔÇô} is how IBM857
     * reads the UTF-8 of an en dash, and Mac Roman's round trip makes U+F099 of it).
     */
    @Test
    void noLineIsRestoredIntoPrivateUseOrControlCharacters() {
      // In Mac Roman, ÓÄÄ is the UTF-8 of U+E000, a private-use character, and ¬Ä that of U+0080, a control.
      for (String odd : List.of("\u00D3\u00C4\u00C4", "\u00AC\u00C4")) {
        String text = "Closed " + odd + " normally.";
        PageRead document = read(PAGE.replace("La connexion s'est terminée normalement. 😳", text));
        assertEquals(text, document.rows().get(0).description().plainText(), odd);
        assertEquals(List.of(), diagnostics(document), odd);
      }
    }

    /**
     * Correct words in one script that a charset of that script round-trips are no mojibake:
     * Windows-1251 reads Ukrainian {@code Ні} and {@code Гі} as the UTF-8 of {@code ͳ} and
     * {@code ó}, KOI8-R Russian {@code её} as that of {@code ţ}. Nothing is changed, and nothing said.
     */
    @Test
    void correctWordsOfAnotherScriptAreLeftAlone() {
      for (String word : List.of("Ні", "Гі", "её")) {
        PageRead document = read(PAGE.replace("La connexion s'est terminée normalement. 😳", "Closed: " + word + "."));
        assertEquals("Closed: " + word + ".", document.rows().get(0).description().plainText(), word);
        assertEquals(List.of(), diagnostics(document), word);
      }
    }

    /**
     * A page whose only letters past ASCII are dashes and quotes, as English pages are, read as
     * IBM850: each reads as three letters ({@code ÔÇô} for an en dash), which the repair restores.
     */
    @Test
    void punctuationReadAsLettersIsRestored() {
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal | The connection closed – as it should. |
          | `4000`–`4999` | Private | For an application’s own use. |
          """;
      PageRead document = Reading.page("page.md", misread(page, Charset.forName("IBM850")).getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("1000", "4000–4999"), ranges(document));
      assertEquals("For an application’s own use.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().contains("IBM850"), document.diagnostics().get(0)::toString);
    }

    /**
     * The same page misread as IBM850 and then as Windows-1257: the first layer's {@code Ć”Ć‡Ć´}
     * round-trips as Windows-1257 to {@code ÔÇô}, which the next layer restores to an en dash, and as
     * Windows-1250 to {@code ƔƇƴ}, which nothing restores. The two explain as many lines, with as
     * few unlikely characters, and the first in the list had won: the ranges were errors
     * ({@code '0ƔƇƴ999' is not a close code}). Of such a tie, the text the layers after it leave with
     * the fewest characters past ASCII wins, for each layer of mojibake adds some.
     */
    @Test
    void aTieBetweenCharsetsGoesToTheTextTheLaterLayersRestore() {
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `0`–`999` | | Not used. |
          | `1000` | Normal | The connection closed – as it should. |
          | `4000`–`4999` | Private | For an application’s own use. |
          """;
      String misread = misread(misread(page, Charset.forName("IBM850")), Charset.forName("windows-1257"));
      PageRead document = Reading.page("page.md", misread.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("0–999", "1000", "4000–4999"), ranges(document));
      assertEquals("For an application’s own use.", document.rows().get(2).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED", "3 warning MOJIBAKE_REPAIRED_AGAIN"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().contains("Windows-1257"), document.diagnostics().get(0)::toString);
    }

    /**
     * Where two charsets round-trip the same lines into different text, the page is put down to one
     * misreading, and the text that reads as words wins: German misread as ISO-8859-15 holds
     * {@code ÃŒ} for {@code ü}, which Windows-1252 would restore as {@code Ì}, in {@code fÌr}.
     */
    @Test
    void lineTheOtherCharsetsAlsoRestoreAreRestoredAsTheWholePageShows() {
      String page = """
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal | Für den Abschluss. |
          | `1001` | Weg | Der Browser verlässt die Seite, schön. |
          | `4000`–`4999` | Privat | Für Anwendungen. |
          """;
      PageRead document =
          Reading.page("page.md", misread(page, Charset.forName("ISO-8859-15")).getBytes(StandardCharsets.UTF_8));
      assertEquals("Für den Abschluss.", document.rows().get(0).description().plainText());
      assertEquals("Der Browser verlässt die Seite, schön.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertEquals("page.md:3: warning: repaired mojibake: UTF-8 text had been read as ISO-8859-15 and saved again;"
          + " 3 line(s) restored, from this line to line 5", document.diagnostics().get(0).toString());
    }

    /** Sentences in the scripts and languages of the charsets the repair knows, and symbols. */
    private static final List<String> SENTENCES = List.of(
        "Η σύνδεση έκλεισε κανονικά· ο διακομιστής τερματίζει τη σύνδεση «ΑΒΓ» — ΌΧΙ, ναι.",
        "החיבור נסגר כרגיל; השרת מסיים את החיבור — \"שגיאה\" בפרוטוקול.",
        "تم إغلاق الاتصال بشكل طبيعي؛ الخادم ينهي الاتصال — «خطأ» في البروتوكول.",
        "การเชื่อมต่อถูกปิดตามปกติ เซิร์ฟเวอร์ยุติการเชื่อมต่อ",
        "Соединение закрыто нормально; сервер завершает соединение — «ошибка» протокола. Ёж, её, ЁЁ.",
        "З’єднання закрито нормально; Ні, Так, Гі, Ві, ЇЇ, Ґанок, її, ЄС.",
        "Bağlantı normal şekilde kapandı; sunucu bağlantıyı sonlandırıyor — İİ ğğ şş ıı.",
        "Połączenie zostało zamknięte normalnie; źdźbło, żółć, ŁÓDŹ, ąę.",
        "Spojení bylo ukončeno normálně; příliš žluťoučký kůň úpěl ďábelské ódy.",
        "Kết nối đã đóng bình thường; máy chủ chấm dứt kết nối — ĐƯỢC rồi.",
        "연결이 정상적으로 종료되었습니다; 서버가 연결을 종료합니다.",
        "Ryšys uždarytas įprastai; ąčęėįšųūž ĄČĘĖĮŠŲŪŽ.",
        "Die Verbindung wurde ordnungsgemäß geschlossen; Größe, Übergröße, ÄÖÜ äöü ß.",
        "Codes ≥ 1000 and ≤ 4999 — “quoted” ‘text’ … € £ ¥ © ® ™ ½ ¼ ¾ ° ± × ÷ µ ¶ § • †‡ ‰ «»");

    /**
     * Correct text in each of these scripts is left as it is, and the same text misread as each
     * charset the repair knows reads back as it was.
     */
    @Test
    void everySentenceIsLeftAloneAndRestoredFromEveryMisreading() {
      for (String sentence : SENTENCES) {
        String page = "| Code | Name | Description |\n| --- | --- | --- |\n| `1000` | Normal | " + sentence
            + " |\n| `4000`–`4999` | Private | " + sentence + " |\n";
        PageRead correct = Reading.page("page.md", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(sentence, correct.rows().get(1).description().plainText());
        assertFalse(diagnostics(correct).stream().anyMatch(d -> d.contains("MOJIBAKE")), sentence);
        for (SingleByteCharset charset : SingleByteCharset.MISREAD_AS) {
          String damaged = misread(page, Charset.forName(charset.jdkName()));
          PageRead restored = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
          assertEquals(correct.rows(), restored.rows(), () -> charset.displayName() + ": " + sentence);
        }
      }
    }

    /**
     * The page read after a decoder read its UTF-8 as the charset, putting U+FFFD for each byte
     * the charset leaves undefined, as Java's does, and it was saved again as UTF-8.
     */
    private static PageRead readDecodedAs(String page, String charset) {
      String damaged = new String(page.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
      return Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
    }

    /** The text as a tool that read its UTF-8 as {@code charset} saved it, undefined bytes as their C1 controls. */
    private static String misread(String text, Charset charset) {
      StringBuilder misread = new StringBuilder();
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        String decoded = new String(new byte[] {b}, charset);
        misread.append(decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) (b & 0xFF));
      }
      return misread.toString();
    }

    private void assertRepairedFrom(Charset misread, String charsetName) {
      String mojibake = new String(PAGE.getBytes(StandardCharsets.UTF_8), misread);
      PageRead document = Reading.page("page.md", mojibake.getBytes(StandardCharsets.UTF_8));
      assertEquals(
          "La connexion s'est terminée normalement. 😳", document.rows().get(0).description().plainText());
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().contains(charsetName));
    }

    /**
     * Correct French that Mac Roman would have made of well-formed UTF-8 ({@code ’é} are the bytes
     * D5 8E, an Armenian letter) is no mojibake: nothing is changed, and nothing said.
     */
    @Test
    void correctAccentedTextIsLeftAlone() {
      String text = "terminée à Zürich, l’été, «Écoute», “École”, d’être — ôté";
      PageRead document = read(PAGE.replace("terminée", text));
      assertEquals(List.of(), diagnostics(document));
      assertTrue(document.rows().get(0).description().plainText().contains(text));
    }

    /**
     * Correct French whose only accents on a line are a pair that Mac Roman would have made of
     * well-formed UTF-8 ({@code ’ê}, the bytes of an Armenian letter) is left as written: a repair
     * would put that letter inside a French word. That the line reads that way is said, at its line.
     */
    @Test
    void aRepairThatWouldPutALetterInAWordOfAnotherScriptIsLeftAsWritten() {
      PageRead document = read("""
          | Code | Nom | Description |
          | --- | --- | --- |
          | 1000 | Fermeture normale | La connexion s'est terminée normalement. |
          | 1001 | Depart | Fin d’être. |
          | 1002 | Erreur | L’être. |
          """);
      assertEquals("Fin d’être.", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning MOJIBAKE_DOUBTFUL"), diagnostics(document));
      assertEquals("page.md:4: warning: this line reads as UTF-8 that Mac Roman misread, but restored it would put"
          + " '\u0550' in a word of another script or notation, so it is left as written; 2 line(s) like it,"
          + " from this line to line 5", document.diagnostics().get(0).toString());
    }

    /**
     * A no-break space before an accented letter ({@code pas être}, as French typography may
     * write it) is, in Mac Roman, the UTF-8 of a phonetic letter ({@code ʐ}): no page's word holds
     * one, so the line is left as written, and said.
     */
    @Test
    void aRepairThatWouldPutAPhoneticLetterInAWordIsLeftAsWritten() {
      PageRead document = read("""
          | Code | Nom | Description |
          | --- | --- | --- |
          | 1000 | Fermeture normale | La connexion s'est terminee normalement. |
          | 3000 | | Ces codes ne doivent pas\u00a0être utilises par des applications. |
          """);
      String description = document.rows().get(1).description().plainText();
      assertTrue(description.contains("être utilises") && !description.contains("\u0290"), description);
      assertEquals(List.of("4 warning MOJIBAKE_DOUBTFUL"), diagnostics(document));
      assertTrue(document.diagnostics().get(0).text().contains("'\u0290' in a word"),
          document.diagnostics().get(0).text());

      // On a page whose other lines are mojibake beyond doubt, the same shape is restored: a face, ʘwʘ.
      PageRead damaged = read("""
          | Code | Nom | Description |
          | --- | --- | --- |
          | 1000 | Fermeture normale | La connexion s'est termin\u221a\u00a9e normalement. |
          | 1001 | Depart | Fin. \u00a0\u00f2w\u00a0\u00f2 |
          """);
      assertEquals("Fin. \u0298w\u0298", damaged.rows().get(1).description().plainText());
      assertEquals(List.of("3 warning MOJIBAKE_REPAIRED"), diagnostics(damaged));
    }

    /**
     * Mojibake of a character the page holds, on a line that also holds correct text: the line is
     * left as it is, for the repair cannot be sure of it, but it is named.
     */
    @Test
    void mojibakeBesideCorrectTextIsLeftAsItIsAndNamed() {
      PageRead document = read(PAGE.replace("terminée", "terminée à Zürich, Ã©tonnant"));
      assertEquals(List.of("2 warning MOJIBAKE_LEFT"), diagnostics(document));
      assertTrue(document.rows().get(0).description().plainText().contains("Zürich, Ã©tonnant"));
      assertEquals("page.md:2: warning: this line looks partly like mojibake: 'Ã©' is how Windows-1252 reads"
              + " the UTF-8 of 'é', but the line also holds correct text, so it is left as it is;"
              + " 1 line(s) like it, from this line to line 2",
          document.diagnostics().get(0).toString());
    }

    /** A French table whose words hold letters past ASCII on every row, for mojibake to be made of. */
    private static final String FRENCH_TABLE = """
        <table><tr><th>Code</th><th>Nom</th><th>Description</th></tr>
        <tr><td>1000</td><td>Fermeture normale</td><td>La connexion s'est terminée normalement.</td></tr>
        <tr><td>1001</td><td>Départ</td><td>Le pair s'en va, et l'a signalé.</td></tr>
        <tr><td>1002</td><td>Erreur de protocole</td><td>Le pair a reçu une trame erronée.</td></tr>
        </table>
        """;

    /**
     * A character of the mojibake changed, or one put inside it ({@code termin√`e} for
     * {@code termin√©e}), leaves its line no UTF-8 misread, so it is not restored: 1000's
     * description held {@code √`} with nothing said where the rest of the page was restored. The
     * line is still left as written, but a character that opens a character's UTF-8 elsewhere on
     * the page, and that no letter of a word is, is named where what follows it does not go on with
     * it. On a page with no mojibake such a character says nothing.
     */
    @Test
    void aMojibakeSequenceDamagedOnARestoredPageIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String edited = damaged.replace("termin\u221A\u00A9e", "termin\u221A`e");
      PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
      assertEquals("La connexion s'est termin\u221A`e normalement.", document.rows().get(0).description().plainText());
      assertEquals("Le pair a reçu une trame erronée.", document.rows().get(2).description().plainText());
      assertEquals(List.of("2 warning MOJIBAKE_SEQUENCE_BROKEN", "3 warning MOJIBAKE_REPAIRED"),
          diagnostics(document));
      assertEquals("page.md:2: warning: 'termin\u221A`e' holds '\u221A', which opens a character's UTF-8 as Mac"
          + " Roman reads it, as elsewhere on this page, but what follows does not go on with it: a character of"
          + " the mojibake was changed or lost, so the line is left as written; 1 line(s) like it, from this line"
          + " to line 2", document.diagnostics().get(0).toString());

      PageRead correct = read(PAGE.replace("terminée", "terminée, \u221A2 \u2248 1.41"));
      assertEquals(List.of(), diagnostics(correct));
    }

    /**
     * A character in the place of a mojibake sequence's first one ({@code termin<©e} for
     * {@code termin√©e}) leaves a character that goes on with a sequence with none to go on with:
     * the line is no UTF-8 misread and is left as written, and 1000's description held {@code <©}
     * with nothing said. Where such a character follows a sign inside a word, as a sequence's
     * opener never does, or opens a line between a word's letters (a line break in the opener's
     * place), the line is named; a {@code ©} after white space or a bracket, as text writes it, and
     * one on a page with no mojibake, say nothing.
     */
    @Test
    void aMojibakeSequenceThatLostItsOpenerOnARestoredPageIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String edited = damaged.replace("termin\u221A\u00A9e", "termin<\u00A9e") + "\nSee the notes (\u00A9 2020).\n";
      PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
      assertEquals("La connexion s'est termin<\u00A9e normalement.", document.rows().get(0).description().plainText());
      assertEquals("Départ", document.rows().get(1).name());
      assertEquals(List.of("2 warning MOJIBAKE_SEQUENCE_OPENER_LOST", "3 warning MOJIBAKE_REPAIRED"),
          diagnostics(document));
      assertEquals("page.md:2: warning: 'termin<\u00A9e' holds '\u00A9', which goes on with a character's UTF-8"
          + " as Mac Roman reads it, as elsewhere on this page, but no character that opens one stands before it:"
          + " a character of the mojibake was changed or lost, so the line is left as written; 1 line(s) like"
          + " it, from this line to line 2", document.diagnostics().get(0).toString());

      // a line break in the opener's place, a word's letters before it and after the character
      String broken = damaged.replace("erron\u221A\u00A9e", "erron\n\u00A9e");
      PageRead lineBroken = Reading.page("page.md", broken.getBytes(StandardCharsets.UTF_8));
      assertEquals("Le pair a reçu une trame erron \u00A9e.", lineBroken.rows().get(2).description().plainText());
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "5 warning MOJIBAKE_SEQUENCE_OPENER_LOST"),
          diagnostics(lineBroken));

      PageRead correct = read(PAGE.replace("terminée", "terminée, a<\u00A9b"));
      assertEquals(List.of(), diagnostics(correct));
    }

    /**
     * An apostrophe, a tab or a space in the place of a mojibake sequence's first character
     * ({@code donn'©es}, {@code erron	©e} for {@code donn√©es}, {@code erron√©e}) left the
     * sequence's second character inside the word, the line no UTF-8 misread, with nothing said:
     * text writes an apostrophe inside a word ({@code s'est}) and white space between words, but not
     * before a sign such as {@code ©} that a letter follows. The line is named; a {@code ©} that no
     * letter follows ({@code l'© 2020}, {@code Notes ©2020}) says nothing.
     */
    @Test
    void aMojibakeSequenceWhoseOpenerBecameAnApostropheOrWhiteSpaceIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"))
          + "\nNotes ©2020, l'\u00A9 2020.\n";
      for (String inPlace : List.of("'", "\t", " ")) {
        String edited = damaged.replace("erron\u221A\u00A9e", "erron" + inPlace + "\u00A9e");
        PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "4 warning MOJIBAKE_SEQUENCE_OPENER_LOST"),
            diagnostics(document), inPlace);
        assertTrue(document.diagnostics().get(1).text()
            .startsWith("'erron" + inPlace.replace("\t", "\\x09") + "\u00A9e.</td></tr>' holds '\u00A9',"),
            document.diagnostics().get(1)::toString);
      }
      PageRead undamaged = Reading.page("page.md", damaged.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED"), diagnostics(undamaged));
    }

    /**
     * A mojibake sequence's first character lost between a word's letters ({@code donn©es} for
     * {@code donn√©es}) left the second inside the word, the line no UTF-8 misread, and its other
     * mojibake ({@code plut√¥t}, {@code re√ßu}) too, with nothing said: text puts no such sign
     * between two letters. The line is named, as where a sign that is no mojibake's took the opener's place
     * ({@code erron−©e}); a sign text writes between letters says nothing, as the acute accent that
     * stands for an apostrophe ({@code L´endpoint}) does on a page whose mojibake goes on with it,
     * and nor does a whole sequence whose opener is a letter ({@code DÃ©part}) on a line left as written.
     */
    @Test
    void aMojibakeSequenceThatLostItsOpenerBetweenLettersIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String edited = damaged.replace("erron\u221A\u00A9e", "erron\u00A9e");
      PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
      assertEquals("Le pair a re\u221A\u00DFu une trame erron\u00A9e.",
          document.rows().get(2).description().plainText());
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "4 warning MOJIBAKE_SEQUENCE_OPENER_LOST"),
          diagnostics(document));
      assertTrue(document.diagnostics().get(1).text().startsWith("'erron\u00A9e.</td></tr>' holds '\u00A9',"),
          document.diagnostics().get(1)::toString);

      // a sign that is no mojibake's, as Mac Roman has none for it, in the opener's place inside a word
      for (String sign : List.of("\u2212", "\uFF5E", "\u2010", "\u0661")) {
        String replaced = damaged.replace("erron\u221A\u00A9e", "erron" + sign + "\u00A9e");
        assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "4 warning MOJIBAKE_SEQUENCE_OPENER_LOST"),
            diagnostics(Reading.page("page.md", replaced.getBytes(StandardCharsets.UTF_8))), sign);
      }

      // a line left as written, its sequences whole: Windows-1252's opener of 'é' is a letter ("DÃ©part")
      String windows = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
          .replace("D\u00C3\u00A9part", "D\u00C3\u00A9part (fen\u00EAtre)");
      PageRead left = Reading.page("page.md", windows.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "3 warning MOJIBAKE_LEFT"), diagnostics(left));

      // the acute accent is a sequence's second character in Mac Roman ("√´" for 'ë'), and an apostrophe in text
      String accents = new String((FRENCH_TABLE + "Le No\u00EBl du client.\n").getBytes(StandardCharsets.UTF_8),
          Charset.forName("x-MacRoman")) + "L\u00B4endpoint, l\u00B4autre.\n";
      PageRead written = Reading.page("page.md", accents.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED"), diagnostics(written));
    }

    /**
     * A sign in the place of the first character of a mojibake sequence that opens a word
     * ({@code <† propos} for {@code à propos}) left the sequence's second character after it, the
     * line no UTF-8 misread, with nothing said: text writes a sign before a word, but not
     * {@code <}, {@code &} or {@code /} before such a character, nor a sign the charset has no byte
     * for ({@code −† propos}), which no mojibake holds. The line is named where a letter
     * or white space follows the character; an opening bracket or quote before it
     * ({@code (© 2020)}, {@code "©"}, a full-width one: {@code （© 2020）}) says nothing.
     */
    @Test
    void aMojibakeSequenceThatLostItsOpenerToASignAtAWordsStartIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"))
          + "Voir \u221A\u2020 venir.\nUne note SIGN\u2020 propos.\nNotes (\u00A9 2020), \"\u00A9\" et [\u00A9 2021].\n"
          + "\u8457\u4F5C\u6A29\uFF08\u00A9 2020\uFF09\u3002\n";
      for (String sign : List.of("<", "&", "/", "\u2212", "\uFF5E")) {
        String edited = damaged.replace("SIGN", sign);
        PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "7 warning MOJIBAKE_SEQUENCE_OPENER_LOST"),
            diagnostics(document), sign);
        assertTrue(document.diagnostics().get(1).text().startsWith("'" + sign + "\u2020' holds '\u2020',"),
            document.diagnostics().get(1)::toString);
      }
      PageRead undamaged = Reading.page("page.md", damaged.replace("SIGN", "\u221A").getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED"), diagnostics(undamaged));
    }

    /** A damaged page edited by hand: the lines still whole are repaired, the edited one named. */
    @Test
    void aLineEditedInADamagedPageIsNamed() {
      String damaged = new String(FRENCH_TABLE.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
      String edited = damaged.replace("D\u221A\u00A9part", "D\u221A\u00A9part (fenêtre)"); // a real ê
      PageRead document = Reading.page("page.md", edited.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("2 warning MOJIBAKE_REPAIRED", "3 warning MOJIBAKE_LEFT"), diagnostics(document));
      assertEquals("La connexion s'est terminée normalement.", document.rows().get(0).description().plainText());
      assertEquals("Le pair a reçu une trame erronée.", document.rows().get(2).description().plainText());
      assertEquals("D\u221A\u00A9part (fenêtre)", document.rows().get(1).name());
      assertTrue(
          document.diagnostics().get(1).text().contains("'\u221A\u00A9' is how Mac Roman reads the UTF-8 of 'é'"),
          document.diagnostics().get(1)::toString);
    }
  }

  @Nested
  class Errors {

    private static final String HEAD = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n";

    private PageRead table(String... rows) {
      StringBuilder text = new StringBuilder(HEAD);
      for (String row : rows) {
        text.append("<tr><td>").append(row).append("</td><td></td><td>Text of ").append(row).append(".</td></tr>\n");
      }
      return read(text.append("</table>\n").toString());
    }

    /** A number with a full stop after it is no code, and no list item either: the error quotes it. */
    @Test
    void aCodeWithAFullStopIsAnErrorThatQuotesIt() {
      String fine = "| `1002` | Fine | Fine. |\n";
      for (boolean first : List.of(true, false)) {
        String stop = "| 1001. | Going Away | Leaving. |\n";
        PageRead document = read("| Status code | Name | Description |\n| --- | --- | --- |\n"
            + (first ? stop + fine : fine + stop));
        int line = first ? 3 : 4;
        assertOnlyError(document, line, Message.NOT_A_CODE);
        assertTrue(document.diagnostics().get(0).text().contains("'1001.'"), document.diagnostics().get(0).text());
      }
    }

    /**
     * A table whose header names its column of codes, none of whose cells reads as one, is the
     * page's table written in a way not read: the error quotes its first cell at that cell's line,
     * where it said at line 1 that no table had a column of codes by its header.
     */
    @Test
    void aColumnOfCodesByItsHeaderWithNoCodeInItIsAnErrorAtItsFirstCell() {
      for (String cells : List.of("1000.|1001.", "#1000|#1001")) {
        String[] codes = cells.split("\\|");
        PageRead markdown = read("# Close codes\n\nThe codes:\n\n| Status code | Name | Description |\n"
            + "| --- | --- | --- |\n| | | |\n| " + codes[0] + " | Normal | Done. |\n| " + codes[1] + " | Away | Gone. |\n");
        assertOnlyError(markdown, 8, Message.NO_CODE_UNDER_CODE_HEADER);
        assertEquals("'" + codes[0] + "' is not a close code: expected a number such as 1000, or a range such as"
            + " 3000–3999; no cell under the header 'Status code' (line 5) reads as one, so the page has no"
            + " close-code table", markdown.diagnostics().get(0).text());
        PageRead html = read("<table>\n<tr><th>Name</th><th>Code</th></tr>\n<tr><td>Normal</td><td>" + codes[0]
            + "</td></tr>\n</table>\n");
        assertOnlyError(html, 3, Message.NO_CODE_UNDER_CODE_HEADER);
      }
      // codes grouped in thousands are said to be so, where the column is read as the codes
      PageRead grouped = read("# Close codes\n\nThe codes:\n\n| Status code | Name | Description |\n"
          + "| --- | --- | --- |\n| | | |\n| 1 000 | Normal | Done. |\n| 1 001 | Away | Gone. |\n");
      assertOnlyError(grouped, 8, Message.CODE_DIGITS_GROUPED);
      // a table whose header names no column of codes is no table of them
      assertOnlyError(read("| Name | Description |\n| --- | --- |\n| 1 000 | Done. |\n"), 1, Message.NO_TABLE);
      // words under the header are no codes either; blank cells say nothing
      assertOnlyError(read("| Code | Description |\n| --- | --- |\n| Normal | Done. |\n"), 3,
          Message.NO_CODE_UNDER_CODE_HEADER);
      assertOnlyError(read("| Code | Description |\n| --- | --- |\n| – | Done. |\n"), 1, Message.NO_TABLE);
    }

    private void assertOnlyError(PageRead document, int line, Message message) {
      List<Diagnostic> errors = document.diagnostics().stream().filter(Diagnostic::isError).toList();
      assertEquals(List.of(line + " error " + message), errors.stream()
          .map(d -> d.line() + " " + d.severity().label() + " " + d.message()).toList());
    }

    @Test
    void aCodeThatIsNotANumber() {
      PageRead document = table("1000", "10O1", "1002");
      assertOnlyError(document, 4, Message.NOT_A_CODE);
      assertTrue(document.diagnostics().get(0).text().startsWith("'10O1' is not a close code"));
    }

    /** A code written with leading zeros is read as its number, but the page wrote it oddly: said. */
    @Test
    void aCodeWithLeadingZerosIsReadAsItsNumberWithAWarning() {
      PageRead document = table("0–999", "1000", "01001", "02000–02999");
      assertEquals(List.of("5 warning LEADING_ZEROS_REPAIRED", "6 warning LEADING_ZEROS_REPAIRED"),
          document.diagnostics().stream().map(d -> d.line() + " " + d.severity().label() + " " + d.message()).toList());
      assertEquals("'01001' is written with leading zeros; read as 1001", document.diagnostics().get(0).text());
      assertEquals("2000–2999", document.rows().get(3).range().toString());
    }

    /**
     * Markdown's marks in an HTML table's cell ({@code <td>`1000`</td>}) are text to a Markdown
     * reader, which reads no Markdown on an HTML block's lines: MDN shows the backquotes. The code
     * they stand around is read, with a warning that says how to write it; that had been the error
     * of a cell that is no code, which named no cause.
     */
    @Test
    void aCodeInMarkdownsMarksInAnHtmlCellIsReadWithAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>`1000`</td><td>Normal Closure</td><td>Done.</td></tr>
          <tr><td>**1004**</td><td>Reserved</td><td><strong>Reserved.</strong></td></tr>
          <tr><td>`3000`–`3999`</td><td></td><td>For libraries.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1004", "3000–3999"), ranges(document));
      assertEquals(List.of("3 warning CODE_MARKS_REPAIRED", "4 warning CODE_MARKS_REPAIRED",
          "5 warning CODE_MARKS_REPAIRED"),
          document.diagnostics().stream().map(d -> d.line() + " " + d.severity().label() + " " + d.message()).toList());
      String text = document.diagnostics().get(0).text();
      assertTrue(text.startsWith("'`1000`' ") && text.contains("<code>1000</code>"), text);
      // marks around words are no code's
      assertOnlyError(read("<table>\n<tr><th>Code</th><th>Description</th></tr>\n<tr><td>1000</td><td>Done.</td></tr>\n"
          + "<tr><td>`Normal`</td><td>Gone.</td></tr>\n</table>\n"), 4, Message.NOT_A_CODE);
    }

    @Test
    void aRangeThatRunsBackwards() {
      assertOnlyError(table("1000", "2999–2000"), 4, Message.RANGE_BACKWARDS);
    }

    @Test
    void aCodeOutsideTheCodeSpace() {
      assertOnlyError(table("1000", "65536"), 4, Message.CODE_OUT_OF_BOUNDS);
      assertOnlyError(table("1000", "4000–99999999999999999999"), 4, Message.CODE_OUT_OF_BOUNDS);
    }

    @Test
    void aCodeOutsideTheCodeSpaceIsQuotedAsWrittenHoweverLong() {
      Map<String, String> outsideByCell = new LinkedHashMap<>();
      outsideByCell.put("65536", "65536");
      outsideByCell.put("4000–99999999999999999999", "99999999999999999999");
      outsideByCell.put("99999999999999999999–4000", "99999999999999999999");
      outsideByCell.put("–99999999999999999999", "99999999999999999999");
      outsideByCell.put("0000070000", "70000");
      outsideByCell.forEach((cell, outside) -> {
        PageRead document = table("1000", cell);
        assertOnlyError(document, 4, Message.CODE_OUT_OF_BOUNDS);
        assertEquals(outside + " is outside the close-code space 0–65535",
            document.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().text(), cell);
      });
    }

    @Test
    void theSameCodeTwice() {
      PageRead document = table("1000", "1001", "1000");
      assertOnlyError(document, 5, Message.DUPLICATE_CODE);
      assertEquals("page.md:5: error: 1000 is listed twice; it is also at line 3", document.diagnostics().get(0).toString());
    }

    @Test
    void rangesThatPartlyOverlap() {
      assertOnlyError(table("1000–1999", "1500–2999"), 4, Message.PARTIAL_OVERLAP);
    }

    /**
     * A range's start is inferred from the row before it only where the row after it starts past
     * it: the French page's {@code –1014} swapped with the row of 1011 before it read as 1011–1014
     * above 1011, two rows for 1011, with only the inference said. The row after it inside the
     * range tells the rows are not as written.
     */
    @Test
    void aLostRangeStartThatCannotBeInferred() {
      assertOnlyError(table("–1014"), 3, Message.RANGE_START_MISSING);
      assertOnlyError(table("1015", "–1014"), 4, Message.RANGE_START_MISSING);
      PageRead swapped = table("1010", "–1014", "1011", "1015");
      assertOnlyError(swapped, 4, Message.RANGE_START_MISSING);
      assertEquals("page.md:4: error: the range '–1014' has lost its start and it cannot be inferred: the row after"
          + " it, at line 5, starts at 1011, inside the range it would be (1011–1014)",
          swapped.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().toString());
    }

    @Test
    void aLostRangeEndThatCannotBeInferred() {
      assertOnlyError(table("1015", "1016–"), 4, Message.RANGE_END_MISSING);
      assertOnlyError(table("1015", "1016–", "1016"), 4, Message.RANGE_END_MISSING);
      assertOnlyError(table("1015", "1016–", "1000"), 4, Message.RANGE_END_MISSING);
      assertOnlyError(table("1015", "1016–", "–2999"), 4, Message.RANGE_END_MISSING);
    }

    @Test
    void noCloseCodeTable() {
      assertOnlyError(read("# CloseEvent\n\nNo table here.\n"), 1, Message.NO_TABLE);
    }

    /**
     * MDN has kept the table on the page of the property {@code code} since 2021 (in English; the
     * translations followed): the page of the interface, which an older guide names, has none, and
     * the error says where it is, at the line that tells which page this is.
     */
    @Test
    void theInterfacesPageWithoutATableSaysWhereMdnKeepsIt() {
      String hint = "no close-code table found: no table has a column of close codes, by its header or by its cells;"
          + " this is the page of the interface CloseEvent, and MDN keeps the table on the page of its property"
          + " code (web/api/closeevent/code/index.md below each locale's folder of MDN's sources): name that page";
      PageRead bySlug = read("---\ntitle: CloseEvent\nslug: Web/API/CloseEvent\n---\n\nNo table here.\n");
      assertOnlyError(bySlug, 3, Message.NO_TABLE);
      assertEquals(hint, bySlug.diagnostics().get(0).text());
      PageRead byCompat = read("---\ntitle: CloseEvent\nbrowser-compat: api.CloseEvent\n---\n\nNo table here.\n");
      assertOnlyError(byCompat, 3, Message.NO_TABLE);
      assertEquals(hint, byCompat.diagnostics().get(0).text());

      PageRead property = read("---\ntitle: CloseEvent.code\nslug: Web/API/CloseEvent/code\n---\n\nNo table.\n");
      assertOnlyError(property, 1, Message.NO_TABLE);
      assertFalse(property.diagnostics().get(0).text().contains("interface"), property.diagnostics().toString());

      // a page saved from a browser says so in its head, at the line of its canonical address or title
      for (String head : List.of(
          "<meta charset=\"utf-8\">\n<link rel=\"canonical\" href=\"https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent\">",
          "<meta charset=\"utf-8\">\n<title>CloseEvent - Web APIs | MDN</title>",
          "<meta charset=\"utf-8\">\n<title>content/files/en-us/web/api/closeevent/index.md at main \u00b7 mdn/content</title>")) {
        PageRead saved = Reading.page("closeevent.html", "<!DOCTYPE html>\n<html>\n<head>\n" + head
            + "\n</head>\n<body>\n<p>No table here.</p>\n</body>\n</html>\n");
        assertOnlyError(saved, 5, Message.NO_TABLE);
        assertEquals(hint, saved.diagnostics().get(0).text(), head);
      }
      PageRead savedProperty = Reading.page("code.html", "<html>\n<head>\n<title>CloseEvent: code property - Web APIs"
          + " | MDN</title>\n</head>\n<body>\n<p>No table.</p>\n</body>\n</html>\n");
      assertOnlyError(savedProperty, 1, Message.NO_TABLE);
      assertFalse(savedProperty.diagnostics().get(0).text().contains("interface"), savedProperty.diagnostics().toString());
    }

    /**
     * A table copied from a browser's page into text has its cells set apart by tabs; a converter's
     * plain table, by runs of spaces. Markdown shows either as a paragraph: the error names the
     * first line that opens with a close code so, not line 1 with no word of why, the code written
     * as code too, as pandoc writes its simple tables.
     */
    @Test
    void rowsOfCellsSetApartByTabsOrSpacesAreNamed() {
      String tabs = "Close codes\n\nStatus code\tMeaning\tDescription\n0\u2013999\t\tNot used.\n"
          + "1000\tNormal Closure\tDone.\n1001\tGoing Away\tGone.\n";
      PageRead copied = read(tabs);
      assertOnlyError(copied, 5, Message.CODES_IN_PLAIN_LINES);
      assertTrue(copied.diagnostics().get(0).text().contains("'1000'") && copied.diagnostics().get(0).text().contains("tabs"),
          copied.diagnostics().toString());
      PageRead aligned = read("Close codes\n\nCode    Name              Description\n"
          + "1000    Normal Closure    Done.\n1001    Going Away        Gone.\n");
      assertOnlyError(aligned, 4, Message.CODES_IN_PLAIN_LINES);
      // pandoc's simple table writes each code as code, `1000` in its Markdown and ``1000`` in reStructuredText
      for (String code : List.of("`1000`", "``1000``")) {
        PageRead converted = read("Close codes\n\n  Status code    Meaning\n  -------------- ----------------\n"
            + "  " + code + " ".repeat(15 - code.length()) + "Normal Closure\n");
        assertOnlyError(converted, 5, Message.CODES_IN_PLAIN_LINES);
        assertTrue(converted.diagnostics().get(0).text().contains("'1000'"), converted.diagnostics().toString());
      }
      // a text browser's dump (w3m, links, html2text) sets the whole page in, which Markdown shows as code
      PageRead dumped = read("Close codes\n\n    The codes:\n\n    Code    Name              Description\n"
          + "    1000    Normal Closure    Done.\n    1001    Going Away        Gone.\n");
      assertOnlyError(dumped, 6, Message.CODES_IN_PLAIN_LINES);
      assertTrue(dumped.diagnostics().get(0).text().contains("shows as code"), dumped.diagnostics().toString());
      assertTrue(aligned.diagnostics().get(0).text().contains("shows as a paragraph"), aligned.diagnostics().toString());
      // a line shown as text is named before one in code
      PageRead both = read("Close codes\n\n    1000    Normal Closure    Done.\n\n1001    Going Away        Gone.\n");
      assertOnlyError(both, 5, Message.CODES_IN_PLAIN_LINES);
      // a sentence that opens with a code is no row, in code neither
      assertOnlyError(read("1000 is the code of a normal closure.\n"), 1, Message.NO_TABLE);
      assertOnlyError(read("Close codes\n\n    1000 is the code of a normal closure.\n"), 1, Message.NO_TABLE);
      // nor a line in a comment
      assertOnlyError(read("<!--\n1000    Normal Closure    Done.\n-->\n"), 1, Message.NO_TABLE);
    }

    @Test
    void anEmptyFile() {
      assertOnlyError(read(""), 1, Message.EMPTY_FILE);
      assertOnlyError(read("\n  \n"), 1, Message.EMPTY_FILE);
    }

    @Test
    void aBinaryFile() {
      byte[] bytes = {'P', 'K', 3, 4, '\n', 0, 0, 20, (byte) 0xFF};
      PageRead document = Reading.page("page.md", bytes);
      assertOnlyError(document, 2, Message.BINARY_FILE);
    }

    /**
     * A page a browser saved to one file with what it shows (MHTML) is a MIME message whose HTML
     * is encoded: quoted-printable breaks long lines with {@code =} and writes {@code =3D} for
     * {@code =} and {@code =E2=80=93} for a dash, so a page without ranges read as rows, its
     * descriptions cut by {@code = }, with nothing said. It is an error at the header that makes it
     * one, not the page's text; a page that only mentions such a header in its text is a page.
     */
    @Test
    void aPageSavedAsAWebArchiveIsAnErrorNotItsEncodedText() {
      String table = "<table>\n<tr><th class=3D\"header\">Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td><code>1000</code></td><td>Normal Closure</td><td>The connection successfully completed the pur=\n"
          + "pose for which it was created.</td></tr>\n</table>\n";
      String archive = "From: <Saved by Blink>\nSnapshot-Content-Location: https://developer.mozilla.org/en-US/docs/"
          + "Web/API/CloseEvent/code\nSubject: CloseEvent: code property\nMIME-Version: 1.0\n"
          + "Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"----MultipartBoundary--x----\"\n\n\n"
          + "------MultipartBoundary--x----\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
          + table + "------MultipartBoundary--x------\n";
      PageRead saved = Reading.page("page.mhtml", archive.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
      assertOnlyError(saved, 5, Message.WEB_ARCHIVE);
      assertTrue(saved.diagnostics().get(0).text().contains("multipart/related"), saved.diagnostics().toString());
      // one part alone, as a mail carries a page, is a MIME message too
      String onePart = "MIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n"
          + "Content-Transfer-Encoding: quoted-printable\n\n" + table;
      assertOnlyError(Reading.page("page.eml", onePart.getBytes(StandardCharsets.US_ASCII)), 2, Message.WEB_ARCHIVE);
      // a page whose text opens with such words, not as a message's header, is read as a page
      PageRead page = read("Content-Type: multipart/related is how MHTML starts.\n\n"
          + "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Done. |\n");
      assertEquals(List.of("1000"), ranges(page));
    }

    /**
     * MDN serves each page as JSON too ({@code .../docs/Web/API/CloseEvent/code/index.json}), its
     * HTML in a string: read as a page, its table gave rows whose descriptions held the string's
     * escapes ({@code \n The connection...\n}), with nothing said. A JSON document, an object, an
     * array or a string alone, is an error at its first line; a page that opens with a macro's
     * braces, or opens and ends with brackets or quotation marks, is a page.
     */
    @Test
    void aJsonDocumentIsAnErrorNotItsEscapedText() {
      String html = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td><code>1000</code></td><td>Normal Closure</td><td>\n  The connection closed.\n</td></tr>\n</table>\n";
      String json = "{\"doc\": {\"title\": \"CloseEvent: code property\", \"locale\": \"en-US\", \"body\": "
          + "[{\"type\": \"prose\", \"value\": {\"content\": \"" + html.replace("\"", "\\\"").replace("\n", "\\n")
          + "\"}}]}}";
      String string = "\"" + html.replace("\"", "\\\"").replace("\n", "\\n") + "\"";
      // an object, pretty-printed too, an array of it, and the page's HTML alone as a JSON string
      for (String document : List.of(json, "\n  " + json.replace(", ", ",\n    ") + "\n", "[" + json + "]", string)) {
        PageRead read = Reading.page("index.json", document.getBytes(StandardCharsets.UTF_8));
        assertOnlyError(read, document.startsWith("\n") ? 2 : 1, Message.JSON_DOCUMENT);
      }
      // text that opens and ends as JSON does but is none: a link's label, a page in quotation marks
      PageRead labelled = read("[Close codes][rfc]\n\n" + html + "\n[rfc]: https://www.rfc-editor.org/rfc/rfc6455\n[end]");
      assertEquals(List.of("1000"), ranges(labelled));
      PageRead quoted = read("\"Close codes, as the RFC has them:\n\n" + html + "\nAs quoted.\"");
      assertEquals(List.of("1000"), ranges(quoted));
      PageRead page = read("{{APIRef(\"Websockets API\")}}\n\n" + html);
      assertEquals(List.of("1000"), ranges(page));
      assertEquals("The connection closed.", page.rows().get(0).description().plainText());
    }

    @Test
    void textThatIsNotUtf8() {
      byte[] bytes = "1000\nd\u00e9j\u00e0\n".getBytes(StandardCharsets.ISO_8859_1);
      assertOnlyError(Reading.page("page.md", bytes), 2, Message.NOT_UTF8);
    }

    /**
     * A page an editor saved in a Western encoding: the error quotes the word the byte is in, as
     * Windows-1252 reads it, and says what to do, where the byte's value alone left the user to
     * work it out.
     */
    @Test
    void textSavedInAWesternEncodingIsQuotedAsWindows1252ReadsIt() {
      byte[] western = "| `1000` | d\u00e9j\u00e0 cr\u00e9\u00e9e, \u00e0 l\u2019\u00e9t\u00e9 \u2014 \u00abd\u00fb\u00bb |\n"
          .getBytes(Charset.forName("windows-1252"));
      assertEquals(List.of("page.md:1: error: the text is not valid UTF-8 (byte 0xE9 at offset 12); in Windows-1252,"
          + " a Western default of many editors, the word there reads 'd\u00e9j\u00e0': if the file was saved so,"
          + " save it again as UTF-8"),
          errors(western));
    }

    /**
     * A page saved in the legacy charset of a language not written in Latin letters is not said
     * to be Windows-1252, whose reading of it is no word of any language ({@code \u00ce\u00ef\u00e8\u00f1\u00e0\u00ed\u00e8\u00e5}
     * for Russian in Windows-1251); nor is a byte Windows-1252 has no character for. The error
     * says what such a file may be, and what to do.
     */
    @ParameterizedTest
    @CsvSource({
        "windows-1251, \u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435",
        "windows-1250, Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105",
        "windows-1253, \u03a0\u03b5\u03c1\u03b9\u03b3\u03c1\u03b1\u03c6\u03ae",
        "windows-1256, \u0627\u0644\u0648\u0635\u0641",
        "Shift_JIS, \u8aac\u660e\u3067\u3059",
        "GBK, \u63cf\u8ff0",
        "Big5, \u63cf\u8ff0",
        "EUC-KR, \uc124\uba85"})
    void textSavedInAnotherLegacyCharsetIsNotSaidToBeWindows1252(String charset, String word) {
      byte[] bytes = ("| Code | " + word + " |\n").getBytes(Charset.forName(charset));
      int offset = 0;
      while (bytes[offset] >= 0) {
        offset++; // each charset's first byte past ASCII is, in these words, no UTF-8
      }
      assertEquals(List.of("page.md:1: error: the text is not valid UTF-8 (byte 0x"
          + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset + "); it was perhaps saved in a"
          + " legacy charset of its language, as Windows-1250, Windows-1251 or Shift_JIS are: save it again as UTF-8"),
          errors(bytes));
      byte[] undefined = {'1', '0', '0', '0', '\n', 'a', (byte) 0x81, '\n'};
      assertEquals(List.of("page.md:2: error: the text is not valid UTF-8 (byte 0x81 at offset 6); it was perhaps"
          + " saved in a legacy charset of its language, as Windows-1250, Windows-1251 or Shift_JIS are: save it"
          + " again as UTF-8"),
          errors(undefined));
    }

    /**
     * A UTF-8 page with a line pasted from text in another charset: the error names a line that
     * is UTF-8, so that the user converts the pasted part, not the whole file, which would turn
     * the rest into mojibake.
     */
    @Test
    void aLinePastedFromAnotherCharsetIntoAUtf8PageIsSaidToBeSo() {
      byte[] utf8 = "| Code | Description |\n| `1000` | Fermeture r\u00e9ussie \u2014 d\u00e9j\u00e0 |\n"
          .getBytes(StandardCharsets.UTF_8);
      byte[] pasted = "| `1001` | R\u00e9serv\u00e9 |\n".getBytes(StandardCharsets.ISO_8859_1);
      byte[] page = new byte[utf8.length + pasted.length];
      System.arraycopy(utf8, 0, page, 0, utf8.length);
      System.arraycopy(pasted, 0, page, utf8.length, pasted.length);
      int offset = utf8.length + "| `1001` | R".length();
      assertEquals(List.of("page.md:3: error: the text is not valid UTF-8 (byte 0xE9 at offset " + offset + "); line 2"
          + " is UTF-8, so only this part is not, pasted perhaps from text in another charset (in Windows-1252, the"
          + " word there reads 'R\u00e9serv\u00e9'): type it again, or convert this part alone to UTF-8"),
          errors(page));
      // a UTF-8 file cut short in a character: the same, with no word of Windows-1252's, which reads
      // the UTF-8 of the word's first é as the mojibake Ã©
      byte[] whole = "| `1000` | Fermeture r\u00e9ussie |\n| `1001` | R\u00e9serv\u00e9".getBytes(StandardCharsets.UTF_8);
      byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
      assertEquals(List.of("page.md:2: error: the text is not valid UTF-8 (byte 0xC3 at offset " + (cut.length - 1)
          + "); line 1 is UTF-8, so only this part is not, pasted perhaps from text in another charset: type it"
          + " again, or convert this part alone to UTF-8"),
          errors(cut));
    }

    /**
     * A page whose markup says which charset it is written in, as a saved HTML page does
     * ({@code <meta charset>}, the {@code http-equiv} form, an XML declaration, in its first 1024
     * bytes), is read in that charset, as a browser reads it, with the labels as browsers read them
     * (ISO-8859-1 is Windows-1252, GB2312 is GB18030): it had been an error that told the user to
     * convert the file. A page that is UTF-8 is read as UTF-8 whatever it declares, as before.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta charset=\"windows-1252\">|windows-1252|D\u00e9j\u00e0 \u201cfini\u201d.",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">|windows-1252|D\u00e9j\u00e0 \u201cfini\u201d.",
        "<META CHARSET=latin1>|windows-1252|D\u00e9j\u00e0.",
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>|windows-31j|\u8aac\u660e\u3067\u3059\u3002",
        "<meta charset='windows-1251'>|windows-1251|\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435.",
        "<meta charset=\"euc-kr\">|x-windows-949|\uc124\uba85.",
        "<meta charset=\"gb2312\">|GB18030|\u63cf\u8ff0\u3002",
        "<meta name=\"viewport\" content=\"width=device-width\"><meta charset=\"koi8-r\">|KOI8-R|\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435."})
    void aPageIsReadInTheCharsetItsMarkupDeclares(String declaration, String charset, String description) {
      // an XML declaration opens the file; a meta element stands in the head
      String page = (declaration.startsWith("<?xml") ? declaration + "\n<!DOCTYPE html>" : "<!DOCTYPE html>\n" + declaration)
          + "\n<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal</td><td>" + description + "</td></tr></table>\n";
      Reading.PageRead read = Reading.page("page.html", page.getBytes(Charset.forName(charset)));
      assertEquals(List.of(), read.diagnostics(), read.diagnostics().toString());
      assertEquals(description, read.rows().get(0).description().plainText());
      // the same page without its declaration is no UTF-8
      assertTrue(errors(page.replace(declaration, "").getBytes(Charset.forName(charset))).get(0)
          .contains("error: the text is not valid UTF-8"));
    }

    /**
     * A page whose declaration names another charset than the one it was saved in reads, as a
     * browser shows it, as words of no language: a word that mixes the Latin alphabet with
     * another ({@code Dйjа}, Windows-1252 read as Windows-1251), or more letters past ASCII in a
     * row than a Latin word has ({@code Îïèñàíèå}, Windows-1251 read as Windows-1252). It is read
     * as declared, with a warning at that word's line that quotes it, where it had been read with
     * nothing said.
     */
    @Test
    void aPageWhoseWordsSayItIsNotInTheCharsetItDeclaresIsSaidToBe() {
      String western = "<meta charset=\"windows-1251\">\n<table><tr><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>D\u00e9j\u00e0 fini.</td></tr></table>\n";
      assertEquals(List.of("page.md:3: warning: the page is read as windows-1251, which line 1 declares, but the word"
          + " 'D\u0439j\u0430' reads in it as no word of a language (it mixes the Latin alphabet with another):"
          + " if the page was saved in another charset, correct the declaration or save the page again as UTF-8"),
          errors(western.getBytes(Charset.forName("windows-1252"))));
      String russian = "<meta charset=\"windows-1252\">\n<table><tr><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435.</td></tr></table>\n";
      assertEquals(List.of("page.md:3: warning: the page is read as windows-1252, which line 1 declares, but the word"
          + " '\u00ce\u00ef\u00e8\u00f1\u00e0\u00ed\u00e8\u00e5' reads in it as no word of a language (more letters"
          + " past ASCII in a row than a word of the Latin alphabet has): if the page was saved in another charset,"
          + " correct the declaration or save the page again as UTF-8"),
          errors(russian.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void aPageThatIsNotInTheCharsetItDeclaresIsAnErrorThatSaysSo() {
      byte[] head = "<meta charset=\"gb2312\">\n<table>\n<tr><td>1000</td><td>".getBytes(StandardCharsets.US_ASCII);
      byte[] page = java.util.Arrays.copyOf(head, head.length + 2);
      page[head.length] = (byte) 0xFF; // no GB18030 text holds it
      page[head.length + 1] = 'a';
      assertEquals(List.of("page.md:3: error: the text is not valid GB18030, which line 1 declares it is written in"
          + " (byte 0xFF at offset " + head.length + "): save it again in that charset, or as UTF-8 and declare that"),
          errors(page));
      // a declaration of UTF-8, of a charset no one knows, of one that does not read the declaration's
      // own ASCII as ASCII (EBCDIC, which the JDK knows), or past the first 1024 bytes declares nothing
      for (String declaration : List.of("<meta charset=\"utf-8\">", "<meta charset=\"x-klingon\">",
          "<meta charset=\"ibm037\">", "<meta charset=\"utf-16\">",
          "<!--" + " ".repeat(1024) + "-->\n<meta charset=\"windows-1252\">")) {
        byte[] bytes = (declaration + "\n<p>D\u00e9j\u00e0</p>\n").getBytes(Charset.forName("windows-1252"));
        assertTrue(errors(bytes).get(0).contains("error: the text is not valid UTF-8"), declaration);
      }
      // nor does one after UTF-8's byte-order mark, which says more, as browsers read it
      byte[] western = "<meta charset=\"windows-1252\">\n<p>D\u00e9j\u00e0</p>\n".getBytes(Charset.forName("windows-1252"));
      byte[] withMark = new byte[western.length + 3];
      withMark[0] = (byte) 0xEF;
      withMark[1] = (byte) 0xBB;
      withMark[2] = (byte) 0xBF;
      System.arraycopy(western, 0, withMark, 3, western.length);
      assertTrue(errors(withMark).get(0).contains("error: the text is not valid UTF-8"), errors(withMark).toString());
    }

    /**
     * The declaration is the one a browser finds, reading the head's markup as markup: a
     * {@code <meta charset>} inside a comment, inside another element's attribute, or a
     * {@code charset=} in the {@code content} of a meta element that is no {@code http-equiv
     * Content-Type} declares nothing, and the one after them is read; the attributes of a
     * {@code http-equiv} declaration may come in either order. Each had been found by its words
     * alone, and the page read in the charset a comment named.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<!-- was: <meta charset=\"windows-1251\"> -->\n<meta charset=\"windows-1252\">",
        "<!--\n<meta charset=\"koi8-r\">\n-->\n<meta charset=\"windows-1252\">",
        "<a title='<meta charset=\"windows-1251\">'>top</a>\n<meta charset=\"windows-1252\">",
        "<meta name=\"description\" content=\"charset=windows-1251\">\n<meta charset=\"windows-1252\">",
        "<meta content=\"text/html; charset=windows-1252\" http-equiv=\"Content-Type\">",
        "<meta http-equiv=content-type content='text/html;charset = \"windows-1252\"'>",
        "<meta charset=\" Windows-1252 \" charset=\"windows-1251\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\" charset=\"windows-1251\">"})
    void theDeclarationIsTheOneABrowsersPrescanFinds(String head) {
      String page = "<!DOCTYPE html>\n" + head
          + "\n<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal</td><td>D\u00e9j\u00e0 \u201cfini\u201d.</td></tr></table>\n";
      Reading.PageRead read = Reading.page("page.html", page.getBytes(Charset.forName("windows-1252")));
      assertEquals(List.of(), read.diagnostics(), read.diagnostics().toString());
      assertEquals("D\u00e9j\u00e0 \u201cfini\u201d.", read.rows().get(0).description().plainText());
    }

    @Test
    void aDeclarationAfterAnUnclosedCommentOrNamedOnlyInWordsDeclaresNothing() {
      for (String head : List.of("<!-- <meta charset=\"windows-1252\">", "<p>Save it with charset=windows-1252</p>",
          "<meta name=\"x\" content=\"text/html; charset=windows-1252\">")) {
        byte[] bytes = (head + "\n<p>D\u00e9j\u00e0</p>\n").getBytes(Charset.forName("windows-1252"));
        assertTrue(errors(bytes).get(0).contains("error: the text is not valid UTF-8"), head);
      }
    }

    private List<String> errors(byte[] bytes) {
      return Reading.page("page.md", bytes).diagnostics().stream().map(Object::toString).toList();
    }

    @Test
    void repairsAndDisagreementsAreWarningsChangesAreNotesAndTheRestErrors() {
      for (Message message : Message.values()) {
        // repairs, guesses, disagreements, and what the documents leave unsaid
        boolean warning = message.name().endsWith("_REPAIRED") || message.name().endsWith("_INFERRED")
            || message.name().startsWith("PAGE_") || message.name().startsWith("LOCALE_")
            || message.name().equals("NAME_UNUSED") || message.name().equals("NAME_FOR_A_CODE_IN_A_RANGE")
            || message.name().equals("NAMES_FROM_PAGE")
            || message.name().equals("COLUMNS_BY_POSITION") || message.name().equals("COLUMN_UNREAD")
            || message.name().equals("COLUMN_WITHOUT_HEADER") || message.name().equals("NO_DESCRIPTIONS")
            || message.name().startsWith("DESCRIPTION_MISSING") || message.name().equals("DESCRIPTIONS_MISSING")
            || message.name().equals("RESERVED_WORDS_AND_MARKUP_DISAGREE")
            || message.name().equals("RESERVED_WORD_STRUCK") || message.name().equals("RESERVED_WORD_LATER")
            || message.name().equals("RESERVED_WORD_LOST_AMBIGUOUS") || message.name().equals("RESERVED_WORD_LOST_UNMARKED")
            || message.name().equals("RESERVED_WORD_NEARLY") || message.name().equals("NOT_IN_USE_WORDS_NEARLY")
            || message.name().startsWith("REGISTRY_NAME_") || message.name().startsWith("INVISIBLE_CHARACTER")
            || message.name().equals("RFC_RULE_KEPT") || message.name().equals("NAME_LOOKS_LIKE_ANOTHER_CODE")
            || message.name().equals("UPSTREAM_TABLE_MOVED") || message.name().startsWith("MOJIBAKE_")
            || message.name().startsWith("TABLE_") && message.name().endsWith("_READ")
            || message.name().equals("CELLS_PAST_HEADER")
            || message.name().endsWith("_ROW_SKIPPED") || message.name().equals("UNCLOSED_BLOCK_HIDES_REST")
            || message.name().equals("RESERVED_CELL_UNCLEAR") || message.name().equals("CELLS_SHORT_OF_HEADER")
            || message.name().equals("CODE_OUT_OF_ORDER") || message.name().equals("CODES_IN_NO_ROW")
            || message.name().equals("CODES_PAST_THE_TABLE")
            || message.name().equals("WORDS_IN_NO_CELL")
            || message.name().equals("RANGE_ACROSS_RFC_BOUNDS")
            || message.name().equals("TAG_WITHOUT_ITS_OPENER") || message.name().equals("TAG_WITHOUT_ITS_CLOSER")
            || message.name().equals("ATTRIBUTES_WITHOUT_THEIR_TAG")
            || message.name().equals("NAME_AND_DESCRIPTION_SWAPPED")
            || message.name().equals("CONSTANT_FOR_A_DESCRIPTION")
            || message.name().equals("DESCRIPTION_OPENS_MID_SENTENCE")
            || message.name().equals("MORE_TAGS_WITHOUT_THEIR_CLOSERS")
            || message.name().equals("TAG_OPENING_DAMAGED") || message.name().equals("TAG_WITHOUT_A_NAME")
            || message.name().equals("TAG_CUT_BY_A_STRAY_CLOSER") || message.name().equals("TAG_OPENER_LOST")
            || message.name().equals("MORE_DAMAGED_TAGS")
            || message.name().equals("TEXT_HIDDEN_AS_A_COMMENT") || message.name().equals("TAG_NAME_AFTER_WHITE_SPACE")
            || message.name().equals("LINK_SHOWN_AS_TEXT") || message.name().equals("END_TAG_WITHOUT_A_NAME")
            || message.name().equals("ASTERISKS_SHOWN_AS_TEXT") || message.name().equals("BACKTICK_SHOWN_AS_TEXT")
            || message.name().equals("TAG_OPENER_REPLACED") || message.name().equals("MOJIBAKE_SEQUENCE_BROKEN")
            || message.name().equals("TAG_NAME_SPLIT") || message.name().equals("MOJIBAKE_SEQUENCE_OPENER_LOST")
            || message.name().equals("CELL_TEXT_REPEATED") || message.name().equals("CLOSER_ALONE")
            || message.name().equals("LINK_ADDRESS_CUT") || message.name().equals("LINK_TEXT_CUT")
            || message.name().equals("LINK_WITHOUT_TEXT")
            || message.name().equals("REFERENCE_DAMAGED") || message.name().equals("REFERENCE_IN_A_WORD") || message.name().equals("MORE_DAMAGED_REFERENCES")
            || message.name().equals("TAG_WITHOUT_ITS_CLOSER_IN_MARKDOWN")
            || message.name().equals("NAMES_LONGER_THAN_DESCRIPTIONS") || message.name().equals("RFC_CODE_NOT_LISTED")
            || message.name().endsWith("_OF_ANOTHER_ROW") || message.name().equals("TRANSLATION_STATUS_DIFFERS")
            // and a build that may not notice a page edit, though what it generated is right
            || message.name().equals("INPUTS_RECORD_NOT_WRITTEN") || message.name().equals("LOCK_FILE_OF_ANOTHER_PACKAGE")
            // and a build told to keep lock files as committed where there is none to keep
            || message.name().equals("LOCKED_WITHOUT_LOCK_FILE")
            // and one that reads a document from the processor path where the project has its own copy
            || message.name().equals("DOCUMENT_COPY_NOT_READ")
            // and a page read in the charset it declares, whose words say it is in another
            || message.name().equals("DECLARED_CHARSET_DOUBTFUL");
        boolean note = message.name().startsWith("ROW_") || message.name().equals("LOCK_CODE_ADDED")
            || message.name().equals("LOCK_DESCRIPTION_CHANGED") || message.name().equals("LOCK_CHECK_CHANGED")
            || message.name().equals("LOCK_INTERFACE_ADDED")
            || message.name().equals("LOCK_FILE_WRITTEN") || message.name().equals("PAGES_IN_TWO_LOCALES")
            || message.name().endsWith("_ALLOWED") || message.name().startsWith("API_");
        assertEquals(warning ? Severity.WARNING : note ? Severity.NOTE : Severity.ERROR, message.severity(), message.name());
      }
    }
  }

  @Test
  void theRowsGetTheSourceFileName() {
    PageRead document = Reading.page("dir/page.md", "<table><tr><td>1000</td><td>x</td></tr></table>".getBytes(StandardCharsets.UTF_8));
    assertEquals("dir/page.md", document.rows().get(0).location().file());
    assertEquals(new CodeRange(1000, 1000), document.rows().get(0).range());
  }

  @Nested
  class Utf16 {

    private static final String PAGE = "---\ntitle: CloseEvent\n---\n\nThe event.\n\n"
        + "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n";

    private byte[] utf16(String text) {
      byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
      byte[] bytes = new byte[body.length + 2];
      bytes[0] = (byte) 0xFE;
      bytes[1] = (byte) 0xFF;
      System.arraycopy(body, 0, bytes, 2, body.length);
      return bytes;
    }

    @Test
    void utf16WithAByteOrderMarkReads() {
      PageRead document = Reading.page("page.md", utf16(PAGE));
      assertEquals(List.of("1000"), ranges(document));
      assertEquals(List.of(), diagnostics(document));
    }

    @Test
    void aLoneSurrogateIsAnErrorAtItsLineAsInUtf8() {
      byte[] bytes = utf16(PAGE.replace("Fine.", "Fine\u4E00."));
      for (int i = 0; i + 1 < bytes.length; i += 2) {
        if (bytes[i] == 0x4E && bytes[i + 1] == 0x00) {
          bytes[i] = (byte) 0xD8; // a high surrogate with no low one after it: Java's encoder would not write one
        }
      }
      assertEquals(List.of("9 error NOT_UTF16"), diagnostics(Reading.page("page.md", bytes)));
    }

    @Test
    void aNulIsABinaryFileAsInUtf8() {
      byte[] bytes = utf16(PAGE.replace("Fine.", "Fine\u0000."));
      assertEquals(List.of("9 error BINARY_FILE"), diagnostics(Reading.page("page.md", bytes)));
    }

    @Test
    void utf16WithoutAByteOrderMarkReadsWithAWarning() {
      for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        PageRead document = Reading.page("page.md", PAGE.getBytes(charset));
        assertEquals(List.of("1000"), ranges(document), charset.name());
        assertEquals(List.of("1 warning UTF16_INFERRED"), diagnostics(document), charset.name());
        assertTrue(document.diagnostics().get(0).text().contains(charset.name()), document.diagnostics().toString());
      }
    }

    @Test
    void textThatIsNoValidUtf16WithoutAByteOrderMarkIsStillABinaryFile() {
      byte[] bytes = PAGE.replace("Fine.", "Fine\u4E00.").getBytes(StandardCharsets.UTF_16LE);
      for (int i = 0; i + 1 < bytes.length; i += 2) {
        if (bytes[i] == 0x00 && bytes[i + 1] == 0x4E) {
          bytes[i + 1] = (byte) 0xDC; // a low surrogate with no high one before it
        }
      }
      assertEquals(List.of("1 error BINARY_FILE"), diagnostics(Reading.page("page.md", bytes)));
      byte[] withNul = PAGE.replace("Fine.", "Fine\u0000.").getBytes(StandardCharsets.UTF_16BE);
      assertEquals(List.of("1 error BINARY_FILE"), diagnostics(Reading.page("page.md", withNul)));
    }

    @Test
    void bytesThatDecodeAsUtf16ToTextMostlyNotAsciiAreABinaryFile() {
      byte[] bytes = {'<', 0, 'p', '>', 'h', 'i'}; // "<", then two CJK letters
      assertEquals(List.of("1 error BINARY_FILE"), diagnostics(Reading.page("page.md", bytes)));
    }

    @Test
    void textWhoseNulsDoNotAlternateIsABinaryFile() {
      byte[] bytes = ("A\u0000" + PAGE).getBytes(StandardCharsets.UTF_8); // odd length after the NUL
      assertEquals(List.of("1 error BINARY_FILE"), diagnostics(Reading.page("page.md", bytes)));
    }

    /**
     * UTF-32 with its byte-order mark, as some editors save "Unicode", reads as UTF-16 does; it
     * was a binary file, at its first NUL.
     */
    @Test
    void utf32WithAByteOrderMarkReads() {
      for (String name : List.of("UTF-32BE", "UTF-32LE")) {
        Charset charset = Charset.forName(name);
        String page = "\uFEFF" + PAGE.replace("Fine.", "Fine 😳 é.");
        PageRead document = Reading.page("page.md", page.getBytes(charset));
        assertEquals(List.of("1000"), ranges(document), name);
        assertEquals("Fine 😳 é.", document.rows().get(0).description().plainText(), name);
        assertEquals(List.of(), diagnostics(document), name);
      }
    }

    /** In UTF-32 as in UTF-16, a code unit that is no character, or a NUL, is an error at its line. */
    @Test
    void utf32ThatIsNotValidIsAnErrorAtItsLine() {
      byte[] bytes = ("\uFEFF" + PAGE.replace("Fine.", "Fine\u4E00.")).getBytes(Charset.forName("UTF-32BE"));
      for (int i = 0; i + 3 < bytes.length; i += 4) {
        if (bytes[i + 2] == 0x4E && bytes[i + 3] == 0x00) {
          bytes[i + 1] = 0x11; // U+114E00, past the last code point
        }
      }
      assertEquals(List.of("9 error NOT_UTF32"), diagnostics(Reading.page("page.md", bytes)));
      byte[] withNul = ("\uFEFF" + PAGE.replace("Fine.", "Fine\u0000.")).getBytes(Charset.forName("UTF-32LE"));
      assertEquals(List.of("9 error BINARY_FILE"), diagnostics(Reading.page("page.md", withNul)));
    }

    @Test
    void everyLeadingByteOrderMarkIsDropped() {
      PageRead document = read("\uFEFF\uFEFF" + PAGE);
      assertEquals("The event.", document.prose().summary().plainText());
      assertEquals(List.of(), diagnostics(document));
    }
  }

  /** The page's opening paragraph is its prose, never a table's rows read as text. */
  @Nested
  class Summary {

    private static final String BARE_TABLE = """
        Status code | Name | Description
        --- | --- | ---
        `1000` | Normal Closure | Done.
        `1001` | Going Away | Leaving.
        """;

    private static final String GRID_TABLE = """
        +-------------+----------------+-------------+
        | Status code | Name           | Description |
        +=============+================+=============+
        | 1000        | Normal Closure | Done.       |
        +-------------+----------------+-------------+
        | 1001        | Going Away     | Leaving.    |
        +-------------+----------------+-------------+
        """;

    /**
     * A paragraph with no word in it (an image, a stray backslash) and a callout written without
     * its quotation ({@code **Note:** ...}, a bold label and a colon, in any language) are no
     * prose: the opening is the first paragraph after them, in Markdown as in HTML.
     */
    @Test
    void aParagraphWithoutWordsOrACalloutIsNoOpening() {
      String sentence = "The close event is sent when a WebSocket closes.";
      for (String before : List.of("![A diagram](diagram.png)", "\\", "**Note:** Experimental.",
          "**Remarque :** expérimental.", "**注意：** 实验性。", "<p><img src=\"d.png\" alt=\"\"></p>",
          "<p><strong>Warning:</strong> beta.</p>")) {
        PageRead document = read(before + "\n\n" + sentence + "\n\n" + BARE_TABLE);
        assertEquals(sentence, document.prose().summary().plainText(), before);
      }
      PageRead html = read("<p><b>Note:</b> beta.</p>\n<p>" + sentence + "</p>\n\n" + BARE_TABLE);
      assertEquals(sentence, html.prose().summary().plainText());
      PageRead strongOpening = read("**CloseEvent** is sent when a WebSocket closes.\n\n" + BARE_TABLE);
      assertEquals("CloseEvent is sent when a WebSocket closes.", strongOpening.prose().summary().plainText());
    }

    /**
     * A tag named in a Markdown code span is text, not markup: it had opened an element that held
     * the rest of the page, so that no paragraph was prose and the summary was lost in silence.
     * In an HTML block, where Markdown reads no code span, a tag between backticks is a tag.
     */
    @Test
    void aTagInACodeSpanIsTextAndTheParagraphIsTheSummary() {
      for (String span : List.of("`<div>`", "`<table>`", "``<p class=\"x\">``", "`</td>`")) {
        String sentence = "A CloseEvent is sent when the " + span + " holding the socket goes.";
        PageRead document = read(sentence + "\n\nMore text.\n\n" + BARE_TABLE);
        assertEquals(sentence.replace("``", "").replace("`", ""), document.prose().summary().plainText(), span);
        assertEquals(List.of("1000", "1001"), ranges(document), span);
      }
      PageRead html = read("<p>A `<b>`closed</b> text.</p>\n\n" + BARE_TABLE);
      assertEquals("A ``closed text.", html.prose().summary().plainText());
    }

    @Test
    void aPageOfATableWithoutOuterPipesAndNoProseHasNoSummary() {
      PageRead document = read(BARE_TABLE);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("", document.prose().summary().plainText());
    }

    @Test
    void aPageOfAPlainTextGridAndNoProseHasNoSummary() {
      PageRead document = read(GRID_TABLE);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("", document.prose().summary().plainText());
    }

    @Test
    void theFirstParagraphAfterATableIsTheSummary() {
      for (String table : List.of(BARE_TABLE, GRID_TABLE)) {
        PageRead document = read(table + "\nThe event.\n");
        assertEquals("The event.", document.prose().summary().plainText(), table);
      }
    }

    @Test
    void anUnderlinedHeadingIsNoSummary() {
      for (String heading : List.of("CloseEvent\n==========\n", "The CloseEvent\ninterface\n---\n")) {
        PageRead document = read(heading + "\nThe event.\n\n" + BARE_TABLE);
        assertEquals(List.of("1000", "1001"), ranges(document));
        assertEquals("The event.", document.prose().summary().plainText(), heading);
      }
    }

    @Test
    void codeBlocksAndListItemsAreNoSummary() {
      PageRead document = read("""
          ```js
          socket.close(1000, "done");
          ```

          ~~~
          plain code
          ~~~

              indented code

          * an item
          + another
          1. a numbered one
          2) and one more

          The event.

          """ + BARE_TABLE);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("The event.", document.prose().summary().plainText());
    }

    @Test
    void anHtmlParagraphOfMacrosOrInANoteIsNoSummary() {
      PageRead document = read("""
          <p>{{APIRef("Websockets API")}}</p>
          <div class="notecard draft"><p><strong>Draft</strong> This page is not complete.</p></div>
          <div class="warning"><p>Careful.</p></div>
          <div class="notecard\twarning"><p>Classes apart by a tab, as HTML allows.</p></div>
          <div class="callout
            note"><p>Classes apart by a line end.</p></div>
          <blockquote><p>A quote.</p></blockquote>
          <p>The event.</p>
          <table><tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr></table>
          """);
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("The event.", document.prose().summary().plainText());
    }

    @Test
    void textInsideAnHtmlBlockIsNoMarkdownParagraphAndTheEarlierParagraphWins() {
      String table = """
          <table><tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr></table>
          """;
      PageRead html = read("<div>{{APIRef(\"Websockets API\")}}</div>\n<p class=\"summary\">The code.</p>\n" + table
          + "<pre class=\"brush: js\">WebSocket.onclose = function(event) {\n  console.log(event.code);\n};</pre>\n");
      assertEquals("The code.", html.prose().summary().plainText());

      PageRead mixed = read("<p>The event, in HTML.</p>\n\nThe event, in Markdown.\n\n" + table);
      assertEquals("The event, in HTML.", mixed.prose().summary().plainText());
    }

    @Test
    void aParagraphInsideATableCellOrADefinitionIsNoSummary() {
      PageRead document = read("""
          <dl><dt>Note</dt><dd><p>A definition.</p></dd></dl>
          <table><tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td><p>Done.</p></td></tr>
          <tr><td>1001</td><td>Going Away</td><td><ul><li><p>Leaving.</p></li></ul></td></tr></table>
          <p>The event.</p>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("The event.", document.prose().summary().plainText());
    }

    /**
     * The page of the property {@code code}, where MDN now keeps the table, opens with what the
     * property is: that is {@code code}'s definition, and the interface has no opening of its own.
     */
    @Test
    void thePageOfAPropertyOpensWithThePropertysDefinitionNotTheInterfaces() {
      String opening = "The **`code`** read-only property of the `CloseEvent` interface returns a close code.\n\n";
      for (String frontMatter : List.of("---\ntitle: \"CloseEvent: code property\"\nslug: Web/API/CloseEvent/code\n---\n",
          "---\ntitle: x\nsource: y\n---\n\n---\nslug: web/api/closeevent/code\n---\n",
          "---\ntitle: CloseEvent.code\nbrowser-compat: api.CloseEvent.code\n---\n",
          "---\ntitle: \"CloseEvent: code property\"\n---\n", "---\ntitle: 'CloseEvent: thuộc tính code'\n---\n",
          "---\ntitle: CloseEvent.code\n---\n")) {
        PageRead document = read(frontMatter + "\n" + opening + BARE_TABLE);
        assertEquals(List.of("1000", "1001"), ranges(document), frontMatter);
        assertEquals("", document.prose().summary().plainText(), frontMatter);
        assertEquals("The code read-only property of the CloseEvent interface returns a close code.",
            document.prose().code().plainText(), frontMatter);
      }
      for (String frontMatter : List.of("---\nslug: Web/API/CloseEvent\n---\n", "---\ntitle: CloseEvent\n---\n",
          "---\ntitle: \"CloseEvent: code property\"\nslug: Web/API/CloseEvent\n---\n")) {
        PageRead interfacePage = read(frontMatter + "\n" + opening + BARE_TABLE);
        assertEquals("The code read-only property of the CloseEvent interface returns a close code.",
            interfacePage.prose().summary().plainText(), frontMatter);
        assertEquals("", interfacePage.prose().code().plainText(), frontMatter);
      }
    }

    /**
     * Front matter damaged as the received page's is ({@code swug: web/api/cwoseevent}) still
     * tells the page of a property, its words one letter off read as the words, with a warning
     * at the line; where the damaged words tell nothing the exact reading did not, nothing is said.
     */
    @Test
    void frontMatterWithWordsOneLetterOffStillTellsThePageOfAProperty() {
      String opening = "The **`code`** read-only property of the `CloseEvent` interface returns a close code.\n\n";
      for (String frontMatter : List.of("---\ntitwe: cwoseevent.code\nswug: web/api/cwoseevent/code\n---\n",
          "---\nslug: Web/API/CwoseEvent/code\n---\n", "---\ntitle: 'CwoseEvent: code pwopewty'\n---\n")) {
        PageRead document = read(frontMatter + "\n" + opening + BARE_TABLE);
        assertEquals("", document.prose().summary().plainText(), frontMatter);
        assertEquals("The code read-only property of the CloseEvent interface returns a close code.",
            document.prose().code().plainText(), frontMatter);
        assertEquals(1, diagnostics(document).stream().filter(d -> d.endsWith("FRONT_MATTER_REPAIRED")).count(),
            diagnostics(document).toString());
      }
      PageRead interfacePage = read("---\ntitwe: cwoseevent\nswug: web/api/cwoseevent\n---\n\n" + opening + BARE_TABLE);
      assertEquals("The code read-only property of the CloseEvent interface returns a close code.",
          interfacePage.prose().summary().plainText());
      assertEquals(List.of(), diagnostics(interfacePage));
      // "node" is one letter from "code", but a page of CloseEvent.node is no page of a property it has
      PageRead otherMember = read("---\nslug: Web/API/CloseEvent/node\n---\n\n" + opening + BARE_TABLE);
      assertEquals("", otherMember.prose().code().plainText());
    }

    @Test
    void aParagraphEndsWhereATableStartsWithoutABlankLine() {
      for (String table : List.of(BARE_TABLE, GRID_TABLE)) {
        PageRead document = read("The event.\n" + table);
        assertEquals(List.of("1000", "1001"), ranges(document), table);
        assertEquals("The event.", document.prose().summary().plainText(), table);
      }
    }
  }

  /** The definitions of the properties {@code code}, {@code reason} and {@code wasClean}. */
  @Nested
  class Properties {

    private static final String TABLE = """
        | Status code | Name | Description |
        | --- | --- | --- |
        | `1000` | Normal Closure | Done. |
        """;

    private static List<String> definitions(PageRead document) {
      return List.of(document.prose().code().plainText(), document.prose().reason().plainText(),
          document.prose().wasClean().plainText());
    }

    @Test
    void definitionListsInMarkdownAndHtmlAreRead() {
      PageRead markdown = read("""
          - {{domxref("CloseEvent.code")}} {{ReadOnlyInline}}
            - : The code the server sent.
          - {{domxref("CloseEvent.weason")}}
            - : Why it
              closed.
          - {{domxref("CloseEvent.wasClean")}}
            - : Whether it closed cleanly.

          """ + TABLE);
      assertEquals(List.of("The code the server sent.", "Why it closed.", "Whether it closed cleanly."),
          definitions(markdown));

      PageRead html = read("""
          <dl><dt>{{domxref("CloseEvent.code")}}</dt><dd>The code.</dd>
          <dt><code>CloseEvent.reason</code></dt><dd>The reason.</dd>
          <dt>CloseEvent.wasClean</dt><dd>Whether it was clean.</dd></dl>

          """ + TABLE);
      assertEquals(List.of("The code.", "The reason.", "Whether it was clean."), definitions(html));
    }

    /**
     * MDN's definition list as a CommonMark renderer shows it, GitHub's among them, which knows no
     * {@code - : }: each term an item, its definition the one item of a list inside it, opening
     * with the colon. Tight or loose (its text in paragraphs, a table after the definition); the
     * colon is no part of the definition, nor is the table.
     */
    @Test
    void definitionListsAsCommonMarkRendersThemAreRead() {
      PageRead tight = read("""
          <ul>
          <li>{{domxref(&quot;CloseEvent.code&quot;)}} {{ReadOnlyInline}}
          <ul>
          <li>: The code the server sent.</li>
          </ul>
          </li>
          <li>{{domxref(&quot;CloseEvent.reason&quot;)}}
          <ul>
          <li>: Why it closed.</li>
          </ul>
          </li>
          <li><code>CloseEvent.wasClean</code>
          <ul>
          <li>: Whether it closed cleanly.</li>
          </ul>
          </li>
          </ul>

          """ + TABLE);
      assertEquals(List.of("The code the server sent.", "Why it closed.", "Whether it closed cleanly."),
          definitions(tight));
      PageRead loose = read("""
          <ul>
          <li>
          <p>{{domxref(&quot;CloseEvent.code&quot;)}}</p>
          <ul>
          <li>
          <p>: The code the server sent. Its values:</p>
          <table><tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr></table>
          </li>
          </ul>
          </li>
          </ul>
          """);
      assertEquals("The code the server sent. Its values:", loose.prose().code().plainText());
      assertEquals(List.of("1000"), ranges(loose));
      // an item that names the property in a sentence, with a list of its own, defines nothing
      PageRead sentence = read("""
          <ul>
          <li>See CloseEvent.code for the values:
          <ul>
          <li>1000: done.</li>
          </ul>
          </li>
          </ul>

          """ + TABLE);
      assertEquals("", sentence.prose().code().plainText());
    }

    /** Older pages list the properties in a table: a name, a type, and what the property holds. */
    @Test
    void aPropertiesTableGivesEachPropertyTheCellOfItsDescriptionColumn() {
      PageRead markdown = read("""
          | Attribute | Type | Description |
          | --- | --- | --- |
          | `code` | `unsigned short` | The code the server sent. |
          | `reason` | `DOMString` | Why it closed. |
          | `wasClean` | `boolean` | Whether it closed cleanly. |

          """ + TABLE);
      assertEquals(List.of("1000"), ranges(markdown));
      assertEquals(List.of("The code the server sent.", "Why it closed.", "Whether it closed cleanly."),
          definitions(markdown));

      // The description column found by its header's word wherever it stands, in any locale.
      PageRead html = read("""
          <table><tr><td class="header">屬性</td><td class="header">描述</td><td class="header">形態</td></tr>
          <tr><td><code>CloseEvent.code</code></td><td>關閉代碼。</td><td>unsigned short</td></tr>
          <tr><td><code>reason</code></td><td>關閉原因。</td><td>DOMString</td></tr>
          <tr><td><code>wasClean</code></td><td>是否乾淨。</td><td>boolean</td></tr></table>

          """ + TABLE);
      assertEquals(List.of("關閉代碼。", "關閉原因。", "是否乾淨。"), definitions(html));

      // The name found in whichever column holds it, not only the first.
      PageRead reordered = read("""
          | Description | Property | Type |
          | --- | --- | --- |
          | The code the server sent. | `code` | `unsigned short` |

          """ + TABLE);
      assertEquals(List.of("The code the server sent.", "", ""), definitions(reordered));
    }

    /** Which column holds the definition is never guessed from its position. */
    @Test
    void aPropertiesTableWhoseHeaderNamesNoDescriptionGivesNoDefinition() {
      PageRead document = read("""
          | Attribute | Type | Remarks |
          | --- | --- | --- |
          | `code` | `unsigned short` | The code the server sent. |

          | `reason` | `DOMString` | Why it closed. |
          | --- | --- | --- |

          """ + TABLE);
      assertEquals(List.of("", "", ""), definitions(document));
    }

    /** A definition list wins over a table; a row of the close-code table names no property. */
    @Test
    void aDefinitionListComesBeforeAPropertiesTable() {
      PageRead document = read("""
          - {{domxref("CloseEvent.code")}}
            - : From the list.

          | Property | Description |
          | --- | --- |
          | `code` | From the table. |

          """ + TABLE);
      assertEquals(List.of("From the list.", "", ""), definitions(document));
    }

    /**
     * A conversion to Markdown can join a definition to the table that followed it, the list
     * marker and the definition becoming the table's first cell ({@code - | : text | Code | ...}).
     * The definition is the text of that cell, and reading it so is reported.
     */
    @Test
    void aDefinitionFusedOntoATablesFirstRowIsThatRowsFirstCell() {
      PageRead document = read("""
          - {{domxref("CloseEvent.code")}}
            - | : The code the server sent \\[[Ref](https://example.com/ref)]. | Status code | Name | Description |
              | ---------- | --- | --- | --- |
              | `1000` | Normal Closure | Done. |
              | `1001` | Going Away | Leaving. |
          - {{domxref("CloseEvent.reason")}}
            - : Why it closed.
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("The code the server sent [Ref].", "Why it closed.", ""), definitions(document));
      assertTrue(diagnostics(document).contains("2 warning FUSED_DEFINITION_REPAIRED"), diagnostics(document).toString());
    }

    /**
     * In such a line the cells after the definition are the table's header, the delimiter row
     * below it standing for them and the definition's cell: the columns are read by those words,
     * not by position, here where the name comes first.
     */
    @Test
    void theCellsAfterAFusedDefinitionAreTheTablesHeader() {
      PageRead document = read("""
          - {{domxref("CloseEvent.code")}}
            - | : The code the server sent. | Name | Status code | Description |
              | ---------- | --- | --- | --- |
              | Normal Closure | `1000` | Done. |
              | Going Away | `1001` | Leaving. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Going Away", document.rows().get(1).name());
      assertEquals("Leaving.", document.rows().get(1).description().plainText());
      assertEquals(List.of("2 warning FUSED_DEFINITION_REPAIRED"), diagnostics(document));
    }

    /** Where no delimiter row follows, the fused row is no header, and the table below is read as before. */
    @Test
    void aFusedRowWithoutADelimiterBelowIsNoHeader() {
      PageRead document = read("""
          - {{domxref("CloseEvent.code")}}
            - | : The code the server sent. | Name | Status code | Description |

          | Status code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal Closure | Done. |
          """);
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("The code the server sent.", definitions(document).get(0));
      assertEquals(List.of("2 warning FUSED_DEFINITION_REPAIRED"), diagnostics(document));
    }
  }
}
