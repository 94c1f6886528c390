package dev.closecodes.model;

/**
 * An inclusive range of close codes; a single code is a range whose {@code from} equals {@code to}.
 *
 * @param from the first code
 * @param to the last code, not less than {@code from}
 */
public record CodeRange(int from, int to) implements Comparable<CodeRange> {

  /** The largest value a close code can hold: the field is an unsigned 16-bit integer. */
  public static final int MAX_CODE = 0xFFFF;

  public CodeRange {
    if (from < 0 || to > MAX_CODE || from > to) {
      throw new IllegalArgumentException("not a close-code range: " + from + "-" + to);
    }
  }

  /** A range holding one code. */
  public static CodeRange of(int code) {
    return new CodeRange(code, code);
  }

  public boolean isSingle() {
    return from == to;
  }

  public boolean contains(int code) {
    return from <= code && code <= to;
  }

  public boolean contains(CodeRange other) {
    return from <= other.from && other.to <= to;
  }

  public boolean overlaps(CodeRange other) {
    return from <= other.to && other.from <= to;
  }

  /** The codes both ranges hold; they must overlap. */
  public CodeRange sharedWith(CodeRange other) {
    return new CodeRange(Math.max(from, other.from), Math.min(to, other.to));
  }

  // equals and hashCode are written out: the ones a record is given are bootstrapped through
  // java.lang.invoke on first use, which costs a compile's fresh JVM some 30 ms.
  @Override
  public boolean equals(Object other) {
    return other instanceof CodeRange range && range.from == from && range.to == to;
  }

  @Override
  public int hashCode() {
    return 31 * from + to;
  }

  @Override
  public int compareTo(CodeRange other) {
    return from != other.from ? Integer.compare(from, other.from) : Integer.compare(other.to, to);
  }

  /** {@code 1000} for a single code, {@code 3000–3999} for a range. */
  @Override
  public String toString() {
    return isSingle() ? Integer.toString(from) : from + "\u2013" + to;
  }
}
