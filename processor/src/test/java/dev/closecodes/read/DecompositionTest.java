package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.closecodes.testing.RandomTexts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Words fold as they would through the JDK's normalizer, for every code point and for random text
 * of the covered scripts, marks and characters outside them mixed.
 */
class DecompositionTest {

  /**
   * The fold by its definition: the JDK's canonical decomposition in place of the covered scripts'
   * table, after full-width forms are made ASCII's.
   */
  private static String foldByDefinition(String text) {
    return Vocabulary.lettersAndDigits(Normalizer.normalize(Vocabulary.withoutStrokes(Vocabulary.ofNormalWidth(text)),
        Normalizer.Form.NFD).toLowerCase(Locale.ROOT));
  }

  @Test
  void everyCodePointFoldsAsTheNormalizerFoldsIt() {
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      String text = "x" + new String(Character.toChars(codePoint)) + "y";
      assertEquals(foldByDefinition(text), Vocabulary.fold(text), () -> Integer.toHexString(text.codePointAt(1)));
    }
  }

  @Test
  void randomTextFoldsAsTheNormalizerFoldsIt() {
    Random random = new Random(6455);
    String[] pieces = {"a", "Z", "é", "É", "\u0301", "\u0327", "\u3099", "ガ", "ど", "상", "태", "й", "Ё", "ά", "Σ", "ς",
        "İ", "ǅ", "ﬁ", "Å", "Ω", "ß", "ł", "ø", "中", "\u2260", "—", "–", "\u2019", "\u2060", "\u2002", " ", ".", "1", "✓", "\uD83E\uDD7A", "\uD87E\uDC00",
        "\uD800", "ǖ", "ệ", "ῷ", "\u0344", "\u0F73", "ொ"};
    for (int i = 0; i < 100_000; i++) {
      String text = RandomTexts.ofPieces(random, pieces, 10);
      assertEquals(foldByDefinition(text), Vocabulary.fold(text), text);
    }
  }

  @Test
  void theScriptsOfThePagesNeedNoNormalizer() {
    for (String word : new String[] {"Réservé", "ステータスコード", "상태 코드", "зарезервирован", "Mô tả", "狀態碼", "(˘ω˘) 🥺"}) {
      assertNotNull(Decomposition.withoutMarks(word), word);
    }
    assertNull(Decomposition.withoutMarks("\uD87E\uDC00"), "a compatibility ideograph is left to the normalizer");
  }
}
