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

  /**
   * The one name of {@link #NAMED} HTML reads without its {@code ;}: it is among the names HTML kept
   * from before references needed one.
   */
  static final String NAMED_WITHOUT_SEMICOLON = "shy";

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
        int end = referenceEnd(text, next, lineEnd);
        int c = end < 0 ? -1 : referenced(text, next, end);
        if (isInvisible(c) && !hidden.hidden(line) && !hidden.inCodeSpan(text, line, lineStart, lineEnd, next)) {
          if (lines++ == 0) {
            first = line;
            example = Printable.described(c);
            written = text.substring(next, end);
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

  /**
   * Where the reference at {@code at} (its {@code &}) ends as HTML reads it: past its {@code ;}, or,
   * where HTML reads one without it, past its digits, or past {@code &shy}, the one name of those
   * known that HTML reads without it; -1 where HTML reads none there. A numeric reference may have
   * any number of leading zeros; its digits are ASCII ones, with no sign.
   */
  static int referenceEnd(String text, int at, int lineEnd) {
    if (at + 1 < lineEnd && text.charAt(at + 1) == '#') {
      return NumericReferences.end(text, at, lineEnd);
    }
    int nameEnd = at + 1;
    while (nameEnd < lineEnd && nameEnd - at <= LONGEST_NAME
        && UnicodeCharacters.isAsciiLetterOrDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd < lineEnd && text.charAt(nameEnd) == ';') {
      return nameEnd > at + 1 ? nameEnd + 1 : -1;
    }
    return nameEnd - at - 1 == NAMED_WITHOUT_SEMICOLON.length()
        && text.startsWith(NAMED_WITHOUT_SEMICOLON, at + 1) ? nameEnd : -1;
  }

  /**
   * The code point the reference from {@code at} to {@code end} (as {@link #referenceEnd} finds it)
   * stands for; -1 for a name not known; past U+10FFFF, one more than it.
   */
  static int referenced(String text, int at, int end) {
    int nameEnd = NumericReferences.beforeSemicolon(text, end);
    if (text.charAt(at + 1) == '#') {
      return NumericReferences.value(text, at, nameEnd);
    }
    for (int i = 0; i < NAMED.length; i += 2) {
      if (NAMED[i].length() == nameEnd - at - 1 && text.startsWith(NAMED[i], at + 1)) {
        return Integer.parseInt(NAMED[i + 1], 16);
      }
    }
    return -1;
  }
}
