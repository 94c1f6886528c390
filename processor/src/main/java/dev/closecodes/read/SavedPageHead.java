package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page saved from a browser says of itself in its head, where MDN's sources have front
 * matter: its canonical address, else its title (or, in a view of MDN's sources, the file the title
 * names), else its first {@code <h1>}. The title is read from the text: HTML reads a title's
 * content as text, and the markup holds none of it.
 */
final class SavedPageHead {

  /**
   * How many mentions of {@code canonical} are weighed as a {@code <link>}'s, and how far its tag
   * may reach either side of one: a page of many, or of tags never closed, is read in linear time.
   */
  private static final int MOST_LINKS_TRIED = 16;
  private static final int LONGEST_TAG = 4_096;
  private static final Pattern CANONICAL_WORD = Pattern.compile("(?i)canonical");
  private static final Pattern CANONICAL = Pattern.compile("(?i)\\brel\\s*=\\s*[\"']?[^\"'>]*\\bcanonical\\b");
  private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*[\"']?([^\"'\\s>]+)");

  private SavedPageHead() {}

  /**
   * The property of {@code CloseEvent} the page is about, in lower case; empty (the interface's
   * page) where the head names none.
   *
   * @param elements the page's elements that it shows, its {@code <link>} and {@code <h1>} elements at least
   */
  static String member(List<Element> elements, String text, HiddenLines hidden) {
    String byAddress = null;
    String byHeading = null;
    for (Element element : elements) {
      if (byAddress == null && element.normalName().equals("link")
          && element.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
        byAddress = propertyNamedInAddress(element.attr("href"));
      } else if (byHeading == null && element.normalName().equals("h1")) {
        byHeading = propertyNamedInTitle(element.text());
      }
    }
    String byTitle = null;
    for (Markup.HiddenContent content : Markup.hiddenContent(text)) {
      if (byTitle == null && isTitle(text, content) && !hidden.hidden(DocumentText.lineAt(text, content.tagStart()))) {
        String title = titleText(text, content);
        byTitle = propertyNamedInTitle(title);
        // a source's view names its file (.../files/en-us/web/api/closeevent/code/index.md at main)
        byTitle = byTitle.isEmpty() ? propertyNamedInAddress(title) : byTitle;
      }
    }
    return byAddress != null ? byAddress : byTitle != null ? byTitle : byHeading != null ? byHeading : "";
  }

  /**
   * The line, counted from 1, of the canonical address or the title that makes this the page of
   * the interface {@code CloseEvent} itself ({@code .../docs/Web/API/CloseEvent},
   * {@code CloseEvent - Web APIs | MDN}, {@code .../web/api/closeevent/index.md at main}); 0 where
   * the head says otherwise, or nothing.
   */
  static int interfaceLine(String text) {
    Matcher mention = CANONICAL_WORD.matcher(text);
    for (int tried = 0; tried < MOST_LINKS_TRIED && mention.find(); tried++) {
      int at = mention.start();
      int start = text.lastIndexOf('<', at);
      int end = text.indexOf('>', at);
      if (start < 0 || end < 0 || at - start > LONGEST_TAG || end - at > LONGEST_TAG
          || !text.regionMatches(true, start, "<link", 0, "<link".length())) {
        continue;
      }
      String tag = text.substring(start, end + 1);
      Matcher href = HREF.matcher(tag);
      if (CANONICAL.matcher(tag).find() && href.find()) {
        return namesTheInterface(href.group(1)) ? DocumentText.lineAt(text, start) : 0;
      }
    }
    for (Markup.HiddenContent content : Markup.hiddenContent(text)) {
      if (isTitle(text, content)) {
        return namesTheInterface(titleText(text, content)) ? DocumentText.lineAt(text, content.tagStart()) : 0;
      }
    }
    return 0;
  }

  /**
   * Whether an address or a title names the interface's own page: an address that ends with
   * {@code /web/api/closeevent} (or its {@code index.md}), or a title that is the interface's name,
   * before the site's.
   */
  private static boolean namesTheInterface(String addressOrTitle) {
    String text = addressOrTitle.toLowerCase(Locale.ROOT).strip();
    int at = text.indexOf("/web/api/closeevent");
    if (at >= 0) {
      String rest = text.substring(at + "/web/api/closeevent".length());
      return rest.isEmpty() || rest.equals("/") || rest.startsWith("/index.") || rest.startsWith(" ")
          || rest.startsWith("#") || rest.startsWith("?");
    }
    if (!text.startsWith("closeevent")) {
      return false;
    }
    String rest = text.substring("closeevent".length()).strip();
    return rest.isEmpty() || "-|\u2013\u2014\u00b7".indexOf(rest.charAt(0)) >= 0;
  }

  /**
   * The property of {@code CloseEvent} a title or a heading names, in lower case, as a page saved
   * from a browser gives its own in place of front matter ({@code CloseEvent: code property - Web
   * APIs | MDN}, {@code CloseEvent.code}, {@code CloseEvent : propriété code}); empty where it
   * names none, as the interface's own page ({@code CloseEvent - Web APIs | MDN}) does.
   */
  private static String propertyNamedInTitle(String title) {
    String text = title.toLowerCase(Locale.ROOT);
    int after = after(text, "closeevent");
    if (after < 0) {
      return "";
    }
    while (after < text.length()
        && (text.charAt(after) == ' ' || UnicodeCharacters.isSpaceBeyondAscii(text.charAt(after)))) {
      after++;
    }
    if (after == text.length() || text.charAt(after) != '.' && text.charAt(after) != ':') {
      return "";
    }
    for (String word : text.substring(after + 1).split("[^a-z]+")) {
      if (FrontMatter.PROPERTIES.contains(word)) {
        return word;
      }
    }
    return "";
  }

  /**
   * The property of {@code CloseEvent} a page's address names, in lower case
   * ({@code https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent/code}); empty where it
   * names none.
   */
  private static String propertyNamedInAddress(String address) {
    String path = address.toLowerCase(Locale.ROOT);
    int start = after(path, "/web/api/closeevent/");
    if (start < 0) {
      return "";
    }
    int end = start;
    while (end < path.length() && path.charAt(end) >= 'a' && path.charAt(end) <= 'z') {
      end++;
    }
    String word = path.substring(start, end);
    return FrontMatter.PROPERTIES.contains(word) ? word : "";
  }

  /** Where the text goes on after the first {@code marker} in it; -1 where it has none. */
  private static int after(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? -1 : at + marker.length();
  }

  private static boolean isTitle(String text, Markup.HiddenContent content) {
    return "title".equals(Markup.hiddenContentTag(text, content.tagStart() + 1));
  }

  private static String titleText(String text, Markup.HiddenContent content) {
    return Parser.unescapeEntities(text.substring(content.contentStart(), content.close()), false);
  }
}
