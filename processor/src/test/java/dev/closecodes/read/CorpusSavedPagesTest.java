package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.Reading.PageRead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page of the corpus as a browser saves it from MDN reads as its source does: the Markdown
 * rendered to HTML as MDN renders it (CommonMark with GitHub's tables, and MDN's definition lists,
 * {@code - term} over {@code - : definition}, as {@code <dl>}), the front matter replaced by what a
 * saved page's head says in its place (its title, its canonical address, its heading), the whole
 * inside the site's navigation and footer, with a script that writes a table. The same rows, the
 * same opening and definitions, and no warning of a kind the source did not bring. Not a page whose
 * Markdown the reader says it reads otherwise than CommonMark shows it: a renderer shows that page
 * otherwise.
 */
class CorpusSavedPagesTest {

  /** Warnings that the reader reads the Markdown as meant where CommonMark shows it otherwise. */
  private static final Set<Message> READ_OTHERWISE_THAN_RENDERED =
      Set.of(Message.STRONG_EMPHASIS_REPAIRED, Message.FUSED_DEFINITION_REPAIRED);

  private static final List<Extension> TABLES = List.of(TablesExtension.create());

  @TestFactory
  Stream<DynamicTest> everyPageSavedFromABrowserReadsAsItsSource() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable)
        .map(page -> dynamicTest(page.toString(), () -> readsAsItsSource(page)));
  }

  private static void readsAsItsSource(Corpus.Page page) throws Exception {
    String text = page.text();
    String name = "files/" + page.relativePath();
    PageRead source = Reading.page(name, text.getBytes(StandardCharsets.UTF_8));
    assumeTrue(source.diagnostics().stream().noneMatch(d -> READ_OTHERWISE_THAN_RENDERED.contains(d.message())),
        "the reader reads this page's Markdown otherwise than CommonMark shows it, and says so");
    String saved = saved(text, name.endsWith(".md"));
    PageRead again = Reading.page(name.replaceFirst("\\.md$", ".html"), saved.getBytes(StandardCharsets.UTF_8));
    assertEquals(CorpusRewritesTest.meaning(source), CorpusRewritesTest.meaning(again), saved);
    Set<Message> before = kinds(source.diagnostics());
    Set<Message> after = kinds(again.diagnostics());
    after.removeAll(before);
    assertTrue(after.isEmpty(), "new: " + after + " in " + again.diagnostics());
  }

  private static Set<Message> kinds(List<Diagnostic> diagnostics) {
    Set<Message> kinds = new TreeSet<>();
    for (Diagnostic diagnostic : diagnostics) {
      kinds.add(diagnostic.message());
    }
    return kinds;
  }

  /**
   * The page as a browser saves it: its body rendered (a page of HTML is its own body), its front
   * matter's title and slug in the head and the heading, the site around it.
   */
  static String saved(String text, boolean markdown) {
    String title = "CloseEvent";
    String slug = null;
    String body = text;
    while (body.startsWith("---\n")) { // every block of front matter, as the page's copies have two
      int end = body.indexOf("\n---\n", 3);
      for (String line : body.substring(4, end).split("\n")) {
        if (line.startsWith("title:")) {
          title = line.substring("title:".length()).strip().replace("\"", "");
        } else if (line.startsWith("slug:")) {
          slug = line.substring("slug:".length()).strip();
        }
      }
      body = body.substring(end + "\n---\n".length()).stripLeading();
    }
    if (markdown) {
      body = withDefinitionLists(HtmlRenderer.builder().extensions(TABLES).build()
          .render(Parser.builder().extensions(TABLES).build().parse(body)));
    }
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + title + " - Web APIs | MDN</title>\n"
        + (slug == null ? "" : "<link rel=\"canonical\" href=\"https://developer.mozilla.org/en-US/docs/" + slug + "\">\n")
        + "<script>window.sample = '<table><tr><td>1000</td><td>x</td></tr></table>';</script>\n"
        + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/docs\">Docs</a></li></ul></nav>\n"
        + "<main>\n<article>\n<h1>" + title + "</h1>\n<div class=\"section-content\">\n" + body
        + "</div>\n</article>\n</main>\n<footer><p>Content by Mozilla and contributors.</p></footer>\n</body>\n</html>\n";
  }

  /**
   * MDN's definition lists, which CommonMark renders as lists of lists ({@code <li>term<ul><li>:
   * definition</li></ul></li>}), as MDN renders them: {@code <dl><dt>term</dt><dd>definition</dd></dl>}.
   */
  private static String withDefinitionLists(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    for (Element list : document.select("ul")) {
      if (!isDefinitionList(list)) {
        continue;
      }
      list.tagName("dl");
      for (Element item : new ArrayList<>(list.children())) {
        Element inner = item.children().last();
        Element definition = new Element("dd");
        for (Node node : new ArrayList<>(inner.child(0).childNodes())) {
          definition.appendChild(node);
        }
        withoutMarker(definition);
        inner.remove();
        item.tagName("dt");
        if (item.children().size() == 1 && item.child(0).tagName().equals("p") && item.ownText().isBlank()) {
          item.child(0).unwrap();
        }
        item.after(definition);
      }
    }
    return document.body().html();
  }

  /** Whether each item of the list is a term over one nested item that opens with {@code :}. */
  private static boolean isDefinitionList(Element list) {
    if (list.children().isEmpty()) {
      return false;
    }
    for (Element item : list.children()) {
      Element last = item.children().isEmpty() ? null : item.children().last();
      if (last == null || !last.tagName().equals("ul") || last.children().size() != 1
          || !last.child(0).text().startsWith(":")) {
        return false;
      }
    }
    return true;
  }

  /** The definition without the {@code :} that opens its first text. */
  private static void withoutMarker(Element definition) {
    for (TextNode text : definition.textNodes()) {
      if (!text.isBlank()) {
        text.text(text.getWholeText().replaceFirst("^\\s*:\\s*", ""));
        return;
      }
    }
    Element first = definition.firstElementChild();
    if (first != null) {
      withoutMarker(first);
    }
  }
}
