package dev.closecodes.model;

/**
 * One generated Java source file.
 *
 * @param packageName the package it declares
 * @param typeName the simple name of its one top-level type
 * @param source its text
 */
public record GeneratedFile(String packageName, String typeName, String source) {

  /** {@return the type's qualified name, as the Filer takes it} */
  public String qualifiedName() {
    return packageName.isEmpty() ? typeName : packageName + "." + typeName;
  }

  /** {@return the file's path below a source folder, with {@code /} between folders} */
  public String path() {
    return qualifiedName().replace('.', '/') + ".java";
  }
}
