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

  /** {@return the generation mark the source carries, as {@code sha256:} and 64 digits; empty if none} */
  public java.util.Optional<String> generationMark() {
    int start = source.indexOf(MARK_START);
    int hash = start + MARK_START.length();
    return start < 0 || hash + 64 > source.length() ? java.util.Optional.empty()
        : java.util.Optional.of("sha256:" + source.substring(hash, hash + 64));
  }

  /**
   * The generation mark in a type's Javadoc as javac gives it (without the comment's stars), as
   * {@code sha256:} and 64 digits: what tells closecodes' own output, of any documents, from a
   * type written by hand.
   *
   * @param javadoc the Javadoc, or null for none
   * @return the mark; empty where there is none
   */
  public static java.util.Optional<String> markIn(String javadoc) {
    java.util.regex.Matcher mark = java.util.regex.Pattern
        .compile("the hash of all five:\\s*\\{@code (sha256:[0-9a-f]{64})\\}").matcher(javadoc == null ? "" : javadoc);
    return mark.find() ? java.util.Optional.of(mark.group(1)) : java.util.Optional.empty();
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
