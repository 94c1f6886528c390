package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.testing.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the output cache goes for an inputs record, wherever the record is named to go. */
class BuildLayoutTest {

  @TempDir Path folder;

  @Test
  void theCacheOfARecordLaidOutAsMavensIsTheFolderTheReadmeNames() {
    assertEquals(Optional.of(folder.resolve("closecodes-cache")),
        BuildLayout.cacheFolderBeside(folder.resolve("closecodes-inputs.tsv")));
    assertEquals(Optional.of(folder.resolve("closecodes-cache-test-classes")),
        BuildLayout.cacheFolderBeside(folder.resolve("closecodes-inputs-test-classes.tsv")));
  }

  /**
   * A record named after a folder beside it ({@code -Aclosecodes.inputs=target/classes.tsv}) had
   * the cache made in that folder: in the class output, from which the build packaged it into
   * the jar; in {@code src}, among the sources. A cache folder is named so that it is no other.
   */
  @Test
  void theCacheNeverGoesIntoAFolderOfTheBuild() throws Exception {
    for (String name : new String[] {"classes", "test-classes", "src", "generated-sources", "inputs",
        "closecodes-inputs-", "closecodes-inputsX"}) {
      Path record = folder.resolve(name + ".tsv");
      Files.createDirectories(folder.resolve(name));
      assertEquals(Optional.of(folder.resolve(name + ".tsv-cache")), BuildLayout.cacheFolderBeside(record), name);
    }
  }

  /**
   * A record named otherwise ({@code -Aclosecodes.inputs=build/inputs.txt}) had the cache's folder
   * made in its place, so that the record could never be written there ("Is a directory").
   */
  @Test
  void theCacheNeverTakesTheRecordsPlace() {
    for (String name : new String[] {"inputs.txt", "inputs", "record.closecodes"}) {
      Path record = folder.resolve(name);
      assertEquals(Optional.of(folder.resolve(name + "-cache")), BuildLayout.cacheFolderBeside(record), name);
    }
  }

  /**
   * Named as the record, a device or a pipe gets nothing made beside it: no folder in
   * {@code /dev}; nor does a file that is no record, which the record does not replace.
   */
  @Test
  void aRecordThatIsNoRegularFileHasNoCache() throws Exception {
    Path pipe = folder.resolve("pipe");
    SpecialFiles.pipeAt(pipe);
    assertEquals(Optional.empty(), BuildLayout.cacheFolderBeside(pipe));
    assertEquals(Optional.empty(), BuildLayout.cacheFolderBeside(Files.createDirectories(folder.resolve("a-folder"))));
    Path page = Files.writeString(folder.resolve("index.md"), "| `1000` | Normal | Fine. |\n");
    assertEquals(Optional.empty(), BuildLayout.cacheFolderBeside(page), "a page named as the record by a slip");
  }
}
