package dev.closecodes.diagnostics;

import dev.closecodes.model.SourceLocation;

/**
 * One thing reported about a spec document, tied to a place in it.
 *
 * @param message which message of the catalogue this is
 * @param location the file and line it is about
 * @param text the message with its arguments filled in
 */
public record Diagnostic(Message message, SourceLocation location, String text) {

  public static Diagnostic of(Message message, SourceLocation location, Object... arguments) {
    return new Diagnostic(message, location, message.format(arguments));
  }

  public Severity severity() {
    return message.severity();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** The compiler-style line: {@code FILE:LINE: error: MESSAGE}. */
  @Override
  public String toString() {
    return location + ": " + severity().label() + ": " + text;
  }
}
