package dev.closecodes.model;

import dev.closecodes.diagnostics.SourceLocation;

/** A code or range a document lists, and where it lists it: a page's row or a registry entry. */
public interface Listed {

  /** The code or codes listed. */
  CodeRange range();

  /** Where the document lists them. */
  SourceLocation location();
}
