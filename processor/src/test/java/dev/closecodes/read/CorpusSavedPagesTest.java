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
import java.util.Locale;
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
 * Every page of the corpus as a browser saves it from MDN, or from GitHub's view of MDN's sources,
 * reads as its source does. From MDN: the Markdown rendered to HTML as MDN renders it (CommonMark
 * with GitHub's tables, and MDN's definition lists, {@code - term} over {@code - : definition}, as
 * {@code <dl>}), the front matter replaced by what a saved page's head says in its place (its title,
 * its canonical address, its heading). From GitHub: rendered as CommonMark renders it, the
 * definition lists as lists of lists, the front matter a table, the file's path in the title. Each
 * inside the site's navigation and footer, with a script that writes a table: the same rows, the
 * same opening and definitions, and no warning of a kind the source did not bring. Not a page whose
 * Markdown the reader says it reads otherwise than CommonMark shows it: a renderer shows that page
 * otherwise.
 */
class CorpusSavedPagesTest {

  /** Warnings that the reader reads the Markdown as meant where CommonMark shows it otherwise. */
  private static final Set<Message> READ_OTHERWISE_THAN_RENDERED =
      Set.of(Message.STRONG_EMPHASIS_REPAIRED, Message.FUSED_DEFINITION_REPAIRED);

  private static final List<Extension> TABLES = List.of(TablesExtension.create());

  /** The site a page is saved from. */
  enum Site { MDN, GITHUB }

  @TestFactory
  Stream<DynamicTest> everyPageSavedFromABrowserReadsAsItsSource() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).flatMap(page -> Stream.of(Site.values())
        .map(site -> dynamicTest(page + ", from " + site, () -> readsAsItsSource(page, site))));
  }

  /**
   * Every page saved from MDN, which declares its locale ({@code <html lang="fr">}), or from
   * GitHub, which declares its own language ({@code en}), and read where its path names no locale,
   * is in its locale's language; or, where its declaration or a guess says another, a warning says
   * so: a locale told wrong with nothing said would offer its text to those who ask for another.
   * Not MDN's own copies of the English page under another locale ({@code needs-translation}),
   * whose words are English.
   */
  @TestFactory
  Stream<DynamicTest> everySavedPageReadWhereItsPathNamesNoLocaleIsInItsLanguageOrSaysSo() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).flatMap(page -> Stream.of(Site.values())
        .map(site -> dynamicTest(page + ", from " + site, () -> isInItsLanguageOrSaysSo(page, site))));
  }

  private static void isInItsLanguageOrSaysSo(Corpus.Page page, Site site) throws Exception {
    String text = page.text();
    assumeTrue(!text.contains("status: \"needs-translation\""), "an English page under another locale's folder");
    String locale = page.relativePath().substring(0, page.relativePath().indexOf('/'));
    String saved = saved(text, page.relativePath().endsWith(".md"), site, page.relativePath());
    PageRead read = Reading.page("saved/page.html", saved.getBytes(StandardCharsets.UTF_8));
    dev.closecodes.model.Page.LocaleFrom from = read.page().orElseThrow().localeFrom();
    if (site == Site.MDN) {
      assertEquals(Locales.canonical(locale), read.locale());
      assertEquals(dev.closecodes.model.Page.LocaleFrom.Kind.DECLARATION, from.kind());
      // its words are in its locale's language, or many of them in English, where a translation keeps them
      assertTrue(from.wordsSay().isEmpty() || from.wordsSay().equals("en") && !locale.startsWith("en"),
          from.toString());
    } else {
      boolean inItsLanguage = Locale.forLanguageTag(read.locale()).getLanguage()
          .equals(Locale.forLanguageTag(locale).getLanguage());
      boolean said = from.kind() != dev.closecodes.model.Page.LocaleFrom.Kind.DECLARATION || !from.wordsSay().isEmpty();
      assertTrue(inItsLanguage || said, read.locale() + " from " + from);
    }
  }

  private static void readsAsItsSource(Corpus.Page page, Site site) throws Exception {
    String text = page.text();
    String name = "files/" + page.relativePath();
    PageRead source = Reading.page(name, text.getBytes(StandardCharsets.UTF_8));
    assumeTrue(source.diagnostics().stream().noneMatch(d -> READ_OTHERWISE_THAN_RENDERED.contains(d.message())),
        "the reader reads this page's Markdown otherwise than CommonMark shows it, and says so");
    String saved = saved(text, name.endsWith(".md"), site, page.relativePath());
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
   * The page as a browser saves it from the site: its body rendered (a page of HTML is its own
   * body), what its front matter says in the head and the heading, the site around it.
   */
  static String saved(String text, boolean markdown, Site site, String relativePath) {
    String title = "CloseEvent";
    String slug = null;
    StringBuilder frontMatter = new StringBuilder();
    String body = text;
    while (body.startsWith("---\n")) { // every block of front matter, as the page's copies have two
      int end = body.indexOf("\n---\n", 3);
      for (String line : body.substring(4, end).split("\n")) {
        if (line.startsWith("title:")) {
          title = line.substring("title:".length()).strip().replace("\"", "");
        } else if (line.startsWith("slug:")) {
          slug = line.substring("slug:".length()).strip();
        }
        int colon = line.indexOf(':');
        if (colon > 0 && !line.startsWith(" ")) {
          frontMatter.append("<tr><th>").append(line, 0, colon).append("</th><td><div>")
              .append(line.substring(colon + 1).strip()).append("</div></td></tr>\n");
        }
      }
      body = body.substring(end + "\n---\n".length()).stripLeading();
    }
    if (markdown) {
      body = HtmlRenderer.builder().extensions(TABLES).build().render(Parser.builder().extensions(TABLES).build()
          .parse(body));
      body = site == Site.MDN ? withDefinitionLists(body) : body;
    }
    if (site == Site.GITHUB) {
      String file = "content/files/" + relativePath.substring(0, relativePath.indexOf('/')) + "/"
          + (slug == null ? "web/api/closeevent" : slug.toLowerCase(Locale.ROOT)) + "/index.md";
      return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          + "<title>" + file + " at main \u00b7 mdn/content \u00b7 GitHub</title>\n"
          + "<script>window.sample = '<table><tr><td>1000</td><td>x</td></tr></table>';</script>\n"
          + "</head>\n<body>\n<header><nav><a href=\"/mdn/content\">mdn/content</a></nav></header>\n"
          + "<main>\n<div id=\"readme\">\n<article class=\"markdown-body\">\n"
          + (frontMatter.isEmpty() ? "" : "<table>\n" + frontMatter + "</table>\n") + body
          + "</article>\n</div>\n</main>\n<footer><p>\u00a9 GitHub</p></footer>\n</body>\n</html>\n";
    }
    // MDN declares each page's locale, as its path names it
    String locale = relativePath.substring(0, relativePath.indexOf('/'));
    return "<!DOCTYPE html>\n<html lang=\"" + Locales.canonical(locale) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + title + " - Web APIs | MDN</title>\n"
        + (slug == null ? "" : "<link rel=\"canonical\" href=\"https://developer.mozilla.org/en-US/docs/" + slug
            + "\">\n")
        + "<script>window.sample = '<table><tr><td>1000</td><td>x</td></tr></table>';</script>\n"
        + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/docs\">Docs</a></li></ul></nav>\n"
        + "<main>\n<article>\n<h1>" + title + "</h1>\n<div class=\"section-content\">\n" + body
        + "</div>\n</article>\n</main>\n<footer><p>Content by Mozilla and contributors.</p></footer>\n"
        + "</body>\n</html>\n";
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
