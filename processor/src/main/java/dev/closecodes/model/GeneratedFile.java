package dev.closecodes.model;

/**
 * One generated Java source file.
 *
 * @param packageName the package it declares
 * @param typeName the simple name of its one top-level type
 * @param source its text
 */
public record GeneratedFile(String packageName, String typeName, String source) {

  /**
   * What stands before the generation mark in a type's Javadoc; the 64 hexadecimal digits of the
   * SHA-256 of everything generated follow. A compile that finds the types among its sources with the
   * mark of what it would generate keeps them as they are.
   */
  public static final String MARK_START = "the hash of all five:\n * {@code sha256:";

  /** What stands before the mark in the Javadoc, whether its comment's stars are there or not. */
  private static final String MARK_LEAD = "the hash of all five:";

  /** What stands between the lead's whitespace and stars and the 64 digits. */
  private static final String MARK_CODE = "{@code sha256:";

  /** {@return the generation mark the source carries, as {@code sha256:} and 64 digits; empty if none} */
  public java.util.Optional<String> generationMark() {
    return markIn(source);
  }

  /**
   * The generation mark in a source, or in a type's Javadoc as javac gives it (without the
   * comment's stars), as {@code sha256:} and 64 digits: what tells closecodes' own output, of any
   * documents, from a type written by hand.
   *
   * @param text the source or the Javadoc, or null for none
   * @return the mark; empty where there is none
   */
  public static java.util.Optional<String> markIn(String text) {
    int lead = text == null ? -1 : text.indexOf(MARK_LEAD);
    if (lead < 0) {
      return java.util.Optional.empty();
    }
    int at = lead + MARK_LEAD.length();
    while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '*')) {
      at++;
    }
    int hash = at + MARK_CODE.length();
    if (!text.startsWith(MARK_CODE, at) || hash + 64 >= text.length() || text.charAt(hash + 64) != '}') {
      return java.util.Optional.empty();
    }
    for (int i = hash; i < hash + 64; i++) {
      char digit = text.charAt(i);
      if ((digit < '0' || digit > '9') && (digit < 'a' || digit > 'f')) {
        return java.util.Optional.empty(); // the digits are lower-case hexadecimal
      }
    }
    return java.util.Optional.of("sha256:" + text.substring(hash, hash + 64));
  }

  /** {@return the type's qualified name, as the Filer takes it} */
  public String qualifiedName() {
    return packageName.isEmpty() ? typeName : packageName + "." + typeName;
  }

  /** {@return the file's path below a source folder, with {@code /} between folders} */
  public String path() {
    return qualifiedName().replace('.', '/') + ".java";
  }
}
