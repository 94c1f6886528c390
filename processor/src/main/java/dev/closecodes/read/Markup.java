package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Parses the HTML that a page holds, in a Markdown page or an HTML one, keeping the structure as
 * written. A browser's HTML parser would drop a {@code <td>} whose table tag is misspelled; the
 * XML-style tree builder used here keeps every element where the page put it, so tables can be
 * recognised by their shape rather than their tag names.
 */
final class Markup {

  /** HTML's void elements, which the XML-style builder would otherwise leave open. */
  private static final Pattern VOID_ELEMENT =
      Pattern.compile(
          "<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b([^<>]*?)/?>",
          Pattern.CASE_INSENSITIVE);

  /**
   * Tags whose misspelling is worth repairing: the ones that carry meaning here. Names shorter
   * than four letters are too close to each other to repair safely ({@code tw} could be
   * {@code tr}, {@code th} or {@code td}); rows and cells are found by shape instead.
   */
  private static final Set<String> REPAIRABLE =
      Set.of("table", "thead", "tbody", "tfoot", "strong", "code", "caption", "span", "section");

  private static final Set<String> KNOWN =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "blockquote", "body", "br", "caption", "cite", "code",
          "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
          "figure", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img",
          "ins", "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "samp", "section", "small",
          "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
          "time", "tr", "tt", "u", "ul", "var", "wbr", "main", "article", "aside", "footer", "label",
          "input", "button", "form", "iframe", "script", "style", "svg", "path", "meta", "link",
          "title", "source", "video", "audio", "picture", "area", "map", "embed", "track", "font",
          "center", "big", "strike", "nobr");

  private Markup() {}

  /** Parses {@code text}; element positions are lines of {@code text}. */
  static Document parse(String text) {
    String closedVoids = VOID_ELEMENT.matcher(text).replaceAll("<$1$2/>");
    Parser parser = Parser.xmlParser().settings(ParseSettings.htmlDefault).setTrackPosition(true);
    return Jsoup.parse(closedVoids, "", parser);
  }

  /** Parses a fragment of well-formed HTML, such as a Markdown renderer's output. */
  static Element parseFragment(String html) {
    return Jsoup.parseBodyFragment(html).body();
  }

  /**
   * Renames elements whose unknown tag name is one edit away from exactly one meaningful tag
   * ({@code <stwong>} becomes {@code <strong>}), and reports each repair.
   */
  static void repairTagNames(Document document, String file, List<Diagnostic> diagnostics) {
    // One warning for each misspelling, at its first use: a page misspells the same tag many times.
    Map<String, List<Integer>> linesByRepair = new LinkedHashMap<>();
    for (Element element : document.getAllElements()) {
      String name = element.tagName();
      if (name.length() < 4 || KNOWN.contains(name) || name.startsWith("#")) {
        continue;
      }
      List<String> candidates =
          REPAIRABLE.stream().filter(known -> oneEditApart(name, known)).sorted().toList();
      if (candidates.size() == 1) {
        element.tagName(candidates.get(0));
        linesByRepair.computeIfAbsent(name + " " + candidates.get(0), k -> new ArrayList<>()).add(lineOf(element));
      }
    }
    linesByRepair.forEach((repair, lines) -> {
      String[] names = repair.split(" ");
      diagnostics.add(Diagnostic.of(
          Message.TAG_NAME_REPAIRED, new SourceLocation(file, lines.get(0)), names[0], names[1], lines.size(),
          lines.get(lines.size() - 1)));
    });
  }

  /** The line a node starts on, 1-based; 1 when the parser did not track it. */
  static int lineOf(Node node) {
    int line = node.sourceRange().start().lineNumber();
    return line > 0 ? line : 1;
  }

  /** The line of the first visible text inside an element, else the element's own line. */
  static int firstTextLine(Element element) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text && !RichTexts.isBlank(text.getWholeText())) {
        return lineOf(text);
      }
      if (node instanceof Element child && !RichTexts.isBlank(child.text())) {
        return firstTextLine(child);
      }
    }
    return lineOf(element);
  }

  /** Whether one substitution, insertion or deletion turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length()
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
