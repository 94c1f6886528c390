package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.RandomTexts;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The one-pass builder of plain markup makes, for every text it accepts, the tree jsoup's parser
 * makes, with the same lines and the same repaired tag names, and leaves every other text to the
 * parser.
 */
class PlainMarkupTest {

  /** Whether the one-pass builder took the text; fails if its tree is not the parser's. */
  private static boolean buildsAsTheParser(String text) {
    String closed = Markup.closeOmittedTags(text);
    boolean taken = false;
    for (Markup.TagNames names : Markup.TagNames.values()) {
      Markup.Tree plain = PlainMarkup.read(closed, names);
      if (plain != null) {
        Markup.Tree parsed = Markup.readWithJsoup(closed, names);
        assertEquals(outline(parsed), outline(plain), text);
        assertEquals(parsed.repairs(), plain.repairs(), text);
        taken = true;
      }
    }
    return taken;
  }

  /** Every node below the root: its kind, name, attributes or text, and line, one to a line, indented by depth. */
  private static String outline(Markup.Tree tree) {
    StringBuilder out = new StringBuilder();
    outline(tree, tree.root(), 0, out);
    return out.toString();
  }

  private static void outline(Markup.Tree tree, Element element, int depth, StringBuilder out) {
    for (Node node : element.childNodes()) {
      out.append("  ".repeat(depth)).append(tree.trackedLine(node)).append(' ');
      if (node instanceof Element child) {
        out.append('<').append(child.tagName()).append(' ').append(child.normalName()).append(' ')
            .append(child.tag().namespace());
        for (Attribute attribute : child.attributes()) {
          out.append(' ').append(attribute.getKey())
              .append(attribute.hasDeclaredValue() ? "=[" + attribute.getValue() + "]" : "");
        }
        out.append(">\n");
        outline(tree, child, depth + 1, out);
      } else if (node instanceof TextNode text) {
        out.append('[').append(text.getWholeText().replace("\n", "\\n")).append("]\n");
      } else {
        out.append(node.getClass().getSimpleName()).append('\n');
      }
    }
  }

  @Test
  void theReceivedPageIsBuiltWithoutTheParser() throws IOException {
    String page = new String(Files.readAllBytes(SpecSource.RECEIVED_PAGE), StandardCharsets.UTF_8);
    assertTrue(buildsAsTheParser(page));
    Markup.Tree tree = Markup.parse(page, Markup.TagNames.REPAIRED);
    assertTrue(tree.repairs().size() > 2, "the page misspells its table and strong tags");
  }

  @Test
  void anEndTagClosesByTheNameAsWrittenNotAsRepaired() {
    String text = "<stwong>a</strong>b</stwong>\n<code>c</code>";
    assertTrue(buildsAsTheParser(text));
    Markup.Tree tree = PlainMarkup.read(text, Markup.TagNames.REPAIRED);
    assertNotNull(tree);
    Element strong = tree.root().firstElementChild();
    assertEquals("strong", strong.tagName());
    assertEquals("ab", strong.text(), "</strong> closes nothing open by that name");
    assertEquals(List.of(new Markup.Repair("stwong", "strong", 1, Markup.Kind.TAG_NAME)), tree.repairs());
    assertEquals(2, tree.lineOf(tree.root().child(1)));
  }

  @Test
  void whatMayNotBePlainIsLeftToTheParser() {
    for (String text : List.of("a &amp; b", "a\r\nb", "a\0b", "<!-- c -->", "<?xml?>", "</ td>", "</td x>",
        "<td a=b>", "<td a=\"1\" a=\"2\">", "<td a=\"1\"b=\"2\">", "<td a = \"1\">", "<x:y>", "<td xmlns=\"u\">",
        "<td", "<td a=\"open", "<td/ >", "<!x>", "<td:x>", "<td#>", "</>", "<", "a<", "</1>", "<td\f>")) {
      assertNull(PlainMarkup.read(Markup.closeOmittedTags(text), Markup.TagNames.REPAIRED), text);
      Markup.parse(text, Markup.TagNames.REPAIRED); // still read, by the parser
    }
  }

  @Test
  void everyPageOfTheCorpusThatIsPlainBuildsAsTheParserBuildsIt() throws IOException {
    List<Corpus.Page> pages = Corpus.pages();
    assumeTrue(!pages.isEmpty(), "the corpus is not on this machine");
    int plain = 0;
    for (Corpus.Page page : pages) {
      plain += buildsAsTheParser(page.text()) ? 1 : 0;
    }
    assertTrue(plain >= pages.size() / 2, plain + " of " + pages.size() + " pages built in one pass");
  }

  @Test
  void randomTextsOfMarkupsPiecesBuildAsTheParserBuildsThem() {
    Random random = new Random(1012);
    String[] pieces = {"<td>", "</td>", "<TD Class=\"a\">", "<tr>", "</tr>", "<table>", "</table>", "<tw>", "</tw>",
        "<tabwe>", "</tabwe>", "<stwong>", "</strong>", "</stwong>", "</stwong\n >", "</td\t>", "<br/>", "<br>", "<br />",
        "<a href='x y'>", "</a>", "<td wowspan=\"2\">", "<td cowspan=2 colspam='3'>", "<td rowspan=\"1\" wowspan=\"3\">", "<tabwe wowspan=\"2\">",
        "<details open>", "<p a=\"\">", "<td-x>", "</td-x>", "<code>", "</code>", "<h2 id=\"c\" title='t'>", " ", "\n",
        "text", "é", "𝄞", ">", "/", "=", "\"", "'", "<", "< ", ">w< ", "<1", "&", "-", "<thead>", "</tbody>", "<th\n scope=\"col\">", "\t"};
    int plain = 0;
    for (int i = 0; i < 100_000; i++) {
      plain += buildsAsTheParser(RandomTexts.ofPieces(random, pieces, 16)) ? 1 : 0;
    }
    assertTrue(plain > 10_000, plain + " random texts built in one pass");
  }

  @Test
  void randomTextsOfMarkupsCharactersBuildAsTheParserBuildsThem() {
    Random random = new Random(1013);
    String alphabet = "<>/=\"' \n\tabtdrTD-_.:1é&!?";
    int plain = 0;
    for (int i = 0; i < 100_000; i++) {
      plain += buildsAsTheParser(RandomTexts.ofCharacters(random, alphabet, 24)) ? 1 : 0;
    }
    assertTrue(plain > 1_000, plain + " random texts built in one pass");
  }

  @Test
  void elementsNestedPastTheParsersLimitAreLeftToIt() {
    String deep = "<a>".repeat(600);
    assertNull(PlainMarkup.read(deep, Markup.TagNames.AS_WRITTEN));
    assertTrue(buildsAsTheParser("<a>".repeat(300)));
  }
}
