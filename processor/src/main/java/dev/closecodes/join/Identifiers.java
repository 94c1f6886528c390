package dev.closecodes.join;

import dev.closecodes.model.CodeRange;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * {@code NORMAL_CLOSURE}, {@code close_normal} becomes {@code CLOSE_NORMAL}, accents are dropped.
   * Empty when nothing usable is left, or the result does not start with a letter.
   */
  static Optional<String> constantName(String written) {
    String ascii = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String name = ascii.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(name);
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
