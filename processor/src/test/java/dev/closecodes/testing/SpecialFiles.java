package dev.closecodes.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Files that are no regular files, for the tests of what is neither read nor replaced. */
public final class SpecialFiles {

  private SpecialFiles() {}

  /**
   * Makes a named pipe at {@code path} with the system's {@code mkfifo}; the test is skipped where
   * there is none, or it fails.
   *
   * @return the pipe's path
   */
  public static Path pipeAt(Path path) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return path;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return path;
  }
}
