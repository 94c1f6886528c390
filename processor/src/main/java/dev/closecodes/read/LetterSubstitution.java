package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
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
 * which text in a language written in Latin letters holds often, the words are damaged too: they
 * cannot be told back, but they can be compared with the words closecodes knows as the damage
 * leaves those ({@code wesewved} for {@code reserved}), which is how {@link Vocabulary} reads
 * them.
 */
final class LetterSubstitution {

  /** How often, at the least, the letter put in is in the text: fewer says nothing either way. */
  private static final int FEWEST_TIMES = 20;

  /** How many times as often as the letters replaced the letter put in is, at the least. */
  private static final int TIMES_AS_OFTEN = 10;

  /** No letter put for others: words are compared as written. */
  static final LetterSubstitution NONE = new LetterSubstitution('\0', "", List.of(), 0, 0);

  private final char given;
  private final String replaced;
  private final List<String> tags;
  private final int givenCount;
  private final int replacedCount;

  private LetterSubstitution(char given, String replaced, List<String> tags, int givenCount, int replacedCount) {
    this.given = given;
    this.replaced = replaced;
    this.tags = tags;
    this.givenCount = givenCount;
    this.replacedCount = replacedCount;
  }

  /**
   * The letter the repaired tags show put for others, where the tables' names and descriptions
   * are damaged the same way; {@link #NONE} where they are not, or no tag shows a letter put in.
   */
  static LetterSubstitution find(List<Markup.Repair> repairs, List<RawTable> tables) {
    if (!showsALetterPutIn(repairs)) {
      return NONE; // most pages: no table text gathered
    }
    StringBuilder words = new StringBuilder();
    for (RawTable table : tables) {
      Columns columns = table.columns();
      for (int i = columns.headerRow() + 1; i < table.rows().size(); i++) {
        RawTable.Row row = table.rows().get(i);
        for (Vocabulary.Role role : new Vocabulary.Role[] {Vocabulary.Role.NAME, Vocabulary.Role.DESCRIPTION}) {
          int column = columns.index(role, row);
          if (column >= 0 && column < row.cells().size()) {
            words.append(row.cells().words(column)).append('\n');
          }
        }
      }
    }
    return find(repairs, words);
  }

  /** As {@link #find(List, List)}, of the words given: the rows' names and descriptions. */
  static LetterSubstitution find(List<Markup.Repair> repairs, CharSequence words) {
    // The letter most repairs say was put in, and each letter it was put for, in the repairs' order.
    int[] putIn = new int[26];
    List<Markup.Repair> substitutions = new ArrayList<>();
    for (Markup.Repair repair : repairs) {
      int at = substitutionAt(repair);
      if (at >= 0) {
        substitutions.add(repair);
        putIn[lowerCase(repair.written()).charAt(at) - 'a']++;
      }
    }
    int letter = 0;
    for (int i = 1; i < putIn.length; i++) {
      letter = putIn[i] > putIn[letter] ? i : letter;
    }
    if (putIn[letter] == 0) {
      return NONE;
    }
    char given = (char) ('a' + letter);
    substitutions.sort(new Comparator<Markup.Repair>() { // no lambda: the reader loads no lambda machinery
      @Override
      public int compare(Markup.Repair a, Markup.Repair b) {
        return Integer.compare(a.line(), b.line());
      }
    });
    Set<String> tags = new LinkedHashSet<>();
    StringBuilder replaced = new StringBuilder();
    for (Markup.Repair repair : substitutions) {
      int at = substitutionAt(repair);
      if (lowerCase(repair.written()).charAt(at) == given) {
        tags.add(repair.kind() == Markup.Kind.TAG_NAME ? "<" + repair.written() + ">" : repair.written());
        char was = repair.repaired().charAt(at);
        if (replaced.indexOf(String.valueOf(was)) < 0) {
          replaced.append(was);
        }
      }
    }
    int givenCount = 0;
    int replacedCount = 0;
    for (int i = 0; i < words.length(); i++) {
      char c = lowerAscii(words.charAt(i));
      givenCount += c == given ? 1 : 0;
      replacedCount += replaced.indexOf(String.valueOf(c)) >= 0 ? 1 : 0;
    }
    if (givenCount >= FEWEST_TIMES && replacedCount * TIMES_AS_OFTEN < givenCount) {
      return new LetterSubstitution(given, replaced.toString(), new ArrayList<>(tags), givenCount, replacedCount);
    }
    return NONE;
  }

  /** Warns, at the table's line, where the rows' words look damaged as the repaired tags were. */
  void report(SourceLocation table, Diagnostics diagnostics) {
    if (this == NONE) {
      return;
    }
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < replaced.length(); i++) {
      letters.add("'" + replaced.charAt(i) + "'");
    }
    diagnostics.report(Message.PAGE_WORDS_DAMAGED_LIKE_TAGS, table, Message.listed(tags, "and"), given,
        Message.listed(letters, "and"), givenCount, given, replacedCount, Message.listed(letters, "or"));
  }

  /**
   * Folded text as the damage leaves it: each letter replaced the letter put in. Words compared so,
   * the text's and the vocabulary's alike, are equal where the words were before the damage.
   */
  String applied(String folded) {
    if (replaced.isEmpty()) {
      return folded;
    }
    String damaged = folded;
    for (int i = 0; i < replaced.length(); i++) {
      damaged = damaged.replace(replaced.charAt(i), given);
    }
    return damaged;
  }

  private static boolean showsALetterPutIn(List<Markup.Repair> repairs) {
    for (Markup.Repair repair : repairs) {
      if (substitutionAt(repair) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where a tag or attribute name was repaired from one letter put for another, the index of that letter; else -1. */
  private static int substitutionAt(Markup.Repair repair) {
    boolean name = repair.kind() == Markup.Kind.TAG_NAME || repair.kind() == Markup.Kind.ATTRIBUTE_NAME;
    return name ? onlyDifference(repair) : -1;
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
}
