package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.PageRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a page's words were damaged as its tags were. A tag repaired from a name one letter
 * off ({@code <tabwe>}) shows which letter was put for which ({@code w} for {@code l}); a filter
 * that did so to the tags did so to the words, which no list of tag names can mend. Where the
 * table's text holds the letter put in far more often than the letters it took the place of,
 * which text in a language written in Latin letters holds often, the words are damaged too.
 */
final class LetterSubstitution {

  /** How often, at the least, the letter put in is in the text: fewer says nothing either way. */
  private static final int FEWEST_TIMES = 20;

  /** How many times as often as the letters replaced the letter put in is, at the least. */
  private static final int TIMES_AS_OFTEN = 10;

  private LetterSubstitution() {}

  /** Warns, at the table's line, where the rows' words look damaged as the repaired tags were. */
  static void check(List<Markup.Repair> repairs, List<PageRow> rows, SourceLocation table, Diagnostics diagnostics) {
    // The letter most repairs say was put in, and each letter it was put for, in the repairs' order.
    int[] putIn = new int[26];
    List<Markup.Repair> substitutions = new ArrayList<>();
    for (Markup.Repair repair : repairs) {
      int at = onlyDifference(repair);
      if ((repair.kind() == Markup.Kind.TAG_NAME || repair.kind() == Markup.Kind.ATTRIBUTE_NAME) && at >= 0) {
        substitutions.add(repair);
        putIn[lowerCase(repair.written()).charAt(at) - 'a']++;
      }
    }
    int letter = 0;
    for (int i = 1; i < putIn.length; i++) {
      letter = putIn[i] > putIn[letter] ? i : letter;
    }
    if (putIn[letter] == 0) {
      return;
    }
    char given = (char) ('a' + letter);
    substitutions.sort(new Comparator<Markup.Repair>() { // no lambda: the reader loads no lambda machinery
      @Override
      public int compare(Markup.Repair a, Markup.Repair b) {
        return Integer.compare(a.line(), b.line());
      }
    });
    Set<String> tags = new LinkedHashSet<>();
    Set<Character> replaced = new LinkedHashSet<>();
    for (Markup.Repair repair : substitutions) {
      int at = onlyDifference(repair);
      if (lowerCase(repair.written()).charAt(at) == given) {
        tags.add(repair.kind() == Markup.Kind.TAG_NAME ? "<" + repair.written() + ">" : repair.written());
        replaced.add(repair.repaired().charAt(at));
      }
    }
    int givenCount = 0;
    int replacedCount = 0;
    for (PageRow row : rows) {
      for (String text : new String[] {row.name(), row.description().plainText()}) {
        for (int i = 0; i < text.length(); i++) {
          char c = lowerAscii(text.charAt(i));
          givenCount += c == given ? 1 : 0;
          replacedCount += replaced.contains(c) ? 1 : 0;
        }
      }
    }
    if (givenCount >= FEWEST_TIMES && replacedCount * TIMES_AS_OFTEN < givenCount) {
      diagnostics.report(Message.PAGE_WORDS_DAMAGED_LIKE_TAGS, table, Message.listed(new ArrayList<>(tags), "and"),
          given, Message.listed(quoted(replaced), "and"), givenCount, given, replacedCount,
          Message.listed(quoted(replaced), "or"));
    }
  }

  /**
   * Where a repaired name differs from its written one in one letter only, both lowercase ASCII
   * letters, the index of that letter; else -1.
   */
  private static int onlyDifference(Markup.Repair repair) {
    String written = lowerCase(repair.written());
    String repaired = repair.repaired();
    if (written.length() != repaired.length()) {
      return -1;
    }
    int at = -1;
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) != repaired.charAt(i)) {
        if (at >= 0 || !isLowerAscii(written.charAt(i)) || !isLowerAscii(repaired.charAt(i))) {
          return -1;
        }
        at = i;
      }
    }
    return at;
  }

  /** The name in lower case, as the repaired name is; the indexes above are into this string. */
  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static List<String> quoted(Set<Character> letters) {
    List<String> quoted = new ArrayList<>();
    for (char letter : letters) {
      quoted.add("'" + letter + "'");
    }
    return quoted;
  }
}
