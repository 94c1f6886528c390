package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.read.Document;
import dev.closecodes.testing.SpecialFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the {@code closecodes.inputs} option, a compile records each document it read (from a
 * file, from the processor path, from a jar on the class path) with its SHA-256, and the class file
 * of each annotated element; the record then tells an edited, missing or failed input from an
 * unchanged one.
 */
class CompileInputsTest {

  private static final String PAGE = """
      | Code | Name | Description |
      | --- | --- | --- |
      | `1000` | Normal Closure | Done. |
      | `1001` | Going Away | Leaving. |
      """;

  @TempDir Path folder;

  private Compilation compile(List<Path> classPath, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-A" + CompileInputs.OPTION + "=" + folder.resolve("out/inputs.tsv"))
        .withClasspath(classPath.stream().map(Path::toFile).toList())
        .compile(sources);
  }

  /** This test's class path (where the annotation is), and {@code more}. */
  private static List<Path> classPathWith(Path... more) {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      paths.add(Path.of(entry));
    }
    paths.addAll(List.of(more));
    return paths;
  }

  @Test
  void aCompileRecordsEachDocumentItReadAndTheClassFileOfTheAnnotatedPackage() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Compilation compilation = compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\", registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();

    CompileInputs inputs = CompileInputs.read(folder.resolve("out/inputs.tsv"));
    assertEquals(List.of("org/example/ws/package-info.class"), inputs.classFiles());
    // what it generated, whose class files tell a compile that finished from one that stopped
    assertEquals(List.of("org/example/ws/CloseCode.class", "org/example/ws/CloseCodeRange.class",
        "org/example/ws/CloseCodes.class", "org/example/ws/CloseEvent.class", "org/example/ws/CloseFrames.class"),
        inputs.generatedClassFiles());
    assertEquals(3, inputs.inputs().size(), inputs.toString());
    assertEquals(new CompileInputs.Input(page.toUri(), Document.sha256(Files.readAllBytes(page))),
        inputs.inputs().get(0));
    URI registry = inputs.inputs().get(1).address();
    assertTrue(registry.toString().endsWith("fixtures/small/registry.csv"), registry.toString());
    // the registry was found as a resource, after no file of its name was there
    assertEquals(CompileInputs.Input.absent(Path.of("fixtures/small/registry.csv").toAbsolutePath()),
        inputs.inputs().get(2));
    assertFalse(inputs.failed());
    assertEquals(List.of(), inputs.changes(), "nothing changed since");

    Files.writeString(page, PAGE.replace("Done.", "Done, and well."), StandardCharsets.UTF_8);
    assertEquals(List.of(page + " has changed"), inputs.changes());
    Files.delete(page);
    assertEquals(1, inputs.changes().size());
    assertTrue(inputs.changes().get(0).startsWith(page + " cannot be read"), inputs.changes().toString());
  }

  /**
   * A relative record name is the project folder's, as page and lock-file names are, not the
   * working folder's: a reactor built from its parent would otherwise write every module's record
   * to one file there, where no module's track-pages looks.
   */
  @Test
  void aRelativeRecordNameIsReadAgainstTheProjectFolder() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Path relative = Path.of("closecodes-test-" + System.nanoTime(), "inputs.tsv");
    try {
      Compilation compilation = Compiler.javac()
          .withProcessors(new CloseCodeSpecProcessor())
          .withOptions("-A" + CompileInputs.OPTION + "=" + relative, "-Aclosecodes.basedir=" + folder)
          .withClasspath(classPathWith().stream().map(Path::toFile).toList())
          .compile(CloseCodeSpecProcessorTest.packageInfo(
              "@CloseCodeSpec(pages = \"index.md\", locales = \"en\", registry = \"fixtures/small/registry.csv\")"));
      assertThat(compilation).succeeded();
      assertTrue(Files.isRegularFile(folder.resolve(relative)), "the record is in the project folder");
      assertFalse(Files.exists(relative), "nothing in the working folder");
    } finally {
      Files.deleteIfExists(relative);
      Files.deleteIfExists(relative.getParent());
    }
  }

  /**
   * An empty {@code closecodes.inputs} writes no record. javac hands a processor
   * {@code -Aclosecodes.inputs=} as the option with no value, as it does
   * {@code -Aclosecodes.inputs}, and the compile took either for no option at all: the record and
   * the output cache went beside the class output all the same.
   */
  @Test
  void anEmptyRecordOptionWritesNoRecordWhereTheBuildLayoutWouldPutOne() throws IOException {
    Files.writeString(folder.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Path record = folder.resolve("target/closecodes-inputs.tsv");
    for (String option : new String[] {"-A" + CompileInputs.OPTION + "=", "-A" + CompileInputs.OPTION}) {
      compileInto(folder.resolve("target/classes"), option);
      assertFalse(Files.exists(record), option);
      assertFalse(Files.exists(folder.resolve("target/closecodes-cache")), option);
    }
    compileInto(folder.resolve("target/classes"));
    assertTrue(Files.isRegularFile(record), "without the option, the record is beside the class output");
  }

  /** Compiles the annotated package with javac's own file manager, classes into {@code classes}. */
  private void compileInto(Path classes, String... options) throws IOException {
    Path packageInfo = folder.resolve("src/org/example/ws/package-info.java");
    Files.createDirectories(packageInfo.getParent());
    Files.writeString(packageInfo, """
        /** Close codes. */
        @CloseCodeSpec(pages = "index.md", locales = "en", registry = "fixtures/small/registry.csv")
        package org.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """, StandardCharsets.UTF_8);
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
        "-s", Files.createDirectories(folder.resolve("target/generated")).toString(),
        "-cp", System.getProperty("java.class.path")));
    arguments.addAll(List.of(options));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjects(packageInfo));
      task.setProcessors(List.of(new CloseCodeSpecProcessor()));
      assertTrue(task.call(), diagnostics.getDiagnostics().toString());
    }
  }

  /** A record that cannot be written is a warning that says why in words, not with a bare path. */
  @Test
  void aRecordThatCannotBeWrittenIsAWarningThatSaysWhy() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("out"), "a file where the record's folder goes", StandardCharsets.UTF_8);
    Compilation compilation = compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\", registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[closecodes] cannot write " + folder.resolve("out/inputs.tsv")
        + " (option closecodes.inputs): a file stands where a folder is needed; a page edit alone may not rebuild");
  }

  /**
   * A record named as a device or a pipe ({@code /dev/null}, said to mean "no record") was replaced
   * by a regular file, which as root replaced the machine's {@code /dev/null}. It is a warning now,
   * and the pipe stays a pipe.
   */
  @Test
  void aRecordNamedAsAPipeIsAWarningAndThePipeIsLeftAsItIs() throws Exception {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Path pipe = Files.createDirectories(folder.resolve("out")).resolve("inputs.tsv");
    SpecialFiles.pipeAt(pipe);
    Compilation compilation = compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\", registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[closecodes] cannot write " + pipe + " (option closecodes.inputs):"
        + " not a regular file (a pipe, a socket or a device); a page edit alone may not rebuild");
    assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe) && !Files.isDirectory(pipe), "still a pipe");
    try (java.util.stream.Stream<Path> files = Files.list(pipe.getParent())) {
      assertEquals(List.of("inputs.tsv"), files.map(file -> file.getFileName().toString()).toList());
    }
  }

  /**
   * {@code -Aclosecodes.inputs} naming a file that is there and is no record (the page, the lock
   * file, the POM, by a slip) replaced it with the record, without a word: the page was gone. Such
   * a file is left as it is, and the warning says why the record is not written; a record there
   * before, and an empty file, are replaced.
   */
  @Test
  void aRecordNamedAsAFileOfAnotherKindLeavesThatFileAsItIs() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Path lockFile = folder.resolve("closecodes.lock");
    String annotation = "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\","
        + " registry = \"fixtures/small/registry.csv\", lockFile = \"" + lockFile + "\")";
    assertThat(compileRecordingTo(folder.resolve("out/inputs.tsv"), annotation)).succeeded(); // writes the lock file
    byte[] lock = Files.readAllBytes(lockFile);
    Path pom = Files.writeString(folder.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
    for (Path other : List.of(page, lockFile, pom)) {
      byte[] before = Files.readAllBytes(other);
      Compilation compilation = compileRecordingTo(other, annotation);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningContaining("[closecodes] cannot write " + other + " (option closecodes.inputs):"
          + " it holds something other than a record of what a compile read, and is left as it is;"
          + " a page edit alone may not rebuild");
      assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(other, StandardCharsets.UTF_8));
    }
    assertEquals(new String(lock, StandardCharsets.UTF_8), Files.readString(lockFile, StandardCharsets.UTF_8));
    for (Path other : List.of(page, lockFile, pom)) {
      assertFalse(Files.exists(other.resolveSibling(other.getFileName() + "-cache")), "no cache beside " + other);
    }

    Path empty = Files.write(folder.resolve("empty.tsv"), new byte[0]);
    assertThat(compileRecordingTo(empty, annotation)).succeeded();
    assertTrue(Files.readString(empty, StandardCharsets.UTF_8).startsWith("# closecodes: what the last compile read"));
    Files.writeString(empty, Files.readString(empty, StandardCharsets.UTF_8).replace("input\t", "input\tdamaged"),
        StandardCharsets.UTF_8);
    Compilation again = compileRecordingTo(empty, annotation);
    assertThat(again).succeeded();
    assertFalse(again.warnings().stream().anyMatch(warning -> warning.getMessage(null).contains("cannot write")),
        "a record, damaged or not, is replaced");
  }

  private Compilation compileRecordingTo(Path record, String annotation) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-A" + CompileInputs.OPTION + "=" + record)
        .withClasspath(classPathWith().stream().map(Path::toFile).toList())
        .compile(CloseCodeSpecProcessorTest.packageInfo(annotation));
  }

  /** A record whose place cannot be taken (a folder stands there) leaves nothing of itself beside it. */
  @Test
  void aRecordThatCannotTakeItsPlaceLeavesNoPartFileBehind() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    Path record = Files.createDirectories(folder.resolve("out/inputs.tsv"));
    Files.writeString(record.resolve("kept"), "a folder that is not empty", StandardCharsets.UTF_8);
    Compilation compilation = compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\", registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[closecodes] cannot write " + record + " (option closecodes.inputs)");
    try (java.util.stream.Stream<Path> files = Files.list(record.getParent())) {
      assertEquals(List.of("inputs.tsv"), files.map(file -> file.getFileName().toString()).toList());
    }
  }

  @Test
  void aPageInAJarOnTheClassPathIsRecordedByItsJarAddressAndATypeByItsOutermostClass() throws IOException {
    Path jar = folder.resolve("pages.jar");
    writeJar(jar, PAGE);
    Compilation compilation = compile(classPathWith(jar), JavaFileObjects.forSourceLines("org.example.ws.Codes",
        "package org.example.ws;",
        "/** Outer. */",
        "public final class Codes {",
        "  private Codes() {}",
        "  /** Close codes. */",
        "  @dev.closecodes.CloseCodeSpec(pages = \"pages/index.md\", locales = \"en\")",
        "  public static final class Inner {",
        "    private Inner() {}",
        "  }",
        "}"));
    assertThat(compilation).succeeded();

    CompileInputs inputs = CompileInputs.read(folder.resolve("out/inputs.tsv"));
    assertEquals(List.of("org/example/ws/Codes.class"), inputs.classFiles());
    assertEquals(2, inputs.inputs().size());
    assertEquals("jar", inputs.inputs().get(0).address().getScheme(), inputs.toString());
    assertEquals(CompileInputs.Input.absent(Path.of("pages/index.md").toAbsolutePath()), inputs.inputs().get(1));
    assertEquals(List.of(), inputs.changes());

    writeJar(jar, PAGE.replace("Leaving.", "Leaving now."));
    assertEquals(List.of(inputs.inputs().get(0).address() + " has changed"), inputs.changes());
  }

  /**
   * A document is found as a file before it is looked for as a resource: a file put where the
   * last compile looked for one and found none (a copy of spec-source's page, to edit it) is what a
   * clean build reads. The record keeps each such place, so that the build that follows reads it
   * too, where it went on with the resource's generated code.
   */
  @Test
  void aFileWhereTheLastCompileFoundNoneBeforeAResourceIsAChange() throws IOException {
    Path jar = folder.resolve("pages.jar");
    writeJar(jar, PAGE);
    Path project = Files.createDirectories(folder.resolve("project"));
    Compilation compilation = Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-A" + CompileInputs.OPTION + "=" + folder.resolve("out/inputs.tsv"),
            "-A" + BuildLayout.BASEDIR_OPTION + "=" + project)
        .withClasspath(classPathWith(jar).stream().map(Path::toFile).toList())
        .compile(CloseCodeSpecProcessorTest.packageInfo("@CloseCodeSpec(pages = \"pages/index.md\", locales = \"en\")"));
    assertThat(compilation).succeeded();

    CompileInputs inputs = CompileInputs.read(folder.resolve("out/inputs.tsv"));
    assertEquals(List.of(), inputs.changes());
    Path copy = project.resolve("pages/index.md");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, PAGE.replace("Leaving.", "Leaving now."), StandardCharsets.UTF_8);
    assertEquals(List.of(copy + " is there now: the last compile found no file there and read the"
        + " document as a resource, and a file comes first"), inputs.changes());
    Files.delete(copy);
    assertEquals(List.of(), inputs.changes(), "gone again");
  }

  @Test
  void aCompileThatReportsAnErrorIsNeverUpToDate() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), "no table here\n", StandardCharsets.UTF_8);
    Compilation compilation = compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\")"));
    assertThat(compilation).failed();

    CompileInputs inputs = CompileInputs.read(folder.resolve("out/inputs.tsv"));
    assertTrue(inputs.failed());
    assertEquals(List.of("the last compile reported an error"), inputs.changes());
  }

  @Test
  void aCompileWithNothingAnnotatedLeavesTheRecordOfTheOneThatHadSomething() throws IOException {
    Path page = Files.writeString(folder.resolve("index.md"), PAGE, StandardCharsets.UTF_8);
    assertThat(compile(classPathWith(), CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en\")"))).succeeded();
    CompileInputs before = CompileInputs.read(folder.resolve("out/inputs.tsv"));

    Compilation tests = compile(classPathWith(), JavaFileObjects.forSourceLines("org.example.tests.GeneratedThing",
        "package org.example.tests;",
        "@javax.annotation.processing.Generated(\"by hand\")",
        "final class GeneratedThing {}"));
    assertThat(tests).succeeded();
    assertEquals(before, CompileInputs.read(folder.resolve("out/inputs.tsv")));
    assertEquals(List.of("org/example/ws/package-info.class"), before.classFiles());
  }

  @Test
  void theRecordReadsBackAsWrittenADamagedOneIsOutOfDateAndNoRecordIsEmpty() throws IOException {
    CompileInputs inputs = new CompileInputs(
        List.of(new CompileInputs.Input(URI.create("file:/a%20b/index.md"), "ab"),
            new CompileInputs.Input(URI.create("jar:file:/x.jar!/p/index.md"), "cd")),
        List.of("p/package-info.class", "p/package-info.class"), List.of("p/CloseCode.class"), true);
    inputs.write(folder.resolve("inputs.tsv"));
    assertEquals(inputs, CompileInputs.read(folder.resolve("inputs.tsv")));
    assertEquals(List.of("p/package-info.class"), inputs.classFiles(), "each class file once");

    Files.writeString(folder.resolve("damaged.tsv"), "class\tp/package-info.class\ninput\tab\nclass\n",
        StandardCharsets.UTF_8);
    CompileInputs damaged = CompileInputs.read(folder.resolve("damaged.tsv"));
    assertEquals(List.of("p/package-info.class"), damaged.classFiles());
    assertEquals(List.of("the record of the last compile is damaged"), damaged.changes(),
        "a damaged record is out of date");

    // bytes that are no UTF-8, as a record cut or overwritten by something else can hold
    Files.write(folder.resolve("binary.tsv"), new byte[] {'c', 'l', 'a', 's', 's', '\t', (byte) 0xff, '\n'});
    CompileInputs unreadable = CompileInputs.read(folder.resolve("binary.tsv"));
    assertEquals(List.of(), unreadable.classFiles());
    assertEquals(List.of("the record of the last compile is damaged"), unreadable.changes());

    CompileInputs none = CompileInputs.read(folder.resolve("absent.tsv"));
    assertEquals(List.of(), none.inputs());
    assertEquals(List.of(), none.changes());
  }

  private static void writeJar(Path jar, String page) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
      entries.putNextEntry(new JarEntry("pages/index.md"));
      entries.write(page.getBytes(StandardCharsets.UTF_8));
      entries.closeEntry();
    }
  }
}
