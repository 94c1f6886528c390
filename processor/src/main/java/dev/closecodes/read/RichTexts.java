package dev.closecodes.read;

import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a parsed cell into {@link RichText}: code, emphasis, links and images are kept (an image
 * as its alternative text), and so are a list's items and the line breaks that a {@code <br>}, a
 * paragraph, a definition list's terms and definitions, a quotation, a disclosure's summary, a
 * heading or any other element a browser shows as a block make inside the text;
 * superscripts and
 * subscripts are written {@code ^2} and {@code _2}, struck text {@code ~~text~~}, every other
 * element gives its text, and white space is collapsed the way a browser shows it.
 */
final class RichTexts {

  private RichTexts() {}

  /** Text without markup or macros, its white space collapsed. */
  static RichText plain(String text) {
    String collapsed = RichText.collapseWhitespace(text);
    return collapsed.isEmpty() ? RichText.EMPTY : new RichText(List.of(new Inline.Text(collapsed)));
  }

  static RichText fromElement(Element element) {
    if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode only
        && !only.getWholeText().contains("{{")) {
      return plain(only.getWholeText()); // most cells are one run of text: nothing to expand or nest
    }
    List<Inline> raw = new ArrayList<>();
    appendChildren(element, raw);
    return new RichText(normalize(raw));
  }

  static boolean isBlank(String text) {
    return RichText.isBlank(text);
  }

  /** Whether the text holds a letter or a digit: words, not only spaces and punctuation. */
  static boolean holdsLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (UnicodeCharacters.isLetterOrDigit(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void appendChildren(Element element, List<Inline> out) {
    for (int i = 0; i < element.childNodeSize(); i++) { // childNodes() copies them
      Node node = element.childNode(i);
      if (node instanceof TextNode text) {
        out.addAll(Macros.expand(text.getWholeText()));
      } else if (node instanceof Element child) {
        appendElement(child, out);
      }
    }
  }

  private static void appendElement(Element element, List<Inline> out) {
    String name = element.tagName().toLowerCase(Locale.ROOT);
    if (Markup.NEVER_SHOWN.contains(name)) {
      return; // never text a reader sees, nor a space where it stood
    }
    switch (name) {
      case "code", "kbd", "samp", "tt", "var" -> out.add(new Inline.Code(wholeText(element)));
      case "strong", "b" -> out.add(new Inline.Strong(childrenOf(element)));
      case "em", "i" -> out.add(new Inline.Emphasis(childrenOf(element)));
      case "a" -> {
        String href = element.attr("href").strip();
        if (href.isEmpty()) {
          appendChildren(element, out);
        } else {
          out.add(new Inline.Link(href, childrenOf(element)));
        }
      }
      case "sup", "sub" -> {
        // Set apart from the text before, as written out by hand: 2^16, H_2O. Run on, a note
        // marker would become a digit of the code before it (1000<sup>1</sup> is no 10001).
        out.add(new Inline.Text(element.tagName().equalsIgnoreCase("sup") ? "^" : "_"));
        appendChildren(element, out);
      }
      case "del", "s", "strike" -> {
        // Taken back, and shown so, as Markdown writes it: a struck code is none (<del>1004</del>).
        out.add(new Inline.Text("~~"));
        appendChildren(element, out);
        out.add(new Inline.Text("~~"));
      }
      case "img" -> out.add(new Inline.Image(element.attr("alt")));
      case "li" -> out.add(new Inline.ListItem(Inline.ListItem.BULLET, childrenOf(element)));
      case "ol" -> {
        out.add(new Inline.Text(" "));
        appendNumberedItems(element, out);
        out.add(new Inline.Text(" "));
      }
      case "q" -> {
        // the quotation marks a browser draws; single ones inside a quotation
        boolean inner = false;
        for (Element parent = element.parent(); parent != null && !inner; parent = parent.parent()) {
          inner = parent.nameIs("q");
        }
        out.add(new Inline.Text(inner ? "\u2018" : "\u201c"));
        appendChildren(element, out);
        out.add(new Inline.Text(inner ? "\u2019" : "\u201d"));
      }
      case "br" -> out.add(Inline.LineBreak.LINE_BREAK);
      case "p", "div", "dt", "dd", "blockquote", "details", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
          "section", "article", "aside", "header", "footer", "main", "nav", "search", "address", "center", "figure",
          "figcaption", "fieldset", "legend", "form", "pre", "menu", "hr" -> {
        // a paragraph, a term, its definition, a quotation, a disclosure's summary, a heading or
        // any other element a browser shows as a block opens a line and ends one
        out.add(Inline.LineBreak.LINE_BREAK);
        out.add(new Inline.Text(" "));
        appendChildren(element, out);
        out.add(new Inline.Text(" "));
        out.add(Inline.LineBreak.LINE_BREAK);
      }
      case "ul", "dl", "tr", "td", "th",
          "table", "tbody", "thead" -> {
        // block boundaries read as a space
        out.add(new Inline.Text(" "));
        appendChildren(element, out);
        out.add(new Inline.Text(" "));
      }
      default -> appendChildren(element, out);
    }
  }

  /**
   * A numbered list's items, each numbered, counting from the list's {@code start}; what else the
   * list holds as anywhere. An item outside a numbered list has a bullet, as a browser shows it.
   */
  private static void appendNumberedItems(Element list, List<Inline> out) {
    long number = 1;
    String start = list.attr("start").strip();
    if (start.matches("[+-]?[0-9]{1,9}")) {
      number = Long.parseLong(start);
    }
    for (Node node : list.childNodes()) {
      if (node instanceof Element item && item.nameIs("li")) {
        out.add(new Inline.ListItem(number + ".", childrenOf(item)));
        number++;
      } else if (node instanceof Element child) {
        appendElement(child, out);
      } else if (node instanceof TextNode text) {
        out.addAll(Macros.expand(text.getWholeText()));
      }
    }
  }

  /**
   * The element's text as written, a {@code <br>} as a line break: what jsoup's
   * {@code Element.wholeText()} gives, without the stream and lambdas it is built on, which cost
   * a compile's fresh JVM more than the walk.
   */
  static String wholeText(Element element) {
    StringBuilder text = new StringBuilder();
    appendWholeText(element, text);
    return text.toString();
  }

  private static void appendWholeText(Node node, StringBuilder text) {
    if (node instanceof TextNode run) {
      text.append(run.getWholeText());
    } else if (node.nameIs("br")) {
      text.append('\n');
    }
    for (int i = 0; i < node.childNodeSize(); i++) {
      appendWholeText(node.childNode(i), text);
    }
  }

  private static List<Inline> childrenOf(Element element) {
    List<Inline> children = new ArrayList<>();
    appendChildren(element, children);
    return children;
  }

  /**
   * Collapses white space across the whole tree, as if it were one run of text: no space at the
   * ends, no two spaces in a row, and no empty pieces.
   */
  static List<Inline> normalize(List<Inline> inlines) {
    boolean[] lastWasSpace = {true};
    List<Inline> collapsed = collapse(tidyBreaks(inlines), lastWasSpace);
    return trimEnd(collapsed);
  }

  /**
   * Keeps a line break only where it opens a line: one at the start or the end of the text, beside
   * another, or beside a list's item, which opens a line of its own, is the space it also is.
   */
  private static List<Inline> tidyBreaks(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    Inline before = null; // the last piece kept that is not blank
    int after = 0; // the first piece not blank from the one looked at on; each looked at once
    for (int i = 0; i < inlines.size(); i++) {
      Inline inline = inlines.get(i);
      Inline kept = inline;
      if (inline instanceof Inline.LineBreak) {
        for (after = Math.max(after, i + 1); after < inlines.size() && isBlank(inlines.get(after)); after++) {
          // a blank piece opens nothing
        }
        if (opensALine(before) || opensALine(after < inlines.size() ? inlines.get(after) : null)) {
          kept = new Inline.Text(" ");
        }
      } else if (!Inline.children(inline).isEmpty()) {
        kept = Inline.withChildren(inline, tidyBreaks(Inline.children(inline)));
      }
      out.add(kept);
      before = isBlank(kept) ? before : kept;
    }
    return out;
  }

  private static boolean isBlank(Inline inline) {
    return inline instanceof Inline.Text text && isBlank(text.text());
  }

  private static boolean opensALine(Inline inline) {
    return inline == null || inline instanceof Inline.LineBreak || inline instanceof Inline.ListItem;
  }

  private static List<Inline> collapse(List<Inline> inlines, boolean[] lastWasSpace) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        String collapsed = collapseRun(text.text(), lastWasSpace);
        if (!collapsed.isEmpty()) {
          out.add(new Inline.Text(collapsed));
        }
      } else if (inline instanceof Inline.Code code) {
        String collapsed = collapseRun(code.text(), lastWasSpace);
        if (!collapsed.isBlank()) {
          out.add(new Inline.Code(collapsed.strip()));
          lastWasSpace[0] = false;
        }
      } else if (inline instanceof Inline.Image image) {
        // kept without text too: a cell that shows only an image is not an empty one
        String collapsed = collapseRun(image.alt(), lastWasSpace).strip();
        out.add(new Inline.Image(collapsed));
        lastWasSpace[0] = collapsed.isEmpty() && lastWasSpace[0];
      } else if (inline instanceof Inline.LineBreak) {
        out.add(inline);
        lastWasSpace[0] = true;
      } else if (inline instanceof Inline.ListItem) {
        // an item opens a line, and what follows it opens the next
        lastWasSpace[0] = true;
        List<Inline> children = trimEnd(collapse(Inline.children(inline), lastWasSpace));
        lastWasSpace[0] = true;
        if (!children.isEmpty()) {
          out.add(Inline.withChildren(inline, children));
        }
      } else {
        List<Inline> children = collapse(Inline.children(inline), lastWasSpace);
        if (!children.isEmpty() || isAddressed(inline)) {
          out.add(Inline.withChildren(inline, children)); // a link without text shows nothing, but is told
        }
      }
    }
    return out;
  }

  /** Whether the piece is a link with an address, kept without its text for the checks to tell. */
  private static boolean isAddressed(Inline inline) {
    return inline instanceof Inline.Link link && !link.href().isBlank();
  }

  private static String collapseRun(String text, boolean[] lastWasSpace) {
    if (isCollapsedRun(text, lastWasSpace[0])) {
      if (!text.isEmpty()) {
        lastWasSpace[0] = text.charAt(text.length() - 1) == ' ';
      }
      return text; // most runs already are: no copy
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RichText.isSpace(c)) {
        if (!lastWasSpace[0]) {
          out.append(' ');
          lastWasSpace[0] = true;
        }
      } else {
        out.append(c);
        lastWasSpace[0] = false;
      }
    }
    return out.toString();
  }

  /** Whether collapsing would leave the run as it is: only single spaces, none after a space. */
  private static boolean isCollapsedRun(String text, boolean afterSpace) {
    boolean previousWasSpace = afterSpace;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = RichText.isSpace(c);
      if (space && (c != ' ' || previousWasSpace)) {
        return false;
      }
      previousWasSpace = space;
    }
    return true;
  }

  /**
   * Drops the one trailing space collapsing may leave, and any piece it empties but a link with an
   * address, after which the text before it is trimmed as the text's end.
   */
  private static List<Inline> trimEnd(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines);
    List<Inline> linksWithoutText = new ArrayList<>(0);
    while (!out.isEmpty()) {
      int last = out.size() - 1;
      Inline inline = out.get(last);
      if (inline instanceof Inline.Text text) {
        String trimmed = text.text().stripTrailing();
        if (trimmed.isEmpty()) {
          out.remove(last);
          continue;
        }
        out.set(last, new Inline.Text(trimmed));
      } else if (!(inline instanceof Inline.Code) && !(inline instanceof Inline.Image)) {
        List<Inline> children = trimEnd(Inline.children(inline));
        if (children.isEmpty()) {
          out.remove(last);
          if (isAddressed(inline)) {
            linksWithoutText.add(0, Inline.withChildren(inline, children));
          }
          continue;
        }
        out.set(last, Inline.withChildren(inline, children));
      }
      break;
    }
    out.addAll(linksWithoutText);
    return out;
  }
}
