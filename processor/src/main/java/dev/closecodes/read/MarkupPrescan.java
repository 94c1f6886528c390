package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.util.Locale;

/**
 * Reads the start of an HTML document as a browser does before it parses it (the WHATWG HTML
 * standard's prescan, which finds a page's charset): markup is read as markup, so a comment, a
 * doctype, and another element's attributes with any markup their values hold are passed over,
 * and a tag's attributes are read one by one, names in any case. Used for what a page declares in
 * its markup, not in its words: its charset ({@link DeclaredCharset}) and its language
 * ({@link Locales}).
 */
final class MarkupPrescan {

  private final String text;
  private int at;
  private String name = "";
  private String value = "";
  private int valueAt;

  MarkupPrescan(String text) {
    this.text = text;
  }

  boolean atEnd() {
    return at >= text.length();
  }

  /** Whether the start tag of an element of this name (lower case) opens at the place. */
  boolean atStartTag(String element) {
    int end = at + 1 + element.length();
    return text.startsWith("<", at) && text.regionMatches(true, at + 1, element, 0, element.length())
        && end < text.length() && (isSpaceOrSlash(end) || text.charAt(end) == '>');
  }

  /** Moves into the start tag at the place, before its attributes. */
  void enterTag(String element) {
    at += 1 + element.length();
  }

  /**
   * Passes over what stands at the place: a comment (to its end, or the text's where it is not
   * closed), a tag with its attributes, a doctype or another declaration, or one character.
   */
  void passMarkup() {
    if (text.startsWith("<!--", at)) {
      int end = text.indexOf("-->", at + 2);
      at = end < 0 ? text.length() : end + 3;
    } else if (opensATag()) {
      at += text.startsWith("</", at) ? 2 : 1;
      while (at < text.length() && !isSpace(at) && text.charAt(at) != '>') {
        at++;
      }
      boolean more = true;
      while (more) {
        more = nextAttribute();
      }
    } else if (text.startsWith("<!", at) || text.startsWith("</", at) || text.startsWith("<?", at)) {
      int end = text.indexOf('>', at);
      at = end < 0 ? text.length() : end + 1;
    } else {
      at++;
    }
  }

  /**
   * Passes over what may stand before a document's root element: white space, comments, the
   * doctype, an XML declaration. The place is then where the root element's tag would open.
   */
  void passProlog() {
    while (!atEnd()) {
      if (isSpace(at) || text.charAt(at) == '\uFEFF') {
        at++;
      } else if (text.startsWith("<!", at) || text.startsWith("<?", at)) {
        passMarkup();
      } else {
        return;
      }
    }
  }

  /**
   * Reads the next attribute of the tag the place is in, its name in lower case; false, and the
   * place past the tag's {@code >}, where the tag has no more.
   */
  boolean nextAttribute() {
    while (isSpaceOrSlash(at)) {
      at++;
    }
    if (at >= text.length() || text.charAt(at) == '>') {
      at++;
      return false;
    }
    int nameStart = at;
    at++; // a name's first character may be '='
    while (at < text.length() && text.charAt(at) != '=' && !isSpaceOrSlash(at) && text.charAt(at) != '>') {
      at++;
    }
    name = text.substring(nameStart, at).toLowerCase(Locale.ROOT);
    value = "";
    valueAt = at;
    while (at < text.length() && isSpace(at)) {
      at++;
    }
    if (at >= text.length() || text.charAt(at) != '=') {
      return true; // an attribute without a value
    }
    at++;
    while (at < text.length() && isSpace(at)) {
      at++;
    }
    if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
      int end = text.indexOf(text.charAt(at), at + 1);
      valueAt = at + 1;
      value = text.substring(valueAt, end < 0 ? text.length() : end);
      at = end < 0 ? text.length() : end + 1;
      return true;
    }
    valueAt = at;
    while (at < text.length() && !isSpace(at) && text.charAt(at) != '>') {
      at++;
    }
    value = text.substring(valueAt, at);
    return true;
  }

  /** The name of the attribute read last, in lower case. */
  String name() {
    return name;
  }

  /** The value of the attribute read last, as written; empty where it has none. */
  String value() {
    return value;
  }

  /** Where the value of the attribute read last starts in the text. */
  int valueAt() {
    return valueAt;
  }

  /** Whether a tag opens or closes at the place: a letter follows its {@code <}, or {@code /} and one. */
  private boolean opensATag() {
    if (!text.startsWith("<", at)) {
      return false;
    }
    int letter = text.startsWith("</", at) ? at + 2 : at + 1;
    return letter < text.length() && UnicodeCharacters.isAsciiLetter(text.charAt(letter));
  }

  private boolean isSpace(int i) {
    return UnicodeCharacters.isAsciiSpace(text.charAt(i));
  }

  private boolean isSpaceOrSlash(int i) {
    return i < text.length() && (isSpace(i) || text.charAt(i) == '/');
  }
}
