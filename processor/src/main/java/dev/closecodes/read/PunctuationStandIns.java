package dev.closecodes.read;

import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Characters put in for those that commonmark would class otherwise than closecodes' Unicode.
 * Whether a {@code *} or {@code _} opens or closes emphasis depends on whether the character
 * beside it is punctuation, which commonmark asks of the running JDK: to JDK 17, a character that
 * Unicode added since 13.0 is no punctuation, so {@code *normally⹓*x} would be emphasis there and
 * not on JDK 25. Before commonmark reads the text, each such character is replaced by a stand-in
 * of the class {@link UnicodeCharacters} gives it, the same to every JDK, that the text does not
 * hold; the text read is given its characters back.
 */
final class PunctuationStandIns {

  /**
   * Punctuation to every JDK and plain text to Markdown and HTML, and no named character
   * reference of HTML stands for one: the supplemental punctuation of Unicode 4.1.
   */
  private static final int FIRST_PUNCTUATION = 0x2E00;
  private static final int LAST_PUNCTUATION = 0x2E2E;

  /** Neither punctuation nor white space to every JDK, nor named by HTML: the private use area. */
  private static final int FIRST_OTHER = 0xE000;
  private static final int LAST_OTHER = 0xF8FF;

  /** Each stand-in and the character it stands for. */
  private final Map<String, String> originals = new LinkedHashMap<>();

  private PunctuationStandIns() {}

  /**
   * commonmark's question: a character of a punctuation or symbol category, as
   * {@code org.commonmark.text.Characters.isPunctuationCodePoint} asks {@link Character#getType}.
   */
  static boolean isPunctuation(int type) {
    return type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION;
  }

  private static boolean classedOtherwise(int codePoint) {
    return codePoint > 0x7F
        && isPunctuation(Character.getType(codePoint)) != isPunctuation(UnicodeCharacters.type(codePoint));
  }

  /** Whether the Markdown holds a character the running JDK classes otherwise; seldom. */
  static boolean needed(String markdown) {
    for (int i = 0; i < markdown.length(); ) {
      int c = markdown.codePointAt(i);
      if (classedOtherwise(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** The stand-ins for a text that {@link #needed} it, with the text they make. */
  static PunctuationStandIns of(String markdown, StringBuilder standingIn) {
    PunctuationStandIns standIns = new PunctuationStandIns();
    Map<Integer, String> chosen = new LinkedHashMap<>();
    int nextPunctuation = FIRST_PUNCTUATION;
    int nextOther = FIRST_OTHER;
    Set<Integer> referenced = numericReferences(markdown);
    for (int i = 0; i < markdown.length(); ) {
      int c = markdown.codePointAt(i);
      i += Character.charCount(c);
      if (!classedOtherwise(c)) {
        standingIn.appendCodePoint(c);
        continue;
      }
      String standIn = chosen.get(c);
      if (standIn == null) {
        boolean punctuation = isPunctuation(UnicodeCharacters.type(c));
        int candidate = punctuation ? nextPunctuation : nextOther;
        // a character the text holds, or names by number (&#x2E00;), would be taken back too
        while (markdown.indexOf(candidate) >= 0 || referenced.contains(candidate)) {
          candidate++;
        }
        if (candidate > (punctuation ? LAST_PUNCTUATION : LAST_OTHER)) {
          standingIn.appendCodePoint(c); // more kinds of such characters than stand-ins: left as it is
          continue;
        }
        if (punctuation) {
          nextPunctuation = candidate + 1;
        } else {
          nextOther = candidate + 1;
        }
        standIn = Character.toString(candidate);
        chosen.put(c, standIn);
        standIns.originals.put(standIn, Character.toString(c));
      }
      standingIn.append(standIn);
    }
    return standIns;
  }

  /** The code points the text names by number, as {@code &#11776;} or {@code &#x2E00;}. */
  private static Set<Integer> numericReferences(String markdown) {
    Set<Integer> referenced = new HashSet<>();
    for (int at = markdown.indexOf("&#"); at >= 0; at = markdown.indexOf("&#", at + 2)) {
      boolean hex = at + 2 < markdown.length() && (markdown.charAt(at + 2) == 'x' || markdown.charAt(at + 2) == 'X');
      int value = 0;
      for (int i = at + (hex ? 3 : 2); i < markdown.length() && i < at + 12; i++) {
        char c = markdown.charAt(i);
        char lower = (char) (c | 0x20);
        int digit = c >= '0' && c <= '9' ? c - '0' : hex && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
        if (digit < 0) {
          break;
        }
        value = value * (hex ? 16 : 10) + digit;
      }
      referenced.add(value);
    }
    return referenced;
  }

  /** The text read, with its characters back where their stand-ins are. */
  RichText restore(RichText read) {
    return new RichText(restore(read.inlines()));
  }

  private List<Inline> restore(List<Inline> inlines) {
    List<Inline> restored = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        restored.add(new Inline.Text(restore(text.text())));
      } else if (inline instanceof Inline.Code code) {
        restored.add(new Inline.Code(restore(code.text())));
      } else if (inline instanceof Inline.Image image) {
        restored.add(new Inline.Image(restore(image.alt())));
      } else if (inline instanceof Inline.Link link) {
        restored.add(new Inline.Link(restore(link.href()), restore(link.children())));
      } else if (!Inline.children(inline).isEmpty()) {
        restored.add(Inline.withChildren(inline, restore(Inline.children(inline))));
      } else {
        restored.add(inline);
      }
    }
    return restored;
  }

  private String restore(String text) {
    for (Map.Entry<String, String> standIn : originals.entrySet()) {
      text = text.replace(standIn.getKey(), standIn.getValue());
    }
    return text;
  }
}
