package dev.closecodes.generate;

/** What Java's class-file limits allow the generated types to hold. */
public final class GenerationLimits {

  /** The most single codes {@code CloseCode} may have constants for. */
  public static final int MAX_CODES = 1000;

  /** The most ranges {@code CloseCodeRange} may have constants for. */
  public static final int MAX_RANGES = 1000;

  /** The most characters a name or description may hold. */
  public static final int MAX_TEXT_CHARS = 8192;

  private GenerationLimits() {}
}
