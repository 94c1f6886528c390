package dev.closecodes.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output as the command line writes it, in UTF-8. A {@code PrintStream} swallows the
 * exception of a write that fails; this one remembers the first, so that a command whose output was
 * lost (a full disk, a closed pipe) says why and fails rather than exits 0 with nothing written.
 */
final class StandardOutput extends PrintStream {

  private final FailureRecorder target;

  StandardOutput(OutputStream out) {
    this(new FailureRecorder(out));
  }

  private StandardOutput(FailureRecorder target) {
    super(target, true, StandardCharsets.UTF_8);
    this.target = target;
  }

  /** The first write that failed, after a flush of what is pending; empty when all was written. */
  Optional<IOException> failure() {
    flush();
    return Optional.ofNullable(target.failure);
  }

  /** Passes bytes on whole and keeps the first exception it sees. */
  private static final class FailureRecorder extends FilterOutputStream {

    private IOException failure;

    FailureRecorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remembered(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length); // whole, not byte by byte as FilterOutputStream would
      } catch (IOException e) {
        throw remembered(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remembered(e);
      }
    }

    private IOException remembered(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
