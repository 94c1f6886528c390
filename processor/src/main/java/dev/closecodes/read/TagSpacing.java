package dev.closecodes.read;

import dev.closecodes.diagnostics.Printable;
import dev.closecodes.text.UnicodeCharacters;
import java.util.List;
import java.util.Locale;

/**
 * Mends the characters HTML takes into a tag's names that a writer meant as no part of them. HTML
 * ends a tag's name only at an ASCII space, {@code /} or {@code >} (an attribute's at {@code =}
 * too): a no-break space after {@code td} (a word processor's, or {@code &nbsp;} made a
 * character), an ideographic space an input method typed or a thin space is read as part of the
 * name, and the tag is one no browser knows, whose end tag then closes nothing. So too an
 * invisible format character inside a name (a soft hyphen, a zero-width space). Such a space,
 * outside quoted values, is read as an ASCII one; such a character inside a tag's name is read as
 * nothing where the name without it is one of HTML's (a custom element's name, which may hold a
 * zero-width joiner, is left as written).
 * Each tag so mended is a {@link Markup.Repair}. The text keeps its length, so that every offset
 * and line stays where it was.
 */
final class TagSpacing {

  private TagSpacing() {}

  /** The text with each such tag mended, each added to {@code repairs} at its line; the text itself where none is. */
  static String mended(String text, List<Markup.Repair> repairs) {
    return mended(text, null, repairs);
  }

  /**
   * The text a page's Markdown is read from (its pipe tables and lists) with the tags mended that
   * {@code markup} holds at the same places, the text the page's markup was read from, its code
   * spans blanked: a code span names a tag and keeps what it holds. The markup's reading says so;
   * nothing is said here. The two texts are as long, line for line; the text itself where they are
   * not, or where nothing is mended.
   */
  static String mendedAsIn(String text, String markup) {
    return text.length() == markup.length() ? mended(text, markup, new java.util.ArrayList<>(0)) : text;
  }

  private static String mended(String text, String markup, List<Markup.Repair> repairs) {
    char[] out = null; // made at the first tag to mend
    int line = 1;
    int counted = 0; // the offset up to which line breaks are counted
    for (int open = text.indexOf('<'); open >= 0 && open + 2 < text.length(); open = text.indexOf('<', open + 1)) {
      if (text.startsWith("<!--", open)) { // a comment's tags are no page's
        int end = text.indexOf("-->", open + 4);
        if (end < 0) {
          break;
        }
        open = end;
        continue;
      }
      int nameStart = text.charAt(open + 1) == '/' ? open + 2 : open + 1;
      if (!UnicodeCharacters.isAsciiLetter(text.charAt(nameStart)) || (markup != null && markup.charAt(open) != '<')) {
        continue;
      }
      int close = tagClose(text, nameStart);
      if (close < 0 || !holdsCharacterToMend(text, nameStart, close)) {
        continue;
      }
      Mended tag = mend(text, open, nameStart, close);
      if (tag == null) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      tag.text().getChars(0, tag.text().length(), out, open);
      for (int at = text.indexOf('\n', counted); at >= 0 && at < open; at = text.indexOf('\n', at + 1)) {
        line++;
      }
      counted = open;
      repairs.add(new Markup.Repair(shown(text.substring(open + 1, close)), shown(tag.shown()), line,
          Markup.Kind.TAG_SPACING));
      open = close;
    }
    return out == null ? text : new String(out);
  }

  /** The characters mended in a tag, as a {@link Markup.Repair} holds it written, as a message names them. */
  static String described(String written) {
    String tag = "<" + written + ">";
    Mended mended = mend(tag, 0, written.startsWith("/") ? 2 : 1, tag.length() - 1);
    String characters = mended == null ? "" : mended.characters();
    StringBuilder described = new StringBuilder();
    int spaces = 0;
    for (int i = 0; i < characters.length(); i++) {
      char c = characters.charAt(i);
      described.append(i == 0 ? "" : i == characters.length() - 1 ? " and " : ", ");
      if (UnicodeCharacters.isSpaceBeyondAscii(c)) {
        described.append(String.format(Locale.ROOT, "U+%04X", (int) c));
        spaces++;
      } else {
        described.append(Printable.described(c));
      }
    }
    if (spaces == 1) {
      described.append(" (a space HTML does not count as one)");
    } else if (spaces > 1) {
      described.append(" (spaces HTML does not count as such)");
    }
    return described.toString();
  }

  /**
   * A tag's text mended, as written into the page and as a message shows it, and the characters
   * mended in it, each once, in the order they stand.
   */
  private record Mended(String text, String shown, String characters) {}

  /**
   * The tag from {@code open} to its {@code >} at {@code close}, mended; null where nothing in
   * it is to be mended (a character in a name that is none of HTML's without it).
   */
  private static Mended mend(String text, int open, int nameStart, int close) {
    int nameEnd = nameStart;
    while (nameEnd < close && !endsName(text.charAt(nameEnd))) {
      nameEnd++;
    }
    StringBuilder name = new StringBuilder(nameEnd - nameStart);
    StringBuilder taken = new StringBuilder(); // what the name holds that it is read without
    for (int i = nameStart; i < nameEnd; i++) {
      char c = text.charAt(i);
      if (c > 0x7F && UnicodeCharacters.isFormat(c)) {
        taken.append(c);
      } else {
        name.append(c);
      }
    }
    boolean nameMended = name.length() < nameEnd - nameStart && name.indexOf("-") < 0
        && (Markup.isHtmlElement(name.toString().toLowerCase(Locale.ROOT))
            || Markup.repairedName(name.toString()) != null);
    StringBuilder characters = new StringBuilder(nameMended ? taken : "");
    StringBuilder rest = new StringBuilder(close - nameEnd);
    char quote = 0;
    for (int i = nameEnd; i < close; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = valueStartsAt(text, nameEnd, i) ? c : 0;
      } else if (UnicodeCharacters.isSpaceBeyondAscii(c)) {
        characters.append(c);
        c = ' ';
      }
      rest.append(c);
    }
    if (characters.length() == 0) {
      return null;
    }
    String kept = nameMended ? name.toString() : text.substring(nameStart, nameEnd);
    String before = text.substring(open, nameStart);
    // the characters taken out of the name stand as spaces after it, so that the tag keeps its length
    String padding = " ".repeat(nameEnd - nameStart - kept.length());
    return new Mended(before + kept + padding + rest, before.substring(1) + kept + rest, eachOnce(characters));
  }

  private static String eachOnce(CharSequence characters) {
    StringBuilder once = new StringBuilder(characters.length());
    for (int i = 0; i < characters.length(); i++) {
      if (once.indexOf(String.valueOf(characters.charAt(i))) < 0) {
        once.append(characters.charAt(i));
      }
    }
    return once.toString();
  }

  /** Whether a quote at {@code at} opens a value: it follows the tag's {@code =}, ASCII spaces between. */
  private static boolean valueStartsAt(String text, int from, int at) {
    int before = at - 1;
    while (before >= from && UnicodeCharacters.isAsciiSpace(text.charAt(before))) {
      before--;
    }
    return before >= from && text.charAt(before) == '=';
  }

  /** Where the tag whose name starts at {@code nameStart} closes, its {@code >}; -1 where a {@code <} comes first. */
  private static int tagClose(String text, int nameStart) {
    for (int i = nameStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean holdsCharacterToMend(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c > 0x7F && (UnicodeCharacters.isSpaceBeyondAscii(c) || UnicodeCharacters.isFormat(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character ends a tag's name for this reading: where HTML ends it, and at a space it does not count. */
  private static boolean endsName(char c) {
    return UnicodeCharacters.isAsciiSpace(c) || c == '/' || c == '>' || UnicodeCharacters.isSpaceBeyondAscii(c);
  }

  /** A tag's text as a message shows it: each run of ASCII white space one space, none at the end. */
  private static String shown(String tag) {
    StringBuilder shown = new StringBuilder(tag.length());
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!UnicodeCharacters.isAsciiSpace(c)) {
        shown.append(c);
      } else if (shown.length() > 0 && shown.charAt(shown.length() - 1) != ' ') {
        shown.append(' ');
      }
    }
    int end = shown.length();
    while (end > 0 && shown.charAt(end - 1) == ' ') {
      end--;
    }
    return shown.substring(0, end);
  }
}
