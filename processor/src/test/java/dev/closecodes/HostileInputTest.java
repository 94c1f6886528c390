package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.CloseCodeSpec.Authority;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.generate.GenerationLimits;
import dev.closecodes.generate.Generator;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.read.InputLimits;
import dev.closecodes.read.SpecReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages a fuzzer or a hostile author could write. Whatever the bytes, reading and generating end
 * in a model or in errors at a file and line, never in an exception, a hang, quadratic time, or Java
 * that does not compile.
 */
class HostileInputTest {

  private static final String HEAD =
      "# CloseEvent\n\n<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n";

  /** A table of {@code rows}, each {@code code|name|description}; row {@code i} is on line {@code 5 + i}. */
  static String table(String... rows) {
    StringBuilder page = new StringBuilder(HEAD);
    for (String row : rows) {
      String[] cells = row.split("\\|", -1);
      page.append("<tr><td>").append(cells[0]).append("</td><td>").append(cells[1]).append("</td><td>")
          .append(cells[2]).append("</td></tr>\n");
    }
    return page.append("</table>\n").toString();
  }

  static SpecDocument read(String page) {
    return SpecReader.read("page.md", page.getBytes(StandardCharsets.UTF_8));
  }

  static Generator.Result generate(String page) {
    return generate("page.md", page);
  }

  static Generator.Result generate(String name, String page) {
    return Generator.generate(new Generator.Request("org.example.ws",
        new Generator.Document(name, page.getBytes(StandardCharsets.UTF_8)), Optional.empty(), Authority.PAGE, Map.of()));
  }

  /** Each diagnostic as {@code LINE severity MESSAGE}. */
  static List<String> diagnostics(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.location().line() + " " + d.severity().label() + " " + d.message()).toList();
  }

  static List<String> errors(List<Diagnostic> diagnostics) {
    return diagnostics(diagnostics.stream().filter(Diagnostic::isError).toList());
  }

  @Nested
  class CodeCells {

    @Test
    void aSupplementaryPlaneDigitIsACleanErrorAtItsLine() {
      SpecDocument document = read(table("1000|Normal|Fine.", "\uD835\uDFCF|Odd|A mathematical bold one."));
      assertEquals(List.of("6 error NOT_A_CODE"), errors(document.diagnostics()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1\uD835\uDFCE", "\uFF11\uFF10\uFF10\uFF10", "\u0661\u0660\u0660\u0660", "10\u00B2"})
    void onlyAsciiDigitsMakeACode(String cell) {
      SpecDocument document = read(table("1000|Normal|Fine.", cell + "|Odd|Digits of another script."));
      assertEquals(List.of("6 error NOT_A_CODE"), errors(document.diagnostics()));
      assertEquals(List.of("1000"), document.rows().stream().map(row -> row.range().toString()).toList());
    }
  }

  @Nested
  class LinearTime {

    private static final Duration BUDGET = Duration.ofSeconds(1);

    /**
     * For one read of the largest pages: far below the minutes the quadratic reader took, with
     * room for the JIT still compiling the reader. ReaderScalingTest holds the steady state to the
     * 2 s target and time to linear growth.
     */
    private static final Duration LARGE_PAGE_BUDGET = Duration.ofSeconds(6);

    @Test
    void aMacroWhoseArgumentsNeverClose() {
      SpecDocument document = CpuTime.within(BUDGET,
          () -> read(table("1000|Normal|" + "{{a(".repeat(20_000))));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(1, document.rows().size());
    }

    @Test
    void aMacroFollowedByManyNewlines() {
      SpecDocument document = CpuTime.within(BUDGET,
          () -> read(table("1000|Normal|{{a" + "\n".repeat(50_000) + "end")));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals("{{a end", document.rows().get(0).description().plainText());
    }

    @Test
    void aListItemOfManyWordCharacters() {
      String page = table("1000|Normal|Fine.") + "\n- " + "w".repeat(50_000) + "\n";
      SpecDocument document = CpuTime.within(BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
    }

    @Test
    void tenThousandNestedRows() {
      String page = LargePages.nestedRows(10_000);
      SpecDocument document = CpuTime.within(Duration.ofSeconds(3), () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(10_000, document.rows().size());
    }

    @Test
    void aHundredThousandNestedRows() {
      String page = LargePages.nestedRows(100_000);
      read(page); // the reader's code compiled: the budget is for steady state, not for the JIT
      SpecDocument document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(100_000, document.rows().size());
    }

    @Test
    void everySingleCode() {
      String page = LargePages.singleCodes(65_536);
      read(page);
      SpecDocument document = CpuTime.within(LARGE_PAGE_BUDGET, () -> read(page));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(65_536, document.rows().size());
    }

    @Test
    void rowsAndCellsThatAreNeverClosedAreReadAsHtmlReadsThem() {
      SpecDocument document = CpuTime.within(BUDGET, () -> read(LargePages.unclosedRows(4_000)));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(4_000, document.rows().size());
      assertEquals("Name 1001", document.rows().get(1).name());
      assertEquals("Code 1001", document.rows().get(1).description().plainText());
      assertEquals(3, document.rows().get(1).location().line());
    }
  }

  @Nested
  class GeneratedJava {

    @TempDir Path folder;

    private void assertCompiles(Generator.Result result) {
      assertEquals(List.of(), errors(result.diagnostics()));
      assertEquals(List.of(), Javac.compile(result.files(), folder));
    }

    @Test
    void namesThatAreAlsoTheNamesOfGeneratedMembers() {
      Generator.Result result = generate(table("1000|mask|A.", "1001|by code|B.", "1002|locales|C.",
          "1003|values|D.", "1004|code|E.", "3000–3999|lookup|F.", "3001|BY_CODE 3001|G."));
      assertCompiles(result);
      List<String> constants = result.table().orElseThrow().codes().stream().map(CodeTable.Code::constant).toList();
      assertEquals(constants.stream().distinct().count(), constants.size(), constants.toString());
    }

    @Test
    void rowsWhoseNamesMeetAfterDisambiguationKeepEveryCode() {
      Generator.Result result = generate(table("1000|Normal|Fine.", "4000|A 4002|One.", "4001|A|Two.", "4002|A|Three."));
      assertCompiles(result);
      List<CodeTable.Code> codes = result.table().orElseThrow().codes();
      assertEquals(List.of(1000, 4000, 4001, 4002), codes.stream().map(CodeTable.Code::code).toList());
      assertEquals(4, codes.stream().map(CodeTable.Code::constant).distinct().count(), codes.toString());
      CodeTable.Code third = codes.get(3);
      assertEquals("A", third.givenName());
      assertEquals("A_4002_2", third.constant()); // A and A_4002 were taken
      String javadoc = result.files().get(0).toString().replaceAll("\\s*\\n\\s*\\* ?", " "); // lines joined
      assertTrue(javadoc.contains(
          "Made unique with its code: another constant, or a member of this type, is named {@code A}."));
    }

    @Test
    void asManySingleCodesAsJavaAllowsCompile() {
      assertCompiles(generate(LargePages.singleCodes(GenerationLimits.MAX_CODES)));
    }

    @Test
    void moreSingleCodesThanJavaAllowsAreACleanErrorAtTheFirstRowTooMany() {
      int rows = GenerationLimits.MAX_CODES + 1_000;
      Generator.Result result = generate(LargePages.singleCodes(rows));
      // the pipe table's rows start on line 5
      assertEquals(List.of((5 + GenerationLimits.MAX_CODES) + " error TOO_MANY_CONSTANTS"), errors(result.diagnostics()));
      assertEquals(List.of(), result.files());
    }

    @Test
    void morePagesThanJavaAllowsAreACleanErrorAtTheFirstPageTooMany() {
      List<Generator.Document> pages = new java.util.ArrayList<>();
      for (int i = 1; i <= GenerationLimits.MAX_PAGES + 1; i++) {
        pages.add(new Generator.Document("page" + i + ".md", table("1000|Normal|Fine.").getBytes(StandardCharsets.UTF_8)));
      }
      Generator.Result result = Generator.generate(
          new Generator.Request("org.example.ws", pages, Optional.empty(), Authority.PAGE, Map.of()));
      assertEquals(List.of("1 error TOO_MANY_CONSTANTS"), errors(result.diagnostics()));
      assertEquals("page" + (GenerationLimits.MAX_PAGES + 1) + ".md",
          result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().location().file());
      assertEquals(List.of(), result.files());
    }

    @Test
    void aDescriptionAsLongAsJavaAllowsCompiles() {
      assertCompiles(generate(table("1000|Normal|" + "\u00E9\uD83D\uDE00".repeat(GenerationLimits.MAX_TEXT_CHARS / 3))));
    }

    @Test
    void aDescriptionLongerThanJavaAllowsIsACleanErrorAtItsRow() {
      Generator.Result result = generate(table("1000|Normal|Fine.", "1001|Long|" + "x".repeat(70_000)));
      assertEquals(List.of("6 error TEXT_TOO_LONG"), errors(result.diagnostics()));
      assertEquals(List.of(), result.files());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u000ab/index.md", "line\nbreak.md", "end*/.md", "c:\\users\\u\\page.md", "\u2028.md"})
    void documentNamesAreEscapedWhereverGeneratedCodeQuotesThem(String name) {
      assertCompiles(generate(name, table("1000|Normal|Fine.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en-US/docs/a b", "/en-US/docs/x%zz", "/en-US/docs/a#b#c", "/en-US/docs/a&nbsp;b",
        "/ja/docs/\u65E5\u672C", "https://exa mple.com/\u00E9", "https://[bad/", "#", "%", "?a=<b>", "/a\"b",
        "https://example.com/\uD83D\uDE00?q=\u00E9#x y"})
    void linkTargetsThatAreNotValidUrisStillPassDoclint(String href) {
      Generator.Result result = generate(table("1000|Normal|See <a href=\"" + href + "\">the page</a>."));
      assertCompiles(result);
      assertEquals("See the page.", result.table().orElseThrow().codes().get(0).description().plainText());
    }

    @Test
    void emphasisInsideEmphasisPassesDoclint() {
      assertCompiles(generate(table(
          "1000|Normal|<em>a <em>b</em> <i>c</i></em>",
          "1001|Away|<strong>R. <strong>s</strong> <b>t</b></strong> <i><em>u</em></i>",
          "1002|Error|<a href=\"/a\">x <a href=\"/b\">y</a></a> <em><a href=\"/c\"><em>z</em></a></em>")));
    }
  }

  @Nested
  class WhatATableIs {

    @Test
    void aTableOfHttpStatusesIsNotACloseCodeTable() {
      SpecDocument document = read("# Statuses\n\n<table>\n<tr><th>Status</th><th>Meaning</th></tr>\n"
          + "<tr><td>200</td><td>OK</td></tr>\n<tr><td>301</td><td>Moved</td></tr>\n"
          + "<tr><td>404</td><td>Not Found</td></tr>\n<tr><td>500</td><td>Server Error</td></tr>\n</table>\n");
      assertEquals(List.of("5 error NOT_A_CLOSE_CODE_TABLE"), errors(document.diagnostics()));
      assertEquals(List.of(), document.rows());
    }

    @Test
    void theCloseCodeTableWinsOverALongerTableOfOtherNumbers() {
      String statuses = "<table>\n" + "<tr><td>200</td><td>OK</td></tr>\n".repeat(1) + "<tr><td>201</td><td>A</td></tr>\n"
          + "<tr><td>202</td><td>B</td></tr>\n<tr><td>203</td><td>C</td></tr>\n</table>\n";
      SpecDocument document = read(statuses + table("1000|Normal|Fine.", "1001|Away|Gone."));
      assertEquals(List.of(), errors(document.diagnostics()));
      assertEquals(2, document.rows().size());
    }
  }

  @Nested
  class Limits {

    @Test
    void aLineLongerThanTheLimitIsAnErrorAtThatLine() {
      String page = table("1000|Normal|Fine.") + "x".repeat(InputLimits.MAX_LINE_CHARS + 1) + "\n";
      SpecDocument document = CpuTime.within(Duration.ofSeconds(1), () -> read(page));
      assertEquals(List.of("7 error LINE_TOO_LONG"), errors(document.diagnostics()));
    }

    @Test
    void aTableLongerThanTheLimitIsAnErrorAtTheFirstRowPastIt() {
      // More rows than distinct codes and ranges can nest in 0–65535: some must repeat.
      String page = "# CloseEvent\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | Fine. |\n".repeat(InputLimits.MAX_TABLE_ROWS + 5);
      SpecDocument document = CpuTime.within(Duration.ofSeconds(6), () -> read(page));
      int firstRowPast = 5 + InputLimits.MAX_TABLE_ROWS;
      List<String> errors = errors(document.diagnostics());
      assertTrue(errors.contains(firstRowPast + " error TOO_MANY_ROWS"), errors.subList(errors.size() - 3, errors.size()).toString());
      assertEquals(List.of(), errors.stream().filter(e -> Integer.parseInt(e.split(" ")[0]) > firstRowPast).toList());
    }

    @Test
    void aPageLargerThanTheLimitIsAnErrorBeforeAnythingIsRead() {
      byte[] bytes = new byte[InputLimits.MAX_PAGE_BYTES + 1];
      java.util.Arrays.fill(bytes, (byte) '\n');
      SpecDocument document = CpuTime.within(Duration.ofSeconds(1), () -> SpecReader.read("big.md", bytes));
      assertEquals(List.of("1 error FILE_TOO_LARGE"), errors(document.diagnostics()));
    }

    @Test
    void elementsNestedDeeperThanTheLimitAreAnErrorNotAStackOverflow() {
      String page = table("1000|Normal|" + "<span>".repeat(InputLimits.MAX_NESTING + 10) + "deep");
      SpecDocument document = CpuTime.within(Duration.ofSeconds(1), () -> read(page));
      assertEquals(List.of("5 error NESTED_TOO_DEEPLY"), errors(document.diagnostics()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "_", "[", ">", "- ", "**", "<em>", "`"})
    void deeplyNestedMarkdownNeverOverflowsTheStack(String opener) {
      int depth = InputLimits.MAX_LINE_CHARS / (opener.length() + 1) - 10;
      String pipe = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | "
          + opener.repeat(depth) + "x |\n\n" + opener.repeat(depth) + "x\n";
      SpecDocument document = CpuTime.within(Duration.ofSeconds(2), () -> read(pipe));
      assertTrue(document.rows().size() == 1 || document.diagnostics().stream().anyMatch(Diagnostic::isError),
          document.diagnostics().toString());
    }
  }
}
