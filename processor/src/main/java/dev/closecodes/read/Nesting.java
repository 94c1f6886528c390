package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;

/**
 * The limit on how deep a document's markup may nest, and where to report passing it: the one
 * error that arises deep inside parsing, far from the loop that reads the document.
 *
 * @param file the document's name
 * @param diagnostics where the error goes
 */
record Nesting(String file, Diagnostics diagnostics) {

  /** Reports markup nested deeper than {@link InputLimits#MAX_NESTING} at the line, and ends the work. */
  Diagnostics.Abort tooDeep(int line) {
    return diagnostics.fail(Message.NESTED_TOO_DEEPLY, new SourceLocation(file, line), InputLimits.MAX_NESTING);
  }
}
