package dev.closecodes.join;

import dev.closecodes.model.CodeRange;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /** The codes 0–65535 the predicate accepts, as the fewest ranges in ascending order. */
  static List<CodeRange> mergedRanges(IntPredicate accepts) {
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
}
