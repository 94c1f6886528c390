package dev.closecodes.generate;

import dev.closecodes.diagnostics.Printable;
import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Renders the page's text as Javadoc. Code, emphasis and links become Javadoc HTML; every other
 * character that means something in a Java comment or in Javadoc is escaped, so no page text can
 * end the comment ({@code *}{@code /}), start a block tag ({@code @param}), smuggle in a Unicode
 * escape ({@code \}{@code u000a}) or inject HTML ({@code <script>}). Invisible format characters
 * (bidi controls, zero-width characters) show as their escape, {@code \}{@code u202e}. Other
 * characters, emoji included, are kept; the generated file writes them as Unicode escapes, which
 * javadoc reads back.
 */
final class JavadocText {

  /** Relative links on MDN pages point into this site. */
  static final String MDN_SITE = "https://developer.mozilla.org";

  /** Characters that a {@code {@code}} tag cannot hold as they are. */
  private static final String UNSAFE_FOR_CODE_TAG = "{}\\*@<>&\u2028\u2029";
  private static final int WIDTH = 96;

  private JavadocText() {}

  /** The rich text as Javadoc HTML on one line. */
  static String render(RichText text) {
    StringBuilder out = new StringBuilder();
    render(text.inlines(), out);
    // Pieces escaped one by one could still meet as a comment end.
    return out.toString().replace("*/", "*&#47;");
  }

  /** Plain text, escaped for Javadoc. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          int codePoint = text.codePointAt(i);
          if (UnicodeCharacters.isFormat(codePoint)) {
            // an invisible bidi, zero-width or tag character, shown as its escape, never raw; a tag
            // character is two UTF-16 units, each shown
            out.append(Printable.unicodeEscape(codePoint).replace("\\", "&#92;"));
            i += Character.charCount(codePoint) - 1;
          } else {
            out.append(isLineBreaking(c) ? ' ' : c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Controls and the characters some tools take for line ends (JavaPoet splits lines at them too). */
  static boolean isLineBreaking(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /**
   * Text for a {@code //} comment: no line-breaking character, and every backslash doubled, so
   * that no {@code \}{@code u} escape can end the comment or break the file.
   */
  static String lineComment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c == '\\' ? "\\\\" : isLineBreaking(c) ? " " : String.valueOf(c));
    }
    return out.toString();
  }

  /** No character of the text is a control, a format character or one a code tag cannot hold. */
  private static boolean isSafeForCodeTag(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) || UnicodeCharacters.isFormat(c) || UNSAFE_FOR_CODE_TAG.indexOf(c) >= 0) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Text as code: {@code {@code ...}} where that is safe, else an escaped {@code <code>} element. */
  static String code(String text) {
    return isSafeForCodeTag(text) && !text.isBlank()
        ? "{@code " + text + "}"
        : "<code>" + escape(text) + "</code>";
  }

  /**
   * Javadoc text as the lines of a comment: wrapped, each line after {@code indent} and
   * {@code " * "}, paragraphs (text between blank lines) set apart by an empty comment line.
   */
  static String comment(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\n", -1)) {
      if (out.length() > 0) {
        out.append('\n').append(indent).append(" *\n");
      }
      out.append(indent).append(" * ").append(wrap(paragraph).replace("\n", "\n" + indent + " * "));
    }
    return out.toString();
  }

  /**
   * Breaks a line of Javadoc at spaces so that lines stay near the width. Words are never split,
   * nor is an inline tag ({@code {@code a b}}) or an HTML tag's attributes.
   */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : unbreakableWords(text)) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /** Splits at the spaces that stand outside braces and angle brackets. */
  private static List<String> unbreakableWords(String text) {
    List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    int braces = 0;
    boolean inTag = false;
    for (char c : text.toCharArray()) {
      if (c == ' ' && braces == 0 && !inTag) {
        words.add(word.toString());
        word.setLength(0);
        continue;
      }
      braces += c == '{' ? 1 : c == '}' && braces > 0 ? -1 : 0;
      inTag = c == '<' || (inTag && c != '>');
      word.append(c);
    }
    words.add(word.toString());
    return words;
  }

  /** Whether a link goes to a web page: relative, or http, https or mailto. */
  static boolean isWebLink(String href) {
    return !href.matches("(?i)[a-z][a-z0-9+.-]*:.*") || href.matches("(?i)(https?|mailto):.*");
  }

  /**
   * A link target made absolute and made a valid URI, as doclint requires: characters a URI may not
   * hold are percent-encoded as UTF-8 ({@code a b} as {@code a%20b}, {@code é} as {@code %C3%A9}),
   * as are a {@code %} not followed by two hex digits, a second {@code #}, and the characters that
   * could end the attribute or the comment. Empty when even that is not a URI; the link then keeps
   * only its text.
   */
  static Optional<String> absoluteHref(String href) {
    String absolute;
    if (href.startsWith("//")) {
      absolute = "https:" + href;
    } else if (href.startsWith("/")) {
      absolute = MDN_SITE + href;
    } else if (href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      absolute = href;
    } else {
      absolute = MDN_SITE + "/" + href;
    }
    StringBuilder uri = new StringBuilder();
    boolean fragment = false;
    byte[] bytes = absolute.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean keep = b > 0x20 && b < 0x7F && URI_CHARACTERS.indexOf(b) >= 0;
      if (b == '%') {
        keep = i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      } else if (b == '#') {
        keep = !fragment;
        fragment = true;
      }
      if (keep) {
        uri.append((char) b);
      } else {
        uri.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
      }
    }
    try {
      new URI(uri.toString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(uri.toString().replace("&", "&amp;"));
  }

  /**
   * The characters a link keeps as they are: RFC 3986's unreserved and reserved characters, less
   * the brackets (only an IPv6 host may hold them) and {@code * @ '}, which could end the comment,
   * start a Javadoc tag or the attribute.
   */
  private static final String URI_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#!$&()+,;=";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  /** The inline elements the rendering is inside: doclint allows none of them inside itself. */
  private record Inside(boolean emphasis, boolean strong, boolean link) {
    static final Inside NOTHING = new Inside(false, false, false);
  }

  private static void render(List<Inline> inlines, StringBuilder out) {
    render(inlines, Inside.NOTHING, out);
  }

  private static void render(List<Inline> inlines, Inside inside, StringBuilder out) {
    boolean inline = inside.emphasis() || inside.strong() || inside.link();
    boolean spaceAfterItem = false;
    for (int i = 0; i < inlines.size(); i++) {
      if (inlines.get(i) instanceof Inline.ListItem && !inline) {
        i = renderList(inlines, i, out) - 1;
        continue;
      }
      if (spaceAfterItem || (inline && inlines.get(i) instanceof Inline.ListItem)) {
        spaceBefore(out);
      }
      spaceAfterItem = renderPiece(inlines.get(i), inside, out);
    }
  }

  /**
   * The list that opens at {@code from}, its items those after it of the same kind, as an HTML list;
   * where the page left out an item of a numbered list (one without words), the next keeps its
   * number. The index after the list.
   */
  private static int renderList(List<Inline> inlines, int from, StringBuilder out) {
    boolean numbered = ((Inline.ListItem) inlines.get(from)).numbered();
    String tag = numbered ? "ol" : "ul";
    long expected = 1;
    out.append('<').append(tag);
    int i = from;
    for (; i < inlines.size() && inlines.get(i) instanceof Inline.ListItem item && item.numbered() == numbered; i++) {
      long number = numbered ? number(item.marker(), expected) : expected;
      if (i == from) {
        out.append(number == 1 ? ">" : " start=\"" + number + "\">").append("<li>");
      } else {
        out.append(number == expected ? "<li>" : "<li value=\"" + number + "\">");
      }
      render(item.children(), Inside.NOTHING, out);
      out.append("</li>");
      expected = number + 1;
    }
    out.append("</").append(tag).append('>');
    return i;
  }

  /** The number of a numbered item's mark, {@code 3.}; the one expected for any other mark. */
  private static long number(String marker, long expected) {
    String digits = marker.endsWith(".") ? marker.substring(0, marker.length() - 1) : marker;
    return digits.matches("-?[0-9]{1,18}") ? Long.parseLong(digits) : expected;
  }

  private static void spaceBefore(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '>') {
      out.append(' ');
    }
  }

  /**
   * One piece; an item of a list inside emphasis or a link, where HTML holds no list, as its mark
   * and its text. Whether it was such an item, which the next piece is set apart from.
   */
  private static boolean renderPiece(Inline inline, Inside inside, StringBuilder out) {
    if (inline instanceof Inline.LineBreak) {
      out.append("<br>");
    } else if (inline instanceof Inline.ListItem item) {
      out.append(escape(item.marker())).append(' ');
      render(item.children(), inside, out);
      return true;
    } else if (inline instanceof Inline.Text text) {
      out.append(escape(text.text()));
    } else if (inline instanceof Inline.Code code) {
      out.append(code(code.text()));
    } else if (inline instanceof Inline.Image image) {
      out.append(escape(image.alt()));
    } else if (inline instanceof Inline.Strong strong) {
      wrap("strong", inside.strong(), strong.children(), new Inside(inside.emphasis(), true, inside.link()), out);
    } else if (inline instanceof Inline.Emphasis emphasis) {
      wrap("em", inside.emphasis(), emphasis.children(), new Inside(true, inside.strong(), inside.link()), out);
    } else if (inline instanceof Inline.Link link) {
      if (new RichText(link.children()).showsNothing()) {
        return false; // its text lost: a browser shows nothing of it, nor does the documentation
      }
      Optional<String> href = isWebLink(link.href()) ? absoluteHref(link.href()) : Optional.empty();
      // a javascript: link, a target that is no URI, or a link inside a link keeps only its text
      if (href.isEmpty() || inside.link()) {
        render(link.children(), inside, out);
        return false;
      }
      out.append("<a href=\"").append(href.get()).append("\">");
      if (new RichText(link.children()).isEmpty()) {
        out.append(escape(link.href()));
      } else {
        render(link.children(), new Inside(inside.emphasis(), inside.strong(), true), out);
      }
      out.append("</a>");
    }
    return false;
  }

  /** {@code <tag>children</tag>}, or just the children where the tag is already open. */
  private static void wrap(String tag, boolean alreadyOpen, List<Inline> children, Inside inside, StringBuilder out) {
    if (!alreadyOpen) {
      out.append('<').append(tag).append('>');
    }
    render(children, inside, out);
    if (!alreadyOpen) {
      out.append("</").append(tag).append('>');
    }
  }
}
