package dev.closecodes.testing;

import java.nio.file.Path;

/** The documents of the spec-source module, read from its folder beside this one. */
public final class SpecSource {

  /** The MDN page as received. */
  public static final Path RECEIVED_PAGE =
      Path.of("..", "spec-source", "src", "main", "resources", "mdn", "fr", "web", "api", "closeevent", "index.md");

  /** The registry facts. */
  public static final Path REGISTRY =
      Path.of("..", "spec-source", "src", "main", "resources", "iana", "websocket-close-codes.csv");

  private SpecSource() {}
}
