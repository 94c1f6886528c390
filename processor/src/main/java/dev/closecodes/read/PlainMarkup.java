package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Markup of the plain shape MDN pages are written in, built in one pass into jsoup's nodes without
 * jsoup's parser. Setting that parser up costs a compile's fresh JVM more than reading the whole
 * page: each parse makes a {@code Document}, which loads jsoup's tables of character entities and
 * compiles a CSS selector, and the tokeniser loads a class for each of its 67 states.
 *
 * <p>The plain shape: text with no {@code &}, carriage return or NUL (a {@code <} that starts no
 * tag is text, as in jsoup), and tags of ASCII names ({@code <td>}, {@code </td >},
 * {@code <br/>}) whose attributes have plain names and quoted values or none. For it, the tree
 * is the one jsoup's XML-style builder makes with HTML's settings (names in lower case, an end tag
 * closing the nearest open element of its name, and ignored when none is open), with the same
 * names, attributes, text and lines; {@code PlainMarkupTest} holds the two to that on every page
 * of the corpus and on random texts. For any other text this returns null, and jsoup's parser
 * reads it.
 */
final class PlainMarkup {

  /** The namespace jsoup's XML-style builder gives its elements. */
  private static final String NAMESPACE = Parser.NamespaceXml;

  /** Open elements, the root among them, at which jsoup's builder starts to close them itself. */
  private static final int JSOUP_MAX_DEPTH = 512;

  private final String text;
  private final Markup.TagNames tagNames;
  private final Map<String, Tag> tags = new HashMap<>();
  /** For each name written, the name it is repaired to, or itself: a name is looked up once a page. */
  private final Map<String, String> repairedNames = new HashMap<>();
  private final List<Markup.Repair> repairs = new ArrayList<>();
  /** The open elements, the root first, and the names they were written with. */
  private final List<Element> open = new ArrayList<>();
  private final List<String> openNames = new ArrayList<>();
  private int line = 1;
  private int lineCountedTo;

  private PlainMarkup(String text, Markup.TagNames tagNames) {
    this.text = text;
    this.tagNames = tagNames;
  }

  /**
   * An element built here, which knows the line its start tag is on: a field rather than a map from
   * node to line, which a page of a hundred thousand rows would fill with a million entries.
   */
  private static final class LinedElement extends Element {
    private final int line;

    LinedElement(Tag tag, Attributes attributes, int line) {
      super(tag, null, attributes);
      this.line = line;
    }
  }

  /** Text built here, which knows the line it starts on. */
  private static final class LinedText extends TextNode {
    private final int line;

    LinedText(String text, int line) {
      super(text);
      this.line = line;
    }
  }

  /** The line a node built here starts on, 1-based; 0 for a node it did not build. */
  static int lineOf(Node node) {
    if (node instanceof LinedElement element) {
      return element.line;
    }
    return node instanceof LinedText text ? text.line : 0;
  }

  /** The tree of {@code text}, or null when its markup is not of the plain shape. */
  static Markup.Tree read(String text, Markup.TagNames tagNames) {
    if (text.indexOf('&') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0) {
      return null;
    }
    return new PlainMarkup(text, tagNames).read();
  }

  private Markup.Tree read() {
    Element root = new LinedElement(tag("#root"), null, 1);
    open.add(root);
    openNames.add("#root");
    int length = text.length();
    int at = 0;
    int scanned = 0;
    while (at < length) {
      int tagStart = text.indexOf('<', scanned);
      if (tagStart >= 0 && startsNoTag(tagStart)) {
        scanned = tagStart + 1; // a "<" that is text, as in ">w< {{...}}"
        continue;
      }
      int textEnd = tagStart < 0 ? length : tagStart;
      if (textEnd > at) {
        current().appendChild(new LinedText(text.substring(at, textEnd), lineAt(at)));
      }
      if (tagStart < 0) {
        break;
      }
      at = tagStart + 1 < length && text.charAt(tagStart + 1) == '/' ? endTag(tagStart) : startTag(tagStart);
      if (at < 0) {
        return null;
      }
      scanned = at;
    }
    return new Markup.Tree(root, true, repairs);
  }

  /** Reads the start tag at {@code start}: where the text goes on after it, or -1 if it is not plain. */
  private int startTag(int start) {
    int nameEnd = nameEnd(start + 1);
    if (nameEnd < 0 || open.size() >= JSOUP_MAX_DEPTH) {
      return -1;
    }
    String name = lowerCase(start + 1, nameEnd);
    Attributes attributes = null;
    boolean selfClosing;
    int at = nameEnd;
    while (true) {
      int spaceEnd = at;
      while (spaceEnd < text.length() && isSpace(text.charAt(spaceEnd))) {
        spaceEnd++;
      }
      if (spaceEnd >= text.length()) {
        return -1;
      }
      char next = text.charAt(spaceEnd);
      if (next == '>') {
        selfClosing = false;
        at = spaceEnd + 1;
        break;
      }
      if (next == '/') {
        if (spaceEnd + 1 < text.length() && text.charAt(spaceEnd + 1) == '>') {
          selfClosing = true;
          at = spaceEnd + 2;
          break;
        }
        return -1;
      }
      if (spaceEnd == at || !isAttributeNameStart(next)) {
        return -1; // an attribute that follows the last with no space, or a name jsoup reads its own way
      }
      int attributeEnd = spaceEnd + 1;
      while (attributeEnd < text.length() && isAttributeNameChar(text.charAt(attributeEnd))) {
        attributeEnd++;
      }
      String attribute = lowerCase(spaceEnd, attributeEnd);
      String value = null;
      at = attributeEnd;
      if (at < text.length() && text.charAt(at) == '=') {
        char quote = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        int close = quote == '"' || quote == '\'' ? text.indexOf(quote, at + 2) : -1;
        if (close < 0) {
          return -1; // unquoted or unclosed
        }
        value = text.substring(at + 2, close);
        at = close + 1;
      }
      if (attributes == null) {
        attributes = new Attributes();
      }
      if (attribute.startsWith("xmlns") || attributes.hasKey(attribute)) {
        return -1; // a namespace declaration, or a duplicate, which jsoup's builder resolves
      }
      attributes.put(attribute, value);
    }
    String repaired = tagNames == Markup.TagNames.REPAIRED ? repairedName(name) : null;
    int elementLine = lineAt(start);
    if (repaired != null) {
      repairs.add(new Markup.Repair(name, repaired, elementLine, Markup.Kind.TAG_NAME));
    }
    if (attributes != null && tagNames == Markup.TagNames.REPAIRED) {
      Markup.repairAttributes(attributes, elementLine, repairs); // after the tag's, as after jsoup's parser
    }
    Element element = new LinedElement(tag(repaired == null ? name : repaired), attributes, elementLine);
    current().appendChild(element);
    if (!selfClosing) {
      open.add(element);
      openNames.add(name); // end tags close an element by the name it was written with
    }
    return at;
  }

  /** Reads the end tag at {@code start}, closing the nearest open element of its name if there is one. */
  private int endTag(int start) {
    int nameEnd = nameEnd(start + 2);
    if (nameEnd < 0) {
      return -1;
    }
    int close = nameEnd;
    while (close < text.length() && isSpace(text.charAt(close))) {
      close++; // "</strong\n  >", as a page wraps a long line
    }
    if (close >= text.length() || text.charAt(close) != '>') {
      return -1;
    }
    String name = lowerCase(start + 2, nameEnd);
    for (int i = open.size() - 1; i > 0; i--) {
      if (openNames.get(i).equals(name)) {
        for (int last = open.size() - 1; last >= i; last--) {
          open.remove(last);
          openNames.remove(last);
        }
        break;
      }
    }
    return close + 1;
  }

  /**
   * Whether the {@code <} at {@code at} is text: what follows it starts no tag, end tag, comment
   * or declaration, nor is it the end of the text.
   */
  private boolean startsNoTag(int at) {
    if (at + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(at + 1);
    return !UnicodeCharacters.isAsciiLetter(next) && next != '/' && next != '!' && next != '?';
  }

  /**
   * The end of the tag name that starts at {@code start}: ASCII letters, digits and hyphens after
   * a letter, followed by a space, {@code /} or {@code >}; -1 for any other.
   */
  private int nameEnd(int start) {
    if (start >= text.length() || !UnicodeCharacters.isAsciiLetter(text.charAt(start))) {
      return -1;
    }
    int end = start + 1;
    while (end < text.length() && (UnicodeCharacters.isAsciiLetterOrDigit(text.charAt(end))
        || text.charAt(end) == '-')) {
      end++;
    }
    if (end >= text.length()) {
      return -1;
    }
    char next = text.charAt(end);
    return isSpace(next) || next == '/' || next == '>' ? end : -1;
  }

  private Element current() {
    return open.get(open.size() - 1);
  }

  /** What {@link Markup#repairedName} says of the name, asked once for each name. */
  private String repairedName(String name) {
    String repaired = repairedNames.get(name);
    if (repaired == null) {
      repaired = Markup.repairedName(name);
      repairedNames.put(name, repaired == null ? name : repaired);
      return repaired;
    }
    return repaired.equals(name) ? null : repaired;
  }

  /** One tag object a name, as jsoup's builder shares them. */
  private Tag tag(String name) {
    Tag tag = tags.get(name);
    if (tag == null) {
      tag = new Tag(name, NAMESPACE);
      tags.put(name, tag);
    }
    return tag;
  }

  /** The line of {@code position}, counting on from the last position asked for: they only grow. */
  private int lineAt(int position) {
    for (int i = lineCountedTo; i < position; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    lineCountedTo = Math.max(lineCountedTo, position);
    return line;
  }

  /** The text from {@code start} to {@code end}, which the callers have checked is ASCII, in lower case. */
  private String lowerCase(int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  private static boolean isAttributeNameStart(char c) {
    return UnicodeCharacters.isAsciiLetter(c) || c == '_';
  }

  private static boolean isAttributeNameChar(char c) {
    return UnicodeCharacters.isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }
}
