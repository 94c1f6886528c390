package dev.closecodes.join;

import dev.closecodes.model.CodeRange;
import dev.closecodes.text.UnicodeCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import javax.lang.model.SourceVersion;

/** Names and sets as the generated code needs them. */
final class Identifiers {

  private Identifiers() {}

  /**
   * An upper-case constant name made from a name as written: {@code Normal Closure} becomes
   * {@code NORMAL_CLOSURE}, {@code close_normal} becomes {@code CLOSE_NORMAL}, accents are dropped,
   * and a letter such as {@code ß} or {@code đ} is spelled out ({@code SS}, {@code D}); invisible
   * characters, control characters among them, do not part words ({@code Abnor&shy;mal} is
   * {@code ABNORMAL}).
   * Empty when nothing usable is left, or the result does not start with a letter.
   */
  static Optional<String> constantName(String written) {
    // Decomposed, so that an accent is a mark of its own, dropped, and its letter is kept.
    String decomposed = isAscii(written) ? written : Normalizer.normalize(written, Normalizer.Form.NFD);
    StringBuilder name = new StringBuilder(decomposed.length());
    boolean separated = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      // An invisible format character (a soft hyphen, a zero-width space) or a control character
      // shows nothing, so the letters either side of it read as one word.
      if (UnicodeCharacters.isMark(c) || UnicodeCharacters.isFormatOrControl(c)) {
        continue;
      }
      String spelled = c < 0xc6 ? null : spelledOut(c); // Æ is the first
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || spelled != null) {
        if (separated && name.length() > 0) {
          name.append('_');
        }
        if (spelled != null) {
          name.append(spelled);
        } else {
          name.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c));
        }
        separated = false;
      } else {
        separated = true; // a run of anything else is one underscore, none at either end
      }
    }
    if (name.length() == 0 || !UnicodeCharacters.isLetter(name.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(name.toString());
  }

  /**
   * A Latin letter that no decomposition takes apart into a base letter and a mark, upper-cased as
   * German, Vietnamese, French and the Nordic languages spell it without it ({@code ß} is {@code SS},
   * {@code đ} is {@code D}); null for any other character.
   */
  private static String spelledOut(int c) {
    return switch (c) {
      case 'ß', 'ẞ' -> "SS";
      case 'đ', 'Đ', 'ð', 'Ð' -> "D";
      case 'ø', 'Ø' -> "O";
      case 'æ', 'Æ' -> "AE";
      case 'œ', 'Œ' -> "OE";
      case 'ł', 'Ł' -> "L";
      case 'þ', 'Þ' -> "TH";
      case 'ı' -> "I";
      case 'ħ', 'Ħ' -> "H";
      case 'ŧ', 'Ŧ' -> "T";
      default -> null;
    };
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} can name a constant in Java source. */
  static boolean isJavaIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /**
   * The codes 0–65535 the predicate accepts, as the fewest ranges in ascending order, where the
   * predicate can change its answer only at the given boundaries: it is asked once for each stretch
   * between two of them, not 65,536 times, which a processor started cold in each compile would
   * feel. A boundary is the first code of a stretch; 0 is always one.
   */
  static List<CodeRange> mergedRanges(IntPredicate accepts, SortedSet<Integer> boundaries) {
    TreeSet<Integer> starts = new TreeSet<>(boundaries.subSet(0, CodeRange.MAX_CODE + 1));
    starts.add(0);
    List<CodeRange> ranges = new ArrayList<>();
    int openFrom = -1;
    for (int start : starts) {
      Integer next = starts.higher(start);
      int end = next == null ? CodeRange.MAX_CODE : next - 1;
      if (accepts.test(start)) {
        if (openFrom < 0) {
          openFrom = start;
        }
      } else if (openFrom >= 0) {
        ranges.add(new CodeRange(openFrom, start - 1));
        openFrom = -1;
      }
      if (end == CodeRange.MAX_CODE && openFrom >= 0) {
        ranges.add(new CodeRange(openFrom, end));
      }
    }
    return ranges;
  }
}
