package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.RandomTexts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader of simple paragraphs reads every text it accepts as commonmark's parser
 * reads it, and leaves the rest to the parser.
 */
class MarkdownTextTest {

  private static final PageContext CONTEXT = new PageContext("page.md", new Diagnostics());

  /**
   * Whether the one-pass reader took the text; fails if it read it otherwise than the parser, or,
   * for one line, otherwise than the parser of a table's cell.
   */
  private static boolean readsAsTheParser(String markdown) {
    List<Inline> simple = MarkdownText.simpleParagraph(markdown);
    if (simple == null) {
      return false;
    }
    RichText read = new RichText(RichTexts.normalize(simple));
    assertEquals(MarkdownTree.read(markdown, 1, CONTEXT), read, markdown);
    if (markdown.strip().indexOf('\n') < 0) {
      assertEquals(MarkdownTree.readCell(markdown, 1, CONTEXT), read, "as a table's cell: " + markdown);
    }
    return true;
  }

  @Test
  void aParagraphOfTextCodeLinksAndMacrosIsReadWithoutTheParser() {
    String paragraph = "Returns an `unsigned short` sent by the [server](/en-US/docs/Glossary/Server).\n"
        + "  It says {{domxref(\"CloseEvent.reason\")}} (why), and more.  \n";
    assertTrue(readsAsTheParser(paragraph));
    assertEquals(
        List.of(new Inline.Text("Returns an "), new Inline.Code("unsigned short"), new Inline.Text(" sent by the "),
            new Inline.Link("/en-US/docs/Glossary/Server", List.of(new Inline.Text("server"))),
            new Inline.Text("."), new Inline.Text(" "), new Inline.Text("It says "), new Inline.Code("CloseEvent.reason"),
            new Inline.Text(" (why), and more.")),
        RichTexts.normalize(MarkdownText.simpleParagraph(paragraph)));
  }

  @Test
  void strongEmphasisOfTheCommonShapeIsReadWithoutTheParser() {
    String paragraph = "The **`code`** read-only property, **strong** and [a link](/x).";
    assertTrue(readsAsTheParser(paragraph));
    assertEquals(List.of(new Inline.Text("The "), new Inline.Strong(List.of(new Inline.Code("code"))),
        new Inline.Text(" read-only property, "), new Inline.Strong(List.of(new Inline.Text("strong"))),
        new Inline.Text(" and "), new Inline.Link("/x", List.of(new Inline.Text("a link"))), new Inline.Text(".")),
        RichTexts.normalize(MarkdownText.simpleParagraph(paragraph)));
  }

  @Test
  void whatMayBeMoreThanTextIsLeftToTheParser() {
    for (String markdown : List.of("**Reserved**b", "a *b*", "snake_case", "a <b>c</b>", "&amp;", "a \\* b",
        "``a`b``", "`open", "[ref][1]", "[text]", "![image](x.png)", "# heading", "> quote", "- item", "1. item",
        "** a**", "**a **", "a**b**", "**a `**` b**", "```fence```", "[ref]: /url",
        "    indented", "a\n\nb", "a\n===", "[a](b c)", "[a](<b>)", "` a `", "tab\there", "[`code`](x)")) {
      assertNull(MarkdownText.simpleParagraph(markdown), markdown);
      MarkdownText.read(markdown, 1, CONTEXT); // still read, by the parser
    }
  }

  @Test
  void everyParagraphLineAndCellOfTheCorpusReadsAsTheParserReadsIt() throws IOException {
    List<Corpus.Page> pages = Corpus.pages();
    assumeTrue(!pages.isEmpty(), "the corpus is not on this machine");
    int texts = 0;
    int simple = 0;
    for (Corpus.Page page : pages) {
      String text = page.text();
      List<String> candidates = new ArrayList<>(List.of(text.split("\n\\s*\n")));
      for (String line : text.split("\n")) {
        candidates.add(line);
        String stripped = line.strip();
        if (stripped.startsWith("- : ")) {
          candidates.add(stripped.substring(4));
        }
        if (stripped.startsWith("|")) {
          candidates.addAll(List.of(stripped.split("\\|")));
        }
      }
      for (String candidate : candidates) {
        texts++;
        simple += readsAsTheParser(candidate) ? 1 : 0;
      }
    }
    assertTrue(simple >= 1_000, simple + " of " + texts + " texts read in one pass");
  }

  @Test
  void randomTextsOfMarkdownsCharactersReadAsTheParserReadsThem() {
    Random random = new Random(6455);
    String alphabet = "ab c`[]()!*_\\<>&{}#-+=|~:/.\"'\n\n    19é\u00a0{{";
    int simple = 0;
    for (int i = 0; i < 200_000; i++) {
      simple += readsAsTheParser(RandomTexts.ofCharacters(random, alphabet, 24)) ? 1 : 0;
    }
    assertTrue(simple > 1_000, simple + " random texts read in one pass");
  }

  @Test
  void randomTextsOfMarkdownsConstructsReadAsTheParserReadsThem() {
    Random random = new Random(1006);
    String[] pieces = {"**", "*", "`", "`x`", "[a](b)", "[", "](", ")", " ", " ", "word", ".", ",", "\n", "_", "-", "1.",
        "{{m}}", "**`c`**", "!", "~", "#", "=", "|", "  ", "\n\n", "\"", "(", "é"};
    int simple = 0;
    for (int i = 0; i < 200_000; i++) {
      simple += readsAsTheParser(RandomTexts.ofPieces(random, pieces, 9)) ? 1 : 0;
    }
    assertTrue(simple > 1_000, simple + " random texts read in one pass");
  }

  @Test
  void aParagraphOfManyLinesIsReadInOnePass() {
    String paragraph = "a `b` [c](d) e\n".repeat(200_000);
    List<Inline> inlines = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> MarkdownText.simpleParagraph(paragraph));
    assertNotNull(inlines);
    assertEquals(2 + 200_000 * 5 + 199_999, inlines.size(), "a space on each side, five pieces a line, a break between");
  }

  @Test
  void aSimpleParagraphNeedsNothingButItsLines() {
    assertNotNull(MarkdownText.simpleParagraph("one\ntwo `x` three\n"));
  }
}
