package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass tests of one edit and of one typo are the distances' answers. */
class VocabularyTest {

  @Test
  void withinOneEditIsAnEditDistanceOfAtMostOneForEveryShortString() {
    List<String> strings = shortStrings();
    for (String a : strings) {
      for (String b : strings) {
        assertEquals(Vocabulary.editDistanceAtMost(a, b, 1), Vocabulary.withinOneEdit(a, b), a + " / " + b);
      }
    }
  }

  @Test
  void withinOneEditIsAnEditDistanceOfAtMostOneForRandomWords() {
    Random random = new Random(1015);
    for (int i = 0; i < 200_000; i++) {
      String a = word(random);
      String b = random.nextBoolean() ? word(random) : mutated(a, random);
      assertEquals(Vocabulary.editDistanceAtMost(a, b, 1), Vocabulary.withinOneEdit(a, b), a + " / " + b);
    }
  }

  /**
   * One typo is a distance of one where a swap of two letters side by side counts as one edit
   * (the optimal string alignment distance), computed here from its table.
   */
  @Test
  void oneTypoApartIsAnAlignmentDistanceOfOneForEveryShortString() {
    List<String> strings = shortStrings();
    for (String a : strings) {
      for (String b : strings) {
        assertEquals(alignmentDistance(a, b) == 1, Vocabulary.oneTypoApart(a, b), a + " / " + b);
      }
    }
  }

  /** Every string of up to five letters of a, b and c, the empty one too. */
  private static List<String> shortStrings() {
    List<String> strings = new ArrayList<>(List.of(""));
    for (int from = 0, length = 1; length <= 5; length++) {
      int to = strings.size();
      for (int i = from; i < to; i++) {
        for (char c : new char[] {'a', 'b', 'c'}) {
          strings.add(strings.get(i) + c);
        }
      }
      from = to;
    }
    return strings;
  }

  private static int alignmentDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int length = random.nextInt(12); length > 0; length--) {
      word.append("codeé ñ".charAt(random.nextInt(7)));
    }
    return word.toString();
  }

  /** The word with up to two random edits. */
  private static String mutated(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    for (int edits = random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, "cox".charAt(random.nextInt(3)));
        case 1 -> {
          if (at < out.length()) {
            out.deleteCharAt(at);
          }
        }
        default -> {
          if (at < out.length()) {
            out.setCharAt(at, "dex".charAt(random.nextInt(3)));
          }
        }
      }
    }
    return out.toString();
  }
}
