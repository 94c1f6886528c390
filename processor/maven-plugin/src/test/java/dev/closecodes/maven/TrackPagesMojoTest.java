package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.processor.CompileInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * track-pages removes the annotated elements' class files when an input of the last compile has
 * changed, and only then; never a file outside the class output.
 */
class TrackPagesMojoTest {

  @TempDir Path folder;

  private Path page;
  private Path classes;
  private Path record;
  private Path packageInfo;
  private Path outside;
  private TrackPagesMojo mojo;

  @BeforeEach
  void lastCompile() throws IOException {
    page = Files.writeString(folder.resolve("index.md"), "| `1000` | Normal | Fine. |\n", StandardCharsets.UTF_8);
    classes = Files.createDirectories(folder.resolve("target/classes"));
    packageInfo = Files.createDirectories(classes.resolve("com/example")).resolve("package-info.class");
    Files.write(packageInfo, new byte[] {1});
    outside = Files.write(folder.resolve("target/outside.class"), new byte[] {2});
    record = folder.resolve("target/closecodes-inputs.tsv");
    new CompileInputs(List.of(CompileInputs.Input.at(page.toUri())),
        List.of("com/example/package-info.class", "../outside.class"), false).write(record);
    mojo = new TrackPagesMojo();
    mojo.inputs = record.toFile();
    mojo.classesDirectory = classes.toFile();
  }

  @Test
  void nothingChangedRemovesNothing() throws MojoExecutionException {
    mojo.execute();
    assertTrue(Files.exists(packageInfo));
    assertTrue(Files.exists(record));
  }

  @Test
  void anEditedPageRemovesTheClassFileOfTheAnnotatedPackageAndTheRecordButNothingOutside()
      throws IOException, MojoExecutionException {
    Files.writeString(page, "| `1000` | Normal | Fine, really. |\n", StandardCharsets.UTF_8);
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertFalse(Files.exists(record), "the next compile writes it again");
    assertTrue(Files.exists(outside), "a class file outside the class output stays");
  }

  @Test
  void noRecordYetRemovesNothing() throws IOException, MojoExecutionException {
    Files.delete(record);
    mojo.execute();
    assertTrue(Files.exists(packageInfo));
  }
}
