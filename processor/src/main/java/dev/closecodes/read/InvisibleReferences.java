package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.text.UnicodeCharacters;

/**
 * Invisible characters a page writes as character references ({@code &#x202E;}, {@code &shy;},
 * a control character's {@code &#x1F;}):
 * once the page is read they are the characters, in the text generated code carries, as those
 * written as themselves are, which {@link DocumentText} warns of. One warning, at the first line
 * that writes one; references in code blocks and comments, shown as written or not at all, say
 * nothing.
 */
final class InvisibleReferences {

  private InvisibleReferences() {}

  /**
   * The named references HTML gives an invisible format character: each name, then its code point.
   * {@code InvisibleReferencesTest} holds each to what jsoup, after HTML's table of names, reads it as.
   */
  static final String[] NAMED = {
    "shy", "00AD", "zwnj", "200C", "zwj", "200D", "lrm", "200E", "rlm", "200F",
    "ZeroWidthSpace", "200B", "NegativeVeryThinSpace", "200B", "NegativeThinSpace", "200B",
    "NegativeMediumSpace", "200B", "NegativeThickSpace", "200B", "NoBreak", "2060",
    "ApplyFunction", "2061", "af", "2061", "InvisibleTimes", "2062", "it", "2062",
    "InvisibleComma", "2063", "ic", "2063",
  };

  /** The C1 control characters HTML reads a reference to as itself: the bytes Windows-1252 leaves undefined. */
  private static final String C1_KEPT = "\u0081\u008D\u008F\u0090\u009D";

  /** The longest reference name read, {@code NegativeVeryThinSpace}: past it, no reference ends. */
  private static final int LONGEST_NAME = 24;

  static void report(String file, String text, HiddenLines hidden, Diagnostics diagnostics) {
    if (text.indexOf('&') < 0) {
      return; // most pages of most locales: no reference at all
    }
    int first = 0;
    int last = 0;
    int lines = 0;
    String example = "";
    String written = "";
    int lineStart = 0;
    int next = text.indexOf('&'); // searched for past each found, not from each line: a page may hold few
    for (int line = 1; lineStart <= text.length() && next >= 0; line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      next = next < lineStart ? text.indexOf('&', lineStart) : next;
      for (; next >= 0 && next < lineEnd; next = text.indexOf('&', next + 1)) {
        int end = next + 1;
        while (end < lineEnd && end - next <= LONGEST_NAME && text.charAt(end) != ';') {
          end++;
        }
        int c = end < lineEnd && text.charAt(end) == ';' ? referenced(text.substring(next + 1, end)) : -1;
        if (isInvisible(c) && !hidden.hidden(line)) {
          if (lines++ == 0) {
            first = line;
            example = Printable.described(c);
            written = text.substring(next, end + 1);
          }
          last = line;
          next = text.indexOf('&', lineEnd); // a line is counted once
          break;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (lines > 0) {
      diagnostics.report(Message.INVISIBLE_CHARACTER_REFERENCES, new SourceLocation(file, first), example, written,
          lines, last);
    }
  }

  /**
   * Whether the character a page's reference names is, once HTML has read it, one the warning is
   * about: an invisible format character, or a control character. HTML reads a reference to a C1
   * control as the character Windows-1252 puts at that byte where it puts one ({@code &#x85;} is
   * {@code …}).
   */
  static boolean isInvisible(int c) {
    if (c >= 0x80 && c <= 0x9F) {
      return C1_KEPT.indexOf(c) >= 0;
    }
    return UnicodeCharacters.isFormatOrControl(c);
  }

  /** The code point a reference's name ({@code #x202E}, {@code shy}) stands for; -1 for none known. */
  static int referenced(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return name.length() > 2 && name.length() <= 8 ? Integer.parseInt(name.substring(2), 16) : -1;
      } else if (name.startsWith("#")) {
        return name.length() > 1 && name.length() <= 8 ? Integer.parseInt(name.substring(1)) : -1;
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    for (int i = 0; i < NAMED.length; i += 2) {
      if (NAMED[i].equals(name)) {
        return Integer.parseInt(NAMED[i + 1], 16);
      }
    }
    return -1;
  }
}
