package dev.closecodes.join;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.model.CodeRange;
import dev.closecodes.testing.RandomTexts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  /** Every code asked, the way the ranges were worked out before boundaries: the reference. */
  private static List<CodeRange> everyCodeAsked(IntPredicate accepts) {
    List<CodeRange> ranges = new ArrayList<>();
    int start = -1;
    for (int code = 0; code <= CodeRange.MAX_CODE + 1; code++) {
      boolean in = code <= CodeRange.MAX_CODE && accepts.test(code);
      if (in && start < 0) {
        start = code;
      } else if (!in && start >= 0) {
        ranges.add(new CodeRange(start, code - 1));
        start = -1;
      }
    }
    return ranges;
  }

  @Test
  void askingAtTheBoundariesGivesWhatAskingEveryCodeGives() {
    Random random = new Random(6455);
    for (int trial = 0; trial < 500; trial++) {
      // A predicate made of random ranges, and their edges as the boundaries.
      List<CodeRange> members = new ArrayList<>();
      SortedSet<Integer> boundaries = new TreeSet<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        int from = random.nextInt(trial % 2 == 0 ? 6000 : CodeRange.MAX_CODE + 1);
        int to = Math.min(CodeRange.MAX_CODE, from + random.nextInt(trial % 3 == 0 ? 3 : 2000));
        members.add(new CodeRange(from, to));
        boundaries.add(from);
        boundaries.add(to + 1);
      }
      boolean[] member = new boolean[CodeRange.MAX_CODE + 1];
      members.forEach(range -> java.util.Arrays.fill(member, range.from(), range.to() + 1, true));
      IntPredicate accepts = code -> member[code];
      assertEquals(everyCodeAsked(accepts), Identifiers.mergedRanges(accepts, boundaries), members::toString);
    }
  }

  @Test
  void theWholeSpaceAndNothingAreOneRangeAndNone() {
    assertEquals(List.of(new CodeRange(0, CodeRange.MAX_CODE)), Identifiers.mergedRanges(code -> true, new TreeSet<>()));
    assertEquals(List.of(), Identifiers.mergedRanges(code -> false, new TreeSet<>(List.of(5, 70_000))));
    assertEquals(List.of(new CodeRange(CodeRange.MAX_CODE, CodeRange.MAX_CODE)),
        Identifiers.mergedRanges(code -> code == CodeRange.MAX_CODE, new TreeSet<>(List.of(CodeRange.MAX_CODE))));
  }

  /** Latin letters that no decomposition takes apart, as they are spelled without them. */
  private static final String[][] SPELLED_OUT = {
      {"ß", "ss"}, {"ẞ", "SS"}, {"đ", "d"}, {"Đ", "D"}, {"ð", "d"}, {"Ð", "D"}, {"ø", "o"}, {"Ø", "O"},
      {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"}, {"ł", "l"}, {"Ł", "L"}, {"þ", "th"}, {"Þ", "TH"},
      {"ı", "i"}, {"ħ", "h"}, {"Ħ", "H"}, {"ŧ", "t"}, {"Ŧ", "T"}};

  /**
   * A constant name by its definition: letters without a decomposition spelled out, decomposed,
   * marks and invisible format characters dropped, each run of the rest one underscore.
   */
  private static Optional<String> constantNameByDefinition(String written) {
    written = written.replaceAll("\\p{Cf}+", "");
    for (String[] letter : SPELLED_OUT) {
      written = written.replace(letter[0], letter[1]);
    }
    String ascii = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String name = ascii.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? Optional.empty() : Optional.of(name);
  }

  /**
   * German, Vietnamese and the Nordic languages write letters that are no base letter and a mark:
   * they are spelled as those languages spell them in ASCII, never dropped.
   */
  @Test
  void lettersWithoutADecompositionAreSpelledOut() {
    assertEquals(Optional.of("NORMALE_SCHLIESSUNG"), Identifiers.constantName("Normale Schließung"));
    assertEquals(Optional.of("DONG_BINH_THUONG"), Identifiers.constantName("Đóng bình thường"));
    assertEquals(Optional.of("KHONG_NHAN_DUOC_TRANG_THAI"), Identifiers.constantName("Không nhận được trạng thái"));
    assertEquals(Optional.of("LUKKET_AF_FORSOG"), Identifiers.constantName("Lukket af forsøg"));
    assertEquals(Optional.of("OEUVRE_AE_THORN"), Identifiers.constantName("Œuvre æ þorn"));
    assertEquals(Optional.of("LODZ"), Identifiers.constantName("Łódź"));
  }

  /**
   * A soft hyphen ({@code &shy;}) or a zero-width space marks where a browser may break a word,
   * and shows nothing: the word is read as one, where it had been cut in two
   * ({@code ABNOR_MAL_CLOSURE}). So is a word with a control character in it ({@code GO_ING}).
   */
  @Test
  void anInvisibleCharacterInsideAWordDoesNotCutIt() {
    assertEquals(Optional.of("ABNORMAL_CLOSURE"), Identifiers.constantName("Abnor\u00admal Closure"));
    assertEquals(Optional.of("UNSUPPORTED_DATA"), Identifiers.constantName("Unsup\u200bported Data"));
    assertEquals(Optional.of("GOING_AWAY"), Identifiers.constantName("\u2066Going\u2069 \u202eAway\u2060"));
    assertEquals(Optional.of("VERBINDUNGSABBRUCH"), Identifiers.constantName("Verbindungs\u00ad\u200babbruch"));
    // nor does a control character (a word processor's optional hyphen, U+001F), though white space does
    assertEquals(Optional.of("GOING_AWAY"), Identifiers.constantName("Go\u001fing\u0007\u0085 Away"));
    assertEquals(Optional.of("GOING_AWAY"), Identifiers.constantName("Going\tAway"));
  }

  @Test
  void aConstantNameIsWhatItsDefinitionMakes() {
    List<String> names = new ArrayList<>(List.of("Normal Closure", "close_normal", "  Going away!  ", "Réservé",
        "Fermeture normale", "1000", "_x_", "Ünsupported  Data", "Ⅻ roman", "ǅemal", "ﬁnal", "ｆｕｌｌ",
        "a\u0301b", "x\uD834\uDD65y", "\uD834\uDD65", "tls-handshake", "ステータス", "İstanbul", "Straße", "ĐƯỢC", "Ærø", "ıı", ""));
    Random random = new Random(6455);
    String alphabet = "aZ09 _-.é\u0301\u20ddÅﬁ\u00a0ǅ\uD834\uDD65ж語\tßđØœ\u00ad\u200b\u202e\uDB40\uDC49";
    for (int i = 0; i < 20_000; i++) {
      names.add(RandomTexts.ofCharacters(random, alphabet, 9));
    }
    for (String name : names) {
      assertEquals(constantNameByDefinition(name), Identifiers.constantName(name), name);
    }
  }
}
