package dev.closecodes.read;

import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the page's own words about the {@code CloseEvent} interface (its opening paragraph) and
 * about the properties {@code code}, {@code reason} and {@code wasClean} (their definitions in the
 * properties list). Markdown pages define a property as {@code - {{domxref("CloseEvent.code")}}}
 * followed by {@code - : text}; HTML pages as a {@code <dt>} followed by its {@code <dd>}. A property
 * name one letter off ({@code weason}) still counts, as tag names do.
 */
final class ProseReader {

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
  private static final Pattern TERM = Pattern.compile("^\\s*- (.*\\S)\\s*$");
  private static final Pattern DEFINITION = Pattern.compile("^(\\s*)- : (.*)$");
  private static final Pattern PROPERTY_NAME = Pattern.compile("[\\w-]+\\.([\\w-]+)");

  private ProseReader() {}

  static PageProse read(Document html, String text) {
    String[] lines = text.split("\n", -1);
    return new PageProse(
        summary(html, lines),
        property("code", html, lines),
        property("reason", html, lines),
        property("wasclean", html, lines));
  }

  /** The first paragraph of text that is not front matter, a heading, a macro call or markup. */
  private static RichText summary(Document html, String[] lines) {
    int i = skipFrontMatter(lines);
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<") || line.startsWith("-")
          || line.startsWith("|") || line.startsWith(">") || Macros.MACRO.matcher(line).replaceAll("").isBlank()) {
        continue;
      }
      StringBuilder paragraph = new StringBuilder();
      for (; i < lines.length && !lines[i].isBlank(); i++) {
        paragraph.append(lines[i]).append('\n');
      }
      return markdown(paragraph.toString());
    }
    for (Element p : html.getElementsByTag("p")) {
      RichText candidate = RichTexts.fromElement(p);
      if (!candidate.isEmpty() && p.parents().stream().noneMatch(e -> e.tagName().equals("section"))) {
        return candidate;
      }
    }
    return RichText.EMPTY;
  }

  private static RichText property(String name, Document html, String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      Matcher term = TERM.matcher(lines[i]);
      if (term.matches() && !term.group(1).startsWith(": ") && namesProperty(term.group(1), name)) {
        Optional<RichText> definition = markdownDefinition(lines, i + 1);
        if (definition.isPresent()) {
          return definition.get();
        }
      }
    }
    for (Element dt : html.getElementsByTag("dt")) {
      Element dd = dt.nextElementSibling();
      if (dd != null && dd.tagName().equals("dd") && namesProperty(dt.text(), name)) {
        Element copy = dd.clone();
        copy.select("table, dl").remove();
        return RichTexts.fromElement(copy);
      }
    }
    return RichText.EMPTY;
  }

  /** The {@code - : } line after a term, with its continuation lines, up to a blank line or markup. */
  private static Optional<RichText> markdownDefinition(String[] lines, int start) {
    int i = start;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i >= lines.length) {
      return Optional.empty();
    }
    Matcher definition = DEFINITION.matcher(lines[i]);
    if (!definition.matches()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(definition.group(2)).append('\n');
    for (i++; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("-") || line.startsWith("<") || line.startsWith("|")) {
        break;
      }
      text.append(line).append('\n');
    }
    return Optional.of(markdown(text.toString()));
  }

  /** Whether a term such as {@code {{domxref("CloseEvent.code")}}} names the property. */
  private static boolean namesProperty(String term, String property) {
    String target = Macros.target(term);
    Matcher matcher = PROPERTY_NAME.matcher(target.isEmpty() ? term : target);
    while (matcher.find()) {
      String found = matcher.group(1).toLowerCase(Locale.ROOT);
      if (found.equals(property) || (property.length() >= 4 && Markup.oneEditApart(found, property))) {
        return true;
      }
    }
    return false;
  }

  private static int skipFrontMatter(String[] lines) {
    int i = 0;
    // Some pages hold two front-matter blocks in a row.
    while (i < lines.length && lines[i].strip().equals("---")) {
      int end = i + 1;
      while (end < lines.length && !lines[end].strip().equals("---")) {
        end++;
      }
      i = end + 1;
      while (i < lines.length && lines[i].isBlank()) {
        i++;
      }
    }
    return Math.min(i, lines.length);
  }

  private static RichText markdown(String markdown) {
    return RichTexts.fromElement(Markup.parseFragment(HTML.render(MARKDOWN.parse(markdown))));
  }
}
