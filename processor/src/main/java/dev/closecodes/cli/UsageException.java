package dev.closecodes.cli;

/** A command line that does not say what to do; its message names what is wrong. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
