package dev.closecodes.diagnostics;

/**
 * A line of a document: a page or the registry.
 *
 * @param file the document's name as the user gave it (a path or a resource name)
 * @param line the 1-based line in the original bytes
 */
public record SourceLocation(String file, int line) implements Where {

  @Override
  public String toString() {
    return Printable.escape(file) + ":" + line;
  }
}
