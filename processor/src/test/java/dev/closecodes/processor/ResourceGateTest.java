package dev.closecodes.processor;

import dev.closecodes.testing.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document found as a resource in a folder, on the processor path or the class path, goes
 * through the gate every file goes through: a named pipe or a device is never opened, since
 * reading one waits for a writer that may never come, and a folder is no document.
 */
class ResourceGateTest {

  @TempDir Path folder;

  /**
   * A folder of resources on the processor path (a sibling module's {@code target/classes}, as a
   * reactor's {@code mvn compile} gives it, or this test's) was read as a page: the JVM lists a
   * folder's entries when asked for its content, and the error was that the listing had no
   * close-code table.
   */
  @Test
  void aFolderOnTheProcessorPathIsAnErrorSayingItIsAFolder() {
    JavaFileObject source = CloseCodeSpecProcessorTest.packageInfo("@CloseCodeSpec(pages = \"fixtures/small\")");
    CloseCodeSpecProcessorTest.assertOnlyError(CloseCodeSpecProcessorTest.compile(source), source, 2,
        "[closecodes] fixtures/small:1: cannot read the file: it is a folder");
  }

  /** A named pipe on the processor path was opened and read: the compile hung. */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a pipe's read cannot be interrupted
  void aPipeOnTheProcessorPathIsAnErrorNotAReadThatNeverEnds() throws Exception {
    Path pipe = SpecialFiles.pipeAt(Path.of("target/test-classes/fixtures/pipe.md"));
    try {
      JavaFileObject source = CloseCodeSpecProcessorTest.packageInfo("@CloseCodeSpec(pages = \"fixtures/pipe.md\")");
      CloseCodeSpecProcessorTest.assertOnlyError(CloseCodeSpecProcessorTest.compile(source), source, 2,
          "[closecodes] fixtures/pipe.md:1: cannot read the file: not a regular file");
    } finally {
      Files.deleteIfExists(pipe);
    }
  }

  /**
   * A named pipe among the project's resources on the class path (where a named module's build
   * or a page kept beside the sources puts it) was opened through javac's Filer: the compile hung.
   */
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPipeOnTheClassPathIsAnErrorNotAReadThatNeverEnds() throws Exception {
    Files.createDirectories(folder.resolve("own"));
    SpecialFiles.pipeAt(folder.resolve("own/close-codes.md"));
    JavaFileObject source = CloseCodeSpecProcessorTest.packageInfo("@CloseCodeSpec(pages = \"own/close-codes.md\")");
    CloseCodeSpecProcessorTest.assertOnlyError(
        CloseCodeSpecProcessorTest.compileWithFirstOnTheClassPath(folder, source), source, 2,
        "[closecodes] own/close-codes.md:1: cannot read the file: not a regular file");
  }

  /**
   * A folder among the resources on the class path, of which javac makes no file object (a
   * client's file manager says so wrapped in an exception of its own), ended the work with
   * "closecodes failed unexpectedly ... please report this". It is no document there.
   */
  @Test
  void aFolderOnTheClassPathIsNoDocumentThereNotAFailure() throws Exception {
    Files.createDirectories(folder.resolve("own/close-codes.md"));
    JavaFileObject source = CloseCodeSpecProcessorTest.packageInfo("@CloseCodeSpec(pages = \"own/close-codes.md\")");
    CloseCodeSpecProcessorTest.assertOnlyError(
        CloseCodeSpecProcessorTest.compileWithFirstOnTheClassPath(folder, source), source, 2,
        "[closecodes] cannot find the document 'own/close-codes.md'; looked in: ");
  }
}
