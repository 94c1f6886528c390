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

  /**
   * A damaged record may name no class file: the class files of every Java source are then
   * removed, or the compiler plugin would compile nothing and, the record gone, no later build
   * would see that a page had changed.
   */
  @Test
  void aDamagedRecordRemovesTheClassFilesOfEveryJavaSource() throws IOException, MojoExecutionException {
    Path sources = javaSources("src/main/java");
    mojo.compileSourceRoots = List.of(sources.toString(), folder.resolve("src/main/absent").toString());
    Path use = Files.write(classes.resolve("com/example/Use.class"), new byte[] {3});
    Path kotlin = Files.write(classes.resolve("com/example/FromKotlin.class"), new byte[] {4});
    for (byte[] damaged : List.of("input\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, '\n'})) {
      Files.write(record, damaged);
      Files.write(packageInfo, new byte[] {1});
      Files.write(use, new byte[] {3});
      mojo.execute();
      assertFalse(Files.exists(packageInfo), "javac runs again");
      assertFalse(Files.exists(use));
      assertTrue(Files.exists(kotlin), "a class file of no Java source stays");
      assertFalse(Files.exists(record));
    }
  }

  /** For the test classes, the test sources' class files. */
  @Test
  void aDamagedRecordOfTheTestsRemovesTheClassFilesOfTheTestSources() throws IOException, MojoExecutionException {
    mojo.compileSourceRoots = List.of(javaSources("src/main/java").toString());
    mojo.testCompileSourceRoots = List.of(javaSources("src/test/java").toString());
    Path testClasses = Files.createDirectories(folder.resolve("target/test-classes/com/example"));
    Path testUse = Files.write(testClasses.resolve("Use.class"), new byte[] {3});
    mojo.classesDirectory = folder.resolve("target/test-classes").toFile();
    mojo.testOutputDirectory = folder.resolve("target/test-classes").toFile();
    Files.writeString(record, "input\n", StandardCharsets.UTF_8);
    mojo.execute();
    assertFalse(Files.exists(testUse));
    assertTrue(Files.exists(packageInfo), "the main classes are another compile's");
  }

  /** A source folder with {@code com/example/package-info.java} and {@code Use.java}. */
  private Path javaSources(String name) throws IOException {
    Path root = Files.createDirectories(folder.resolve(name).resolve("com/example"));
    Files.writeString(root.resolve("package-info.java"), "package com.example;\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("Use.java"), "package com.example;\nclass Use {}\n", StandardCharsets.UTF_8);
    return folder.resolve(name);
  }

  @Test
  void noRecordYetRemovesNothing() throws IOException, MojoExecutionException {
    Files.delete(record);
    mojo.execute();
    assertTrue(Files.exists(packageInfo));
  }
}
