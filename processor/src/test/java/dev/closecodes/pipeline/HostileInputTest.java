package dev.closecodes.pipeline;

import static dev.closecodes.testing.Pages.table;
import static dev.closecodes.testing.Reading.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeTable;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.LargePages;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages a fuzzer or a hostile author could write, run through every stage: whatever is accepted
 * generates Java that compiles under every lint and doclint; what Java cannot hold is an error at
 * its line before anything is generated.
 */
class HostileInputTest {

  static Generation generate(String page) {
    return Generation.ofPage("page.md", page);
  }

  static Generation generate(String name, String page) {
    return Generation.ofPage(name, page);
  }

  @Nested
  class GeneratedJava {

    @TempDir Path folder;

    private void assertCompiles(Generation result) {
      assertEquals(List.of(), errors(result.diagnostics()));
      assertEquals(List.of(), Javac.compile(result.files(), folder));
    }

    @Test
    void namesThatAreAlsoTheNamesOfGeneratedMembers() {
      Generation result = generate(table("1000|mask|A.", "1001|by code|B.", "1002|locales|C.",
          "1003|values|D.", "1004|code|E.", "3000–3999|lookup|F.", "3001|BY_CODE 3001|G."));
      assertCompiles(result);
      List<String> constants = result.table().orElseThrow().codes().stream().map(CodeTable.Code::constant).toList();
      assertEquals(constants.stream().distinct().count(), constants.size(), constants.toString());
    }

    @Test
    void rowsWhoseNamesMeetAfterDisambiguationKeepEveryCode() {
      Generation result = generate(table("1000|Normal|Fine.", "4000|A 4002|One.", "4001|A|Two.", "4002|A|Three."));
      assertCompiles(result);
      List<CodeTable.Code> codes = result.table().orElseThrow().codes();
      assertEquals(List.of(1000, 4000, 4001, 4002), codes.stream().map(CodeTable.Code::code).toList());
      assertEquals(4, codes.stream().map(CodeTable.Code::constant).distinct().count(), codes.toString());
      CodeTable.Code third = codes.get(3);
      assertEquals("A", third.givenName());
      assertEquals("A_4002_2", third.constant()); // A and A_4002 were taken
      String javadoc = result.files().get(0).source().replaceAll("\\s*\\n\\s*\\* ?", " "); // lines joined
      assertTrue(javadoc.contains(
          "Made unique with its code: another constant, or a member of this type, is named {@code A}."));
    }

    @Test
    void asManySingleCodesAsJavaAllowsCompile() {
      assertCompiles(generate(LargePages.singleCodes(GenerationLimits.MAX_CODES)));
    }

    @Test
    void asManySingleCodesAsJavaAllowsOnAsManyPagesAsJavaAllowsCompile() {
      byte[] page = LargePages.singleCodes(GenerationLimits.MAX_CODES).getBytes(StandardCharsets.UTF_8);
      List<Document> pages = new java.util.ArrayList<>();
      for (int i = 1; i <= GenerationLimits.MAX_PAGES; i++) {
        pages.add(new Document("page" + i + ".md", page));
      }
      List<String> locales = List.of("en-US", "fr", "de", "es", "it", "ja", "ko", "pt-BR", "pt-PT", "ru", "zh-CN",
          "zh-TW").subList(0, GenerationLimits.MAX_PAGES); // each page's text can be asked for
      Generation result = Generation.run(new Pipeline.Request("org.example.ws", pages, Optional.empty(),
          ChecksFrom.PAGE, List.of(), locales, Set.of()));
      assertEquals(List.of(), errors(result.diagnostics()));
      assertCompiles(result);
    }

    @Test
    void moreSingleCodesThanJavaAllowsAreACleanErrorAtTheFirstRowTooMany() {
      int rows = GenerationLimits.MAX_CODES + 1_000;
      Generation result = generate(LargePages.singleCodes(rows));
      // the pipe table's rows start on line 5
      assertEquals(List.of((5 + GenerationLimits.MAX_CODES) + " error TOO_MANY_CONSTANTS"), errors(result.diagnostics()));
      assertEquals(List.of(), result.files());
    }

    @Test
    void morePagesThanJavaAllowsAreACleanErrorOnThePagesAttribute() {
      List<Document> pages = new java.util.ArrayList<>();
      for (int i = 1; i <= GenerationLimits.MAX_PAGES + 1; i++) {
        pages.add(new Document("page" + i + ".md", table("1000|Normal|Fine.").getBytes(StandardCharsets.UTF_8)));
      }
      Generation result = Generation.run(
          new Pipeline.Request("org.example.ws", pages, Optional.empty(), ChecksFrom.PAGE));
      assertEquals(List.of("0 error TOO_MANY_PAGES"), errors(result.diagnostics()));
      assertEquals(new RequestPart("pages"),
          result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().where());
      assertEquals(List.of(), result.files());
    }

    @Test
    void aDescriptionAsLongAsJavaAllowsCompiles() {
      assertCompiles(generate(table("1000|Normal|" + "\u00E9\uD83D\uDE00".repeat(GenerationLimits.MAX_TEXT_CHARS / 3))));
    }

    @Test
    void aDescriptionLongerThanJavaAllowsIsACleanErrorAtItsRow() {
      Generation result = generate(table("1000|Normal|Fine.", "1001|Long|" + "x".repeat(70_000)));
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
      Generation result = generate(table("1000|Normal|See <a href=\"" + href + "\">the page</a>."));
      assertCompiles(result);
      assertEquals("See the page.", result.table().orElseThrow().codes().get(0).description().plainText());
    }

    @Test
    void listsPassDoclintWhereverThePageHasThem() {
      Generation result = generate(table(
          "1000|Normal|For one of: <ul><li>done<ol start=\"2\"><li>x</li></ol></li><li></li><li>gone</li></ul> Fine.",
          "1001|Away|<strong>Either <ul><li>a</li><li>b</li></ul></strong> <a href=\"/a\"><ol><li>c</li></ol></a>",
          "1002|Error|<ul><li><ul><li>deep</li></ul></li></ul><li>lost</li>*/ <ol><li>*/</li></ol>",
          "1003|Data|<p>a</p><strong>b<br>c<p>d</p></strong><a href=\"/x\">e<br/>f</a><li><p>g</p><div>h</div></li>"));
      assertCompiles(result);
      assertEquals("For one of:\n\u2022 done\n  2. x\n\u2022 gone\nFine.",
          result.table().orElseThrow().codes().get(0).description().textWithLines());
    }

    /** A summary is one line of text, as it says, where a description holds a list's lines. */
    @Test
    void aSummaryStaysOnOneLineWhereItsDescriptionHoldsAList() throws Exception {
      Generation result = generate(table("1000|Normal|For one of: <ul><li>done<ol><li>x</li></ol></li><li>gone</li></ul>",
          "3000\u20133999|Libraries|Either <ol start=\"4\"><li>a</li></ol>"));
      assertCompiles(result);
      try (URLClassLoader classes = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()})) {
        Class<?> closeCode = classes.loadClass("org.example.ws.CloseCode");
        Object normal = closeCode.getField("NORMAL").get(null);
        assertEquals("For one of:\n\u2022 done\n  1. x\n\u2022 gone", closeCode.getMethod("description").invoke(normal));
        assertEquals("1000 Normal: For one of: \u2022 done 1. x \u2022 gone", closeCode.getMethod("summary").invoke(normal));
        // the one line a message quotes, the same
        assertEquals("1000 Normal: " + result.table().orElseThrow().codes().get(0).description().plainTextOnOneLine(),
            closeCode.getMethod("summary").invoke(normal));
        Class<?> closeCodes = classes.loadClass("org.example.ws.CloseCodes");
        assertEquals("3000\u20133999: Either 4. a", closeCodes.getMethod("describe", int.class).invoke(null, 3001));
      }
    }

    @Test
    void emphasisInsideEmphasisPassesDoclint() {
      assertCompiles(generate(table(
          "1000|Normal|<em>a <em>b</em> <i>c</i></em>",
          "1001|Away|<strong>R. <strong>s</strong> <b>t</b></strong> <i><em>u</em></i>",
          "1002|Error|<a href=\"/a\">x <a href=\"/b\">y</a></a> <em><a href=\"/c\"><em>z</em></a></em>")));
    }
  }

}
