package dev.closecodes.diagnostics;

/**
 * One thing reported, tied to what it is about.
 *
 * @param message which message of the catalogue this is
 * @param where the document line, or the part of the request, it is about
 * @param text the message with its arguments filled in
 */
public record Diagnostic(Message message, Where where, String text) {

  /**
   * The message with its arguments filled in, control and invisible characters from the
   * documents shown escaped (see {@link Printable}).
   */
  public static Diagnostic of(Message message, Where where, Object... arguments) {
    return new Diagnostic(message, where, Printable.escape(message.format(arguments)));
  }

  public Severity severity() {
    return message.severity();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** The document's line it is about; 0 for one about the request. */
  public int line() {
    return where instanceof SourceLocation location ? location.line() : 0;
  }

  /** {@code FILE:LINE: error: MESSAGE}, or {@code error: MESSAGE} for one about the request. */
  @Override
  public String toString() {
    String prefix = where instanceof SourceLocation location ? location + ": " : "";
    return prefix + severity().label() + ": " + text;
  }
}
