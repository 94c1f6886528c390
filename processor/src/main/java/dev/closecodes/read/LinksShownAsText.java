package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.List;

/**
 * Finds the links of a row's name or description that Markdown did not take for links, and that
 * show their brackets and their address as text: a space or a sign between the {@code ]} and the
 * {@code (} ({@code [Ref] (https://…)}, {@code [Ref](<https://…)}), a full-width parenthesis as a
 * Chinese or Japanese keyboard writes it ({@code [Ref]（https://…）}), a bracket lost
 * ({@code [Ref(https://…)}, {@code [Ref]https://…}), a character between its {@code ]} and its
 * {@code (} ({@code [Ref]x(https://…)}), its {@code ](} lost ({@code [Refhttps://…)}), or any other damage that leaves its {@code ](}
 * as text ({@code [Ref](h ttps://…)}). The row is read as shown; a warning at its
 * line quotes the first such link. An address in parentheses, in code, or after a reference's
 * {@code [1]:} is no such link.
 */
final class LinksShownAsText {

  /** How far before an address a {@code [} that opens its words is looked for. */
  private static final int WORDS_LOOKED_BACK = 40;

  /** How many characters that are neither words nor brackets may stand between a {@code ]} and an address. */
  private static final int MOST_BETWEEN = 3;

  private LinksShownAsText() {}

  /** Reports, for each row, the first link of its name or description shown as text. */
  static void check(List<PageRow> rows, Diagnostics diagnostics) {
    for (PageRow row : rows) {
      String quoted = firstIn(row.name());
      if (quoted == null) {
        quoted = firstIn(shownText(row.description()));
      }
      if (quoted != null) {
        diagnostics.report(Message.LINK_SHOWN_AS_TEXT, row.location(), quoted);
      }
    }
  }

  /** The text a reader sees of the pieces, code made one object replacement character each: code is no link. */
  private static String shownText(RichText text) {
    StringBuilder shown = new StringBuilder();
    appendShown(text.inlines(), shown);
    return shown.toString();
  }

  private static void appendShown(List<Inline> inlines, StringBuilder shown) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text words) {
        shown.append(words.text());
      } else if (inline instanceof Inline.Code) {
        shown.append('\uFFFC');
      } else {
        shown.append(' ');
        appendShown(Inline.children(inline), shown);
      }
    }
  }

  /** The first link in the text shown as text, quoted up to its address's end; null for none. */
  private static String firstIn(String text) {
    // "](" is left only of a link Markdown did not take: "[Ref](h ttps://…)", "[Ref](https//…)"
    int joint = text.indexOf("](");
    for (int at = text.indexOf("://"); at >= 0 && (joint < 0 || at < joint); at = text.indexOf("://", at + 3)) {
      int address = at;
      while (address > 0 && UnicodeCharacters.isAsciiLetter(text.charAt(address - 1))) {
        address--;
      }
      if (address == at) {
        continue;
      }
      int start = linkStart(text, address);
      if (start >= 0) {
        return RowReader.shortened(text.substring(start, addressEnd(text, at)));
      }
    }
    if (joint < 0) {
      return null;
    }
    int open = text.lastIndexOf('[', joint);
    int close = text.indexOf(')', joint);
    int end = close < 0 || close - joint > WORDS_LOOKED_BACK * 4 ? addressEnd(text, joint + 2) : close + 1;
    return RowReader.shortened(text.substring(open >= Math.max(0, joint - WORDS_LOOKED_BACK) ? open : joint, end));
  }

  /**
   * Where the link whose address starts at {@code address} opens, at its {@code [}, where it is
   * one Markdown did not take: a {@code ]} before the address, with up to three signs or spaces
   * between them; or a {@code (} straight before it, and a {@code [} before that, with no
   * {@code ]} between; or a {@code [} before it, with no {@code ]} between, where the address ends
   * in a {@code )} that opens nowhere in it ({@code [Refhttps://…)}). -1 where it is none.
   */
  private static int linkStart(String text, int address) {
    int before = address;
    while (before > 0 && address - before < MOST_BETWEEN && isBetween(text.charAt(before - 1))) {
      before--;
    }
    int from = Math.max(0, address - WORDS_LOOKED_BACK);
    if (address >= 2 && text.charAt(address - 2) == ']') { // any character in the '(''s place: "[Ref]1https://"
      before = address - 1;
    } else if (address >= 3 && text.charAt(address - 1) == '(' && text.charAt(address - 3) == ']') {
      before = address - 2; // any character between the ']' and the '(': "[Ref]x(https://"
    }
    if (before > 0 && text.charAt(before - 1) == ']') {
      int open = text.lastIndexOf('[', before - 1);
      return open >= from ? open : Math.max(from, before - 1);
    }
    char opener = address > 0 ? text.charAt(address - 1) : 0;
    if (opener == '(' || opener == '\uFF08') {
      int open = text.lastIndexOf('[', address - 1);
      int close = open < 0 ? -1 : text.indexOf(']', open);
      return open >= from && (close < 0 || close > address) ? open : -1; // no ']' before the address
    }
    // its "](" lost, the words run into the address or a space in their place: "[Refhttps://…)", "[Ref https://…)"
    int open = address - 1; // looked for as far back as the words are, so that many addresses cost no more
    while (open >= from && text.charAt(open) != '[' && text.charAt(open) != ']') {
      open--;
    }
    int end = addressEnd(text, address);
    if (open < from || text.charAt(open) != '[' || text.charAt(end - 1) != ')') {
      return -1;
    }
    for (int at = address; at < end; at++) {
      if (text.charAt(at) == '(') {
        return -1; // the address's own parentheses: "https://example.org/a_(b)"
      }
    }
    return open;
  }

  /** A character that may stand between a link's words and its address, put there or left. */
  private static boolean isBetween(char c) {
    return c == '(' || c == '\uFF08' || c == '<' || c == ' ' || c == '\u00A0' || c == '"' || c == '\''
        || c == '*' || c == '_' || c == '`' || c == '>' || c == '|';
  }

  /** Where the address from {@code at} ends: past its closing parenthesis, or at white space. */
  private static int addressEnd(String text, int at) {
    int end = at;
    while (end < text.length() && !RichText.isSpace(text.charAt(end))) {
      char c = text.charAt(end++);
      if (c == ')' || c == '\uFF09') {
        break;
      }
    }
    return end;
  }

}
