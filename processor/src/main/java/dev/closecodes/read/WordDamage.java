package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a page's words were damaged, and how, by a filter that mangles text, as the
 * received page's were.
 *
 * <p>A tag repaired from a name one letter off ({@code <tabwe>}) shows which letter was put for
 * which ({@code w} for {@code l}); a filter that did so to the tags did so to the words, which no
 * list of tag names can mend. Where the table's text holds the letter put in far more often than
 * the letters it took the place of, which text in a language written in Latin letters holds often,
 * the words are damaged too: they cannot be told back, but they can be compared with the words
 * closecodes knows as the damage leaves those ({@code wesewved} for {@code reserved}).
 *
 * <p>The same filter repeats a word's first letter before it ({@code n-nyot}) and writes {@code ny}
 * for {@code n} before a vowel ({@code nyot}). No page of the corpus does either, and a lone letter
 * opening a description hides the word after it; where a table's lines repeat first letters three
 * times or more, the words are read without the repeats, and, the filter so shown (or shown by the
 * tags), with {@code n} for each {@code ny} before a vowel.
 * {@link Vocabulary} reads the words that say a code is reserved so.
 */
final class WordDamage {

  /** How often, at the least, the letter put in is in the text: fewer says nothing either way. */
  private static final int FEWEST_TIMES = 20;

  /** How many times as often as the letters replaced the letter put in is, at the least. */
  private static final int TIMES_AS_OFTEN = 10;

  /** How many repeated first letters show the filter, at the least. */
  private static final int FEWEST_MARKS = 3;

  /** How many of the words that show a mark the warning quotes. */
  private static final int EXAMPLES = 3;

  /** No damage: words are compared as written. */
  static final WordDamage NONE = new WordDamage('\0', "", List.of(), null, 0, 0, Marks.NONE, Marks.NONE);

  private final char given;
  private final String replaced;
  private final List<String> tags;
  /** The word for reserved that showed the letter put in, where no tag did; else null. */
  private final String word;
  private final int givenCount;
  private final int replacedCount;
  private final Marks repeats;
  private final Marks nyForN;

  /** How often the table's lines show one of the filter's marks, and the first words that do. */
  private record Marks(int count, List<String> examples) {
    static final Marks NONE = new Marks(0, List.of());
  }

  private WordDamage(char given, String replaced, List<String> tags, String word, int givenCount,
      int replacedCount, Marks repeats, Marks nyForN) {
    this.given = given;
    this.replaced = replaced;
    this.tags = tags;
    this.word = word;
    this.givenCount = givenCount;
    this.replacedCount = replacedCount;
    this.repeats = repeats;
    this.nyForN = nyForN;
  }

  /**
   * What damaged the words of the tables found in the page's text: the letter the repaired tags
   * show put for others, or where no tag does, a word for reserved in the tables' lines
   * ({@code wesewved}), where the tables' names and descriptions are damaged the same way; and the
   * filter's other marks, where the tables' lines show them.
   */
  static WordDamage find(List<Markup.Repair> repairs, List<RawTable> tables, String text) {
    String lines = tableLines(tables, text);
    WordDamage found = showsALetterPutIn(repairs) ? find(repairs, namesAndDescriptions(tables)) : NONE;
    if (found == NONE) {
      String[] shown = letterPutInAWordForReserved(lines);
      if (shown != null) {
        found = counted(shown[1].charAt(0), shown[2], List.of(), shown[0], namesAndDescriptions(tables));
      }
    }
    return found.withMarksOf(lines);
  }

  /**
   * The first word of the lines that is a word for reserved with one letter put for others, and
   * that letter and those it was put for; null where none is. Only words of Latin letters are
   * weighed, as long as a word for reserved.
   */
  private static String[] letterPutInAWordForReserved(String lines) {
    for (int start = 0; start < lines.length(); start++) {
      if (!isLatinLetter(lines.charAt(start))) {
        continue;
      }
      int end = start;
      while (end < lines.length() && isLatinLetter(lines.charAt(end))) {
        end++;
      }
      if (end - start >= 6 && end - start <= 10) {
        String word = lines.substring(start, end);
        String[] putIn = Vocabulary.letterPutInAWordForReserved(word);
        if (putIn != null) {
          return new String[] {word, putIn[0], putIn[1]};
        }
      }
      start = end;
    }
    return null;
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x250 && UnicodeCharacters.isLetter(c);
  }

  /** The names and descriptions of the tables' rows, one a line, as read without reporting. */
  private static CharSequence namesAndDescriptions(List<RawTable> tables) {
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
    return words;
  }

  /** The lines of the text the tables stand on, as written. */
  private static String tableLines(List<RawTable> tables, String text) {
    StringBuilder lines = new StringBuilder();
    int line = 1;
    int at = 0;
    for (RawTable table : tables) {
      if (table.line() < line) {
        line = 1; // a table before the last one's end: counted again from the top
        at = 0;
      }
      while (line < table.line() && at < text.length()) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
        line++;
      }
      int from = at;
      while (line <= table.lastLine() && at < text.length()) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
        line++;
      }
      lines.append(text, from, at).append('\n');
    }
    return lines.toString();
  }

  /** This damage, with the filter's marks the lines show often enough to say it was there. */
  private WordDamage withMarksOf(String lines) {
    Marks repeatsFound = marks(lines, Mark.REPEATED_FIRST_LETTER);
    if (repeatsFound.count() < FEWEST_MARKS && this == NONE) {
      return NONE; // most pages: nothing more to look for
    }
    Marks repeatsKept = repeatsFound.count() >= FEWEST_MARKS ? repeatsFound : Marks.NONE;
    Marks nyFound = marks(lines, Mark.NY_FOR_N);
    // With the filter shown, by the repeats or by the tags, each ny before a vowel is its n.
    Marks nyKept = nyFound.count() > 0 && (repeatsKept != Marks.NONE || this != NONE) ? nyFound : Marks.NONE;
    if (repeatsKept == Marks.NONE && nyKept == Marks.NONE) {
      return this;
    }
    return new WordDamage(given, replaced, tags, word, givenCount, replacedCount, repeatsKept, nyKept);
  }

  /** The marks of the filter that can be told back from the text. */
  private enum Mark {
    /** A word's first letter repeated before it, after a hyphen: {@code n-nyot}. */
    REPEATED_FIRST_LETTER,
    /** {@code ny} put for {@code n} before a vowel: {@code nyot}. */
    NY_FOR_N;

    boolean isAt(CharSequence text, int at) {
      return this == REPEATED_FIRST_LETTER ? isRepeat(text, at) : isNyBeforeAVowel(text, at);
    }

    /** The word the mark at {@code at} stands in, as the warning quotes it. */
    String wordAt(String text, int at) {
      int start = at;
      while (this == NY_FOR_N && start > 0 && UnicodeCharacters.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return text.substring(start, wordEnd(text, this == REPEATED_FIRST_LETTER ? at + 2 : at));
    }
  }

  /** Each place the text shows the mark, and the first words that do. */
  private static Marks marks(String text, Mark mark) {
    int count = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i + 2 < text.length(); i++) {
      if (mark.isAt(text, i)) {
        count++;
        if (examples.size() < EXAMPLES) {
          examples.add(mark.wordAt(text, i));
        }
      }
    }
    return new Marks(count, examples);
  }

  /** Whether a letter at {@code at} opens a word and is repeated after a hyphen: {@code c-cwass}. */
  private static boolean isRepeat(CharSequence text, int at) {
    char c = text.charAt(at);
    return at + 2 < text.length() && text.charAt(at + 1) == '-' && UnicodeCharacters.isLetter(c)
        && Character.toLowerCase(text.charAt(at + 2)) == Character.toLowerCase(c)
        && (at == 0 || !UnicodeCharacters.isLetter(text.charAt(at - 1)));
  }

  private static boolean isNyBeforeAVowel(CharSequence text, int at) {
    return at + 2 < text.length() && (text.charAt(at) == 'n' || text.charAt(at) == 'N')
        && (text.charAt(at + 1) == 'y' || text.charAt(at + 1) == 'Y')
        && "aeiouAEIOU".indexOf(text.charAt(at + 2)) >= 0;
  }

  /** Where the word at {@code at} ends: its letters, and an apostrophe between two ({@code s-s'est}). */
  private static int wordEnd(String text, int at) {
    int end = at;
    while (end < text.length() && (UnicodeCharacters.isLetter(text.charAt(end))
        || (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && end > at && end + 1 < text.length()
            && UnicodeCharacters.isLetter(text.charAt(end + 1)))) {
      end++;
    }
    return end;
  }

  /**
   * The text with the filter's marks that can be told back taken off: each repeated first letter,
   * and the {@code y} of {@code ny} before a vowel, where the table shows them.
   */
  String mended(String text) {
    return mended(text, repeats != Marks.NONE, nyForN != Marks.NONE);
  }

  private static String mended(String text, boolean repeats, boolean nyForN) {
    if (!repeats && !nyForN) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (repeats && isRepeat(text, i)) {
        i++; // the letter and its hyphen; the word's own first letter is kept
      } else {
        out.append(text.charAt(i));
        if (nyForN && isNyBeforeAVowel(text, i)) {
          i++; // the y
        }
      }
    }
    return out.toString();
  }

  /**
   * A header cell's text without the filter's marks: its repeated first letters and the {@code y}
   * of {@code ny} before a vowel, which a header of a word or two holds too seldom to be counted on
   * its own; null where it holds none. Only for a table whose cells show the filter
   * ({@link #cellsShowTheFilter}).
   */
  static String headerWithoutMarks(String header) {
    if (header.indexOf('-') < 0 && !holdsNyBeforeAVowel(header)) {
      return null;
    }
    String mended = mended(header, true, true);
    return mended.equals(header) ? null : mended;
  }

  /** Whether the cells below the header repeat first letters three times or more, as the filter does. */
  static boolean cellsShowTheFilter(List<RawTable.Row> rows, int headerRow) {
    StringBuilder cells = new StringBuilder();
    for (int i = headerRow + 1; i < rows.size(); i++) {
      RawTable.Cells row = rows.get(i).cells();
      for (int column = 0; column < row.size(); column++) {
        cells.append(row.words(column)).append('\n');
      }
    }
    return marks(cells.toString(), Mark.REPEATED_FIRST_LETTER).count() >= FEWEST_MARKS;
  }

  private static boolean holdsNyBeforeAVowel(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      if (isNyBeforeAVowel(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The letter the repaired tags show put for others, where the words given (the rows' names and
   * descriptions) are damaged the same way; {@link #NONE} where they are not.
   */
  static WordDamage find(List<Markup.Repair> repairs, CharSequence words) {
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
    return counted(given, replaced.toString(), new ArrayList<>(tags), null, words);
  }

  /**
   * The letter put for others, where the words hold it at least {@link #FEWEST_TIMES} times and
   * {@link #TIMES_AS_OFTEN} times as often as those it replaced; else {@link #NONE}.
   */
  private static WordDamage counted(char given, String replaced, List<String> tags, String word, CharSequence words) {
    int givenCount = 0;
    int replacedCount = 0;
    for (int i = 0; i < words.length(); i++) {
      char c = lowerAscii(words.charAt(i));
      givenCount += c == given ? 1 : 0;
      replacedCount += replaced.indexOf(String.valueOf(c)) >= 0 ? 1 : 0;
    }
    if (givenCount >= FEWEST_TIMES && replacedCount * TIMES_AS_OFTEN < givenCount) {
      return new WordDamage(given, replaced, tags, word, givenCount, replacedCount, Marks.NONE, Marks.NONE);
    }
    return NONE;
  }

  /** Warns, at the table's line, of each kind of damage found. */
  void report(SourceLocation table, Diagnostics diagnostics) {
    if (!replaced.isEmpty()) {
      List<String> letters = new ArrayList<>();
      for (int i = 0; i < replaced.length(); i++) {
        letters.add("'" + replaced.charAt(i) + "'");
      }
      if (word == null) {
        diagnostics.report(Message.PAGE_WORDS_DAMAGED_LIKE_TAGS, table, Message.listed(tags, "and"), given,
            Message.listed(letters, "and"), givenCount, given, replacedCount, Message.listed(letters, "or"));
      } else {
        diagnostics.report(Message.PAGE_WORDS_DAMAGED_LIKE_A_WORD, table, word, given,
            Message.listed(letters, "and"), givenCount, given, replacedCount, Message.listed(letters, "or"));
      }
    }
    List<String> marks = new ArrayList<>();
    if (repeats != Marks.NONE) {
      marks.add("a word's first letter repeated before it " + repeats.count() + " time(s) (" + quoted(repeats) + ")");
    }
    if (nyForN != Marks.NONE) {
      marks.add("'ny' put for 'n' before a vowel " + nyForN.count() + " time(s) (" + quoted(nyForN) + ")");
    }
    if (!marks.isEmpty()) {
      diagnostics.report(Message.FILTERED_WORDS_REPAIRED, table, Message.listed(marks, "and"));
    }
  }

  private static String quoted(Marks marks) {
    StringBuilder quoted = new StringBuilder();
    for (String example : marks.examples()) {
      quoted.append(quoted.length() > 0 ? ", '" : "'").append(example).append('\'');
    }
    return marks.count() > marks.examples().size() ? quoted + ", …" : quoted.toString();
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
