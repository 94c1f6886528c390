package dev.closecodes.model;

/**
 * A place in a spec document.
 *
 * @param file the document's name as the user gave it (a path or a resource name)
 * @param line the 1-based line in the original bytes
 */
public record SourceLocation(String file, int line) {

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
