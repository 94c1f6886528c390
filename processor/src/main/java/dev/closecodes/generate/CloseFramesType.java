package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import java.util.Map;

/**
 * Generates {@code CloseFrames}: the RFC 6455 rules for a close frame's payload, received and
 * sent, in terms of the generated checks and {@code CloseEvent}. Nothing in it depends on the
 * documents, so it is its template as written.
 */
final class CloseFramesType {

  static final String NAME = "CloseFrames";

  private CloseFramesType() {}

  static String source(Target target, CodeTable table) {
    return Template.of(NAME).fill(GeneratedTypes.holes(target, table,
        Map.of("nestedCoverageMark", GeneratedTypes.nestedCoverageMark(target))));
  }
}
