package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import java.util.List;

/**
 * Finds the links of a row's description that Markdown took, but shorter than written, showing
 * the rest as text: a {@code )} in a link's address ends the address there
 * ({@code [Ref](https://www.ie)f.org/msg.html)} shows {@code f.org/msg.html)} after the link), and
 * a {@code [} in a link's text opens the link there ({@code [R[f](https://…)} shows {@code [R}
 * before it). The row is read as shown; a warning at its line quotes the first such link's rest.
 * Words after a link ({@code [note](…)s}) and a {@code )} that closes a bracket opened before the
 * link ({@code ([this](…))}) are no such rest. A link cut to nothing, its text lost
 * ({@code [](https://…)}), shows nothing, and is told too.
 */
final class LinksCutShort {

  private LinksCutShort() {}

  /** Reports, for each row, the first link of its description cut short. */
  static void check(List<PageRow> rows, Diagnostics diagnostics) {
    for (PageRow row : rows) {
      reportFirst(row.description().inlines(), new StringBuilder(), row.location(), diagnostics);
    }
  }

  /** Reports the first link of a cell that shows nothing, its text lost, as {@link #check} does. */
  static void reportWithoutText(String cell, List<Inline> inlines, SourceLocation location, Diagnostics diagnostics) {
    Inline.Link link = firstWithoutText(inlines);
    if (link != null) {
      diagnostics.report(Message.LINK_WITHOUT_TEXT, location, cell, RowReader.shortened(link.href()));
    }
  }

  private static Inline.Link firstWithoutText(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link && new RichText(link.children()).showsNothing()) {
        return link;
      }
      Inline.Link inside = firstWithoutText(Inline.children(inline));
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  /**
   * Reports the first link cut short among the pieces, {@code shown} holding the text shown before
   * them, and adds theirs to it; whether one was reported.
   */
  private static boolean reportFirst(List<Inline> inlines, StringBuilder shown, SourceLocation location,
      Diagnostics diagnostics) {
    for (int i = 0; i < inlines.size(); i++) {
      Inline inline = inlines.get(i);
      if (inline instanceof Inline.Link link) {
        String linkText = new RichText(link.children()).plainText();
        String rest = addressRest(textAfter(inlines, i), shown);
        if (rest != null) {
          diagnostics.report(Message.LINK_ADDRESS_CUT, location, "description", RowReader.shortened(rest),
              RowReader.shortened(link.href()), "%29");
          return true;
        }
        String opening = textOpening(shown);
        if (opening != null) {
          diagnostics.report(Message.LINK_TEXT_CUT, location, "description", opening,
              RowReader.shortened(linkText), "\\[");
          return true;
        }
        if (new RichText(link.children()).showsNothing()) {
          diagnostics.report(Message.LINK_WITHOUT_TEXT, location, "description", RowReader.shortened(link.href()));
          return true;
        }
        shown.append(linkText);
      } else if (inline instanceof Inline.Text words) {
        shown.append(words.text());
      } else if (inline instanceof Inline.Code) {
        shown.append('\uFFFC'); // code's brackets open and close nothing
      } else if (inline instanceof Inline.LineBreak) {
        shown.append(' ');
      } else if (reportFirst(Inline.children(inline), shown, location, diagnostics)) {
        return true;
      }
    }
    return false;
  }

  /** The text of the pieces of text straight after the one at {@code at}. */
  private static String textAfter(List<Inline> inlines, int at) {
    StringBuilder after = new StringBuilder();
    for (int i = at + 1; i < inlines.size() && inlines.get(i) instanceof Inline.Text words; i++) {
      after.append(words.text());
    }
    return after.toString();
  }

  /**
   * The rest of a link's address that {@code after} opens with: the characters up to a {@code )}
   * with no white space or {@code (} among them, at least one, where no bracket opened in the text
   * before the link is still open; null for none.
   */
  private static String addressRest(String after, CharSequence before) {
    int close = -1;
    for (int i = 0; i < after.length() && !RichText.isSpace(after.charAt(i)); i++) {
      char c = after.charAt(i);
      if (c == '(') {
        return null;
      } else if (c == ')') {
        close = i;
        break;
      }
    }
    return close > 0 && !bracketOpen(before) ? after.substring(0, close + 1) : null;
  }

  /** Whether the text leaves a {@code (} open. */
  private static boolean bracketOpen(CharSequence text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '(') {
        open++;
      } else if (text.charAt(i) == ')' && open > 0) {
        open--;
      }
    }
    return open > 0;
  }

  /**
   * The opening of a link's text that the text before the link ends with: a {@code [} and the
   * characters after it, at least one, none of them white space or a bracket ({@code [R} of
   * {@code [R[f](…)}); null for none. A {@code [} alone ({@code \[[Ref](…)]}) is the page's own.
   */
  private static String textOpening(CharSequence before) {
    for (int i = before.length() - 1; i >= 0; i--) {
      char c = before.charAt(i);
      if (c == '[') {
        return i < before.length() - 1 ? before.subSequence(i, before.length()).toString() : null;
      } else if (RichText.isSpace(c) || c == ']' || c == '(' || c == ')') {
        return null;
      }
    }
    return null;
  }
}
