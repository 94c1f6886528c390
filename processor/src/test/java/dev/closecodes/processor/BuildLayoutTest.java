package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.testing.SpecialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the project's folder is, found from the class output; where the output cache goes for an
 * inputs record, wherever the record is named to go.
 */
class BuildLayoutTest {

  @TempDir Path folder;

  @Test
  void theProjectsFolderIsTheNearestAboveTheClassOutputWithABuildFile() throws Exception {
    assertEquals(Optional.of(folder.resolve("maven")),
        projectFolder(folder.resolve("maven"), "pom.xml", "maven/target/classes"));
    assertEquals(Optional.of(folder.resolve("gradle")),
        projectFolder(folder.resolve("gradle"), "build.gradle", "gradle/build/classes/java/main"));
    Path multi = folder.resolve("multi");
    Files.createDirectories(multi);
    Files.writeString(multi.resolve("settings.gradle"), "include 'ws'\n");
    assertEquals(Optional.of(multi.resolve("ws")),
        projectFolder(multi.resolve("ws"), "build.gradle.kts", "multi/ws/build/classes/java/main"));
    assertEquals(Optional.empty(), BuildLayout.projectFolderAbove(folder.resolve("plain/build/classes/java/main")),
        "a plain javac -d, with no build file above it");
  }

  /**
   * A Gradle subproject needs no build file of its own where the root's build configures it
   * ({@code subprojects { ... }}, {@code project(':ws') { ... }}): the nearest build file above
   * its class output was the root's, and its pages and lock file were looked for there.
   */
  @Test
  void aGradleSubprojectWithoutABuildFileOfItsOwnIsTheFolderItsBuildFolderIsIn() throws Exception {
    for (String settings : new String[] {"settings.gradle", "settings.gradle.kts"}) {
      Path root = Files.createDirectories(folder.resolve(settings + "-root"));
      Files.writeString(root.resolve(settings), "include 'ws', 'libs:core'\n");
      Files.writeString(root.resolve("build.gradle"), "subprojects { apply plugin: 'java' }\n");
      assertEquals(Optional.of(root.resolve("ws")),
          BuildLayout.projectFolderAbove(root.resolve("ws/build/classes/java/main")), settings);
      assertEquals(Optional.of(root.resolve("libs/core")),
          BuildLayout.projectFolderAbove(root.resolve("libs/core/build/classes/java/test")), settings);
      assertEquals(Optional.of(root.resolve("ws")),
          BuildLayout.projectFolderAbove(root.resolve("ws/build/classes/main")), "Gradle 3's layout, " + settings);
      // a build folder named otherwise is not told from any other folder: the root's build file decides
      assertEquals(Optional.of(root),
          BuildLayout.projectFolderAbove(root.resolve("ws/out/classes/java/main")), settings);
    }
    // Maven's build folder named build is Maven's project all the same
    assertEquals(Optional.of(folder.resolve("maven-build")),
        projectFolder(folder.resolve("maven-build"), "pom.xml", "maven-build/build/classes"));
  }

  /** The project folder found for {@code classOutput} (under this test's folder) with {@code buildFile} in {@code project}. */
  private Optional<Path> projectFolder(Path project, String buildFile, String classOutput) throws Exception {
    Files.createDirectories(project);
    Files.writeString(project.resolve(buildFile), "");
    return BuildLayout.projectFolderAbove(folder.resolve(classOutput));
  }

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
