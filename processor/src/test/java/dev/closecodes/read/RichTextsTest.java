package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.RandomTexts;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The text of an element as written is what jsoup's {@code wholeText()} gives. */
class RichTextsTest {

  private static final PageContext CONTEXT = new PageContext("page.md", new Diagnostics());

  /** Checks every element of the text's tree; how many there were. */
  private static int wholeTextsAsJsoups(Element root) {
    int elements = 0;
    for (Element element : Markup.elements(new Markup.Tree(root, false, List.of()), 1, CONTEXT)) {
      assertEquals(element.wholeText(), RichTexts.wholeText(element), element.outerHtml());
      elements++;
    }
    return elements;
  }

  @Test
  void theReceivedPagesElementsGiveJsoupsWholeText() throws IOException {
    String page = new String(Files.readAllBytes(SpecSource.RECEIVED_PAGE), StandardCharsets.UTF_8);
    assertTrue(wholeTextsAsJsoups(Markup.parse(page, Markup.TagNames.REPAIRED).root()) > 100);
  }

  @Test
  void everyElementOfTheCorpusGivesJsoupsWholeText() throws IOException {
    List<Corpus.Page> pages = Corpus.pages();
    assumeTrue(!pages.isEmpty(), "the corpus is not on this machine");
    int elements = 0;
    for (Corpus.Page page : pages) {
      String text = page.text();
      elements += wholeTextsAsJsoups(Markup.parse(text, Markup.TagNames.REPAIRED).root());
      elements += wholeTextsAsJsoups(Jsoup.parse(text).body()); // as HTML's parser builds it, CDATA and all
    }
    assertTrue(elements > 10_000, elements + " elements");
  }

  @Test
  void randomMarkupGivesJsoupsWholeText() {
    Random random = new Random(1014);
    String[] pieces = {"<code>", "</code>", "<br>", "<br/>", "<BR>", "<td>", "</td>", "a", " ", "\n", "<![CDATA[x]]>",
        "<!-- c -->", "&amp;", "<p>", "</p>", "<script>", "</script>", "é"};
    for (int i = 0; i < 20_000; i++) {
      String text = RandomTexts.ofPieces(random, pieces, 12);
      wholeTextsAsJsoups(Markup.parse(text, Markup.TagNames.AS_WRITTEN).root());
      wholeTextsAsJsoups(Jsoup.parse(text).body());
    }
  }
}
