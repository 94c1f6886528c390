package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.processor.CompileInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
  private Path closeCode;
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
        List.of("com/example/package-info.class", "../outside.class"), List.of("com/example/CloseCode.class"), false)
        .write(record);
    // javac writes the class files after the processor wrote the record
    closeCode = Files.write(classes.resolve("com/example/CloseCode.class"), new byte[] {5});
    for (Path classFile : List.of(packageInfo, closeCode)) {
      Files.setLastModifiedTime(classFile, later(Files.getLastModifiedTime(record), 1));
    }
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

  private static FileTime later(FileTime time, int seconds) {
    return FileTime.fromMillis(time.toMillis() + seconds * 1000L);
  }

  /**
   * A compile that failed after the processor ran (an error in another source) wrote the record
   * and the generated sources, but no class file: the class files are those of the compile
   * before, older than the record. Unless they go, a compiler plugin that compiles only the
   * sources whose class files are out of date ({@code useIncrementalCompilation=false}) keeps the
   * old generated classes for good.
   */
  @Test
  void aRecordNewerThanTheClassFilesItNamesIsACompileThatDidNotFinish() throws IOException, MojoExecutionException {
    Files.setLastModifiedTime(packageInfo, later(Files.getLastModifiedTime(record), -5));
    Files.setLastModifiedTime(outside, later(Files.getLastModifiedTime(record), -5));
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertFalse(Files.exists(record));
    assertTrue(Files.exists(outside), "a class file outside the class output stays, and tells nothing");
  }

  /**
   * javac may write the annotated package's class file before it meets the error elsewhere, and
   * the generated types' after it, so not at all: theirs tell too, an old one or none.
   */
  @Test
  void aGeneratedClassFileOlderThanTheRecordOrMissingIsACompileThatDidNotFinish()
      throws IOException, MojoExecutionException {
    Files.setLastModifiedTime(closeCode, later(Files.getLastModifiedTime(record), -5));
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertFalse(Files.exists(record));

    lastCompile();
    Files.delete(closeCode);
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertFalse(Files.exists(record));
  }

  /** The file system's clock may give a class file written just after the record the same time. */
  @Test
  void aClassFileOfTheRecordsOwnTimeIsOfAFinishedCompile() throws IOException, MojoExecutionException {
    Files.setLastModifiedTime(packageInfo, Files.getLastModifiedTime(record));
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

  /**
   * Without {@code <inputs>}, the record is looked for where the processor writes it: beside the
   * class output, named after it, so a build whose class output is not {@code target/classes}
   * (a {@code <outputDirectory>} of its own, or the tests') is tracked too.
   */
  @Test
  void withoutInputsTheRecordIsTheOneBesideTheClassOutput() throws IOException, MojoExecutionException {
    Path main = Files.createDirectories(folder.resolve("build/main/com/example"));
    Path mainPackageInfo = Files.write(main.resolve("package-info.class"), new byte[] {1});
    Path mainRecord = folder.resolve("build/closecodes-inputs-main.tsv");
    assertEquals(mainRecord, CompileInputs.recordBeside(folder.resolve("build/main")));
    assertEquals(record, CompileInputs.recordBeside(classes), "target/classes keeps its record's plain name");
    new CompileInputs(List.of(CompileInputs.Input.at(page.toUri())), List.of("com/example/package-info.class"),
        List.of(), false).write(mainRecord);
    Files.setLastModifiedTime(mainPackageInfo, later(Files.getLastModifiedTime(mainRecord), 1));
    mojo.inputs = null;
    mojo.classesDirectory = folder.resolve("build/main").toFile();
    mojo.execute();
    assertTrue(Files.exists(mainPackageInfo), "nothing changed");

    Files.writeString(page, "| `1000` | Normal | Fine, really. |\n", StandardCharsets.UTF_8);
    mojo.execute();
    assertFalse(Files.exists(mainPackageInfo), "javac runs again");
    assertFalse(Files.exists(mainRecord));
    assertTrue(Files.exists(packageInfo), "target/classes is not this compile's");
  }

  /** A module that was never compiled, or has nothing annotated, has no record: nothing to track. */
  @Test
  void noRecordYetRemovesNothing() throws IOException, MojoExecutionException {
    mojo.compileSourceRoots = List.of(javaSources("src/main/java").toString());
    Path use = Files.write(classes.resolve("com/example/Use.class"), new byte[] {3});
    Files.delete(record);
    mojo.execute();
    assertTrue(Files.exists(packageInfo));
    assertTrue(Files.exists(use));
    assertFalse(Files.exists(record));
  }
}
