package dev.closecodes.generate;

import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders the page's text as Javadoc. Code, emphasis and links become Javadoc HTML; every other
 * character that means something in a Java comment or in Javadoc is escaped, so no page text can
 * end the comment ({@code *}{@code /}), start a block tag ({@code @param}), smuggle in a Unicode
 * escape ({@code \}{@code u000a}) or inject HTML ({@code <script>}). Other characters, emoji
 * included, are kept as they are.
 */
final class JavadocText {

  /** Relative links on MDN pages point into this site. */
  static final String MDN_SITE = "https://developer.mozilla.org";

  private static final Pattern SAFE_FOR_CODE_TAG = Pattern.compile("[^{}\\\\*@<>&]*");
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
          if (Character.isISOControl(c)) {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Text as code: {@code {@code ...}} where that is safe, else an escaped {@code <code>} element. */
  static String code(String text) {
    return SAFE_FOR_CODE_TAG.matcher(text).matches() && !text.isBlank()
        ? "{@code " + text + "}"
        : "<code>" + escape(text) + "</code>";
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

  /** A link target made absolute, with characters that could break out of the attribute encoded. */
  static String absoluteHref(String href) {
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
    StringBuilder out = new StringBuilder();
    for (char c : absolute.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '"' -> out.append("%22");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        case '*' -> out.append("%2A");
        case '@' -> out.append("%40");
        case '{' -> out.append("%7B");
        case '}' -> out.append("%7D");
        case ' ' -> out.append("%20");
        default -> {
          if (Character.isISOControl(c)) {
            continue;
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static void render(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        out.append(escape(text.text()));
      } else if (inline instanceof Inline.Code code) {
        out.append(code(code.text()));
      } else if (inline instanceof Inline.Strong strong) {
        out.append("<strong>");
        render(strong.children(), out);
        out.append("</strong>");
      } else if (inline instanceof Inline.Emphasis emphasis) {
        out.append("<em>");
        render(emphasis.children(), out);
        out.append("</em>");
      } else if (inline instanceof Inline.Link link && !isWebLink(link.href())) {
        render(link.children(), out); // a javascript: or data: link keeps only its text
      } else if (inline instanceof Inline.Link link) {
        String href = absoluteHref(link.href());
        out.append("<a href=\"").append(href).append("\">");
        if (new RichText(link.children()).isEmpty()) {
          out.append(escape(link.href()));
        } else {
          render(link.children(), out);
        }
        out.append("</a>");
      }
    }
  }
}
