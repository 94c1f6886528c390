package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.util.HashMap;
import java.util.Map;

/**
 * The words a table holds whole, against which a word that lost characters is told: {@code 予�}
 * may be {@code 予約}, reserved, but not where the table also holds {@code 予想}, which the
 * character kept fits as well. Its text is gathered on first use, which only a row that lost
 * characters makes, and each question is answered once for the table.
 */
final class TableWords {

  private final RawTable table;
  private String text; // every cell's text, one line each: gathered on first use
  private final Map<String, String> answers = new HashMap<>();

  TableWords(RawTable table) {
    this.table = table;
  }

  /**
   * Another word the table holds whole that agrees with {@code word} where {@code kept} is set, and
   * is letters where it is not: as long as the word, but for a character where the word lost one;
   * null where the table holds none.
   */
  String otherWordKeeping(String word, boolean[] kept) {
    StringBuilder key = new StringBuilder(word).append(' ');
    int firstKept = -1;
    for (int i = 0; i < kept.length; i++) {
      key.append(kept[i] ? '1' : '0');
      firstKept = firstKept < 0 && kept[i] ? i : firstKept;
    }
    if (firstKept < 0) {
      return null;
    }
    String asked = key.toString();
    if (answers.containsKey(asked)) {
      return answers.get(asked);
    }
    String all = text();
    String found = null;
    char anchor = word.charAt(firstKept);
    // From each place the first character kept stands: a scan of the table once for each question.
    for (int at = all.indexOf(anchor); at >= 0 && found == null; at = all.indexOf(anchor, at + 1)) {
      int start = at - firstKept;
      if (start >= 0 && start + word.length() <= all.length() && fits(all, start, word, kept)) {
        found = all.substring(start, start + word.length());
      }
    }
    answers.put(asked, found);
    return found;
  }

  /** Whether the text at {@code start} agrees with the word where it kept characters, and differs as letters elsewhere. */
  private static boolean fits(String text, int start, String word, boolean[] kept) {
    boolean differs = false;
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(start + i);
      if (kept[i]) {
        if (c != word.charAt(i)) {
          return false;
        }
      } else if (c == Vocabulary.LOST || !UnicodeCharacters.isLetter(c)) {
        return false;
      } else {
        differs |= c != word.charAt(i);
      }
    }
    return differs;
  }

  private String text() {
    if (text == null) {
      StringBuilder all = new StringBuilder();
      for (RawTable.Row row : table.rows()) {
        for (int column = 0; column < row.cells().size(); column++) {
          all.append(row.cells().words(column)).append('\n');
        }
      }
      text = all.toString();
    }
    return text;
  }
}
