package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import java.util.Map;

/**
 * Generates {@code CloseEvent}: the value a WebSocket close delivers, with the DOM's defaults and
 * the page's own words as its documentation.
 */
final class CloseEventType {

  static final String NAME = "CloseEvent";

  private CloseEventType() {}

  static String source(Target target, CodeTable table) {
    PageProse prose = table.page().prose();
    return Template.of(NAME).fill(GeneratedTypes.holes(target, table, Map.of(
        "summary", text(prose.summary(), "", "A {@code CloseEvent} is sent to clients using WebSockets when the"
            + " connection is closed."),
        "code", text(prose.code(), "  ", "Returns the close code."),
        "reason", text(prose.reason(), "  ", "Returns the reason the connection was closed."),
        "wasClean", text(prose.wasClean(), "  ", "Returns whether the connection closed cleanly."))));
  }

  /** The page's words as comment lines, or the fallback where the page says nothing. */
  private static String text(RichText text, String indent, String fallback) {
    return JavadocText.comment(text.isEmpty() ? fallback : JavadocText.render(text), indent);
  }
}
