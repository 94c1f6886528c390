package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;

/**
 * What reading one piece of a page (a cell, a paragraph, an element) needs from the page as a
 * whole: its name and where to report, for the errors and repairs found deep inside parsing, far
 * from the loop that reads the page; and the page's link reference definitions, which a piece
 * read alone would otherwise not see.
 *
 * @param file the document's name
 * @param diagnostics where errors and warnings go
 * @param links the page's link reference definitions
 */
record PageContext(String file, Diagnostics diagnostics, LinkDefinitions links) {

  /** The context of a document that defines no links by reference. */
  PageContext(String file, Diagnostics diagnostics) {
    this(file, diagnostics, LinkDefinitions.NONE);
  }

  /** Reports markup nested deeper than {@link InputLimits#MAX_NESTING} at the line, and ends the work. */
  Diagnostics.Abort tooDeep(int line) {
    return diagnostics.fail(Message.NESTED_TOO_DEEPLY, new SourceLocation(file, line), InputLimits.MAX_NESTING);
  }
}
