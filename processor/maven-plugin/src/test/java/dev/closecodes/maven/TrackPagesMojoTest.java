package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.processor.CompileInputs;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
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
      Files.write(record, withTheRecordsOpening(damaged));
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
    Files.write(record, withTheRecordsOpening("input\n".getBytes(StandardCharsets.UTF_8)));
    mojo.execute();
    assertFalse(Files.exists(testUse));
    assertTrue(Files.exists(packageInfo), "the main classes are another compile's");
  }

  /** A record's first line, which a damaged record keeps, then {@code damage}. */
  private static byte[] withTheRecordsOpening(byte[] damage) {
    byte[] opening = "# closecodes: what the last compile read\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(opening, opening.length + damage.length);
    System.arraycopy(damage, 0, bytes, opening.length, damage.length);
    return bytes;
  }

  /**
   * A file named as the record that is none (a jar, an image, a page in another charset, named in
   * {@code <inputs>} by a slip) was read as a damaged record when its bytes were no UTF-8, and
   * removed with the class files of every source. It is left as it is, nothing is removed, and a
   * warning says why.
   */
  @Test
  void aFileThatIsNoRecordIsLeftAsItIsAndNothingIsRemoved() throws IOException, MojoExecutionException {
    mojo.compileSourceRoots = List.of(javaSources("src/main/java").toString());
    Path use = Files.write(classes.resolve("com/example/Use.class"), new byte[] {3});
    for (byte[] notARecord : List.of(new byte[] {'P', 'K', 3, 4, (byte) 0xff, (byte) 0xfe, '\n'},
        "input\t\tfile:///somewhere\n".getBytes(StandardCharsets.UTF_8))) {
      Path other = Files.write(folder.resolve("other"), notARecord);
      mojo.inputs = other.toFile();
      List<String> warned = new ArrayList<>();
      mojo.setLog(new SystemStreamLog() {
        @Override
        public void warn(CharSequence content) {
          warned.add(content.toString());
        }
      });
      mojo.execute();
      assertTrue(Files.exists(other), "the file is left");
      assertTrue(Files.exists(packageInfo) && Files.exists(use) && Files.exists(closeCode), "no class file removed");
      assertEquals(List.of("closecodes: " + other + " is no record of what a compile read, and is left as it is:"
          + " a page edit alone may not rebuild; name a file of its own in <inputs> and in the processor's"
          + " closecodes.inputs"), warned);
    }
  }

  /**
   * Maven's compiler plugin 3.11.0, and that version only, passes the folder of the generated
   * sources to javac as a source path too (MCOMPILER-538). In each compile after the first, javac
   * then finds the last compile's output there when the processor creates the same types again,
   * reads it, and warns "Implicitly compiled files were not subject to annotation processing", which
   * fails a build with warnings as errors. Where closecodes has generated (a record is there), the
   * goal says so and what mends it, unless the POM has already chosen an {@code -implicit} policy,
   * runs the Eclipse compiler, or runs no processor in javac, by the POM or by the property.
   */
  @Test
  void aCompilerPluginThatPassesTheGeneratedSourcesAsASourcePathIsWarnedOf() throws IOException, MojoExecutionException {
    List<String> warned = new ArrayList<>();
    mojo.setLog(warning(warned));
    String expected = "closecodes: maven-compiler-plugin 3.11.0 passes the generated sources to javac as sources"
        + " to read (MCOMPILER-538), so each compile after the first warns 'Implicitly compiled files were not"
        + " subject to annotation processing', and a build with warnings as errors fails: use version 3.12.0 or"
        + " later, or add the compiler argument -implicit:class";

    mojo.buildPlugins = List.of(compilerPluginVersion("3.11.0"));
    mojo.execute();
    assertEquals(List.of(expected), warned);
    assertTrue(Files.exists(packageInfo), "a warning, and nothing removed");

    for (Plugin quiet : List.of(compilerPluginVersion("3.12.0"), compilerPluginVersion("3.10.1"), compilerPluginVersion("3.16.0"),
        compilerPluginVersion("3.11.0", "-implicit:class"), compilerPluginVersion("3.11.0", "-implicit:none"),
        eclipse(compilerPluginVersion("3.11.0")), compilerPluginVersion("3.11.0", "-proc:none"),
        procNone(compilerPluginVersion("3.11.0")))) {
      warned.clear();
      mojo.buildPlugins = List.of(quiet);
      mojo.execute();
      assertEquals(List.of(), warned, quiet.getVersion() + " " + quiet.getConfiguration());
    }

    // -Dmaven.compiler.proc=none, the property that sets <proc>: no processor runs in javac either
    warned.clear();
    mojo.buildPlugins = List.of(compilerPluginVersion("3.11.0"));
    mojo.procProperty = "none";
    mojo.execute();
    assertEquals(List.of(), warned);
    mojo.procProperty = null;

    // no record: nothing generated yet, or nothing annotated, and no output of closecodes' to read
    warned.clear();
    Files.delete(record);
    mojo.buildPlugins = List.of(compilerPluginVersion("3.11.0"));
    mojo.execute();
    assertEquals(List.of(), warned);
  }

  /** The compiler plugin of this version, with these compiler arguments. */
  private static Plugin compilerPluginVersion(String version, String... compilerArgs) throws IOException {
    StringBuilder args = new StringBuilder();
    for (String arg : compilerArgs) {
      args.append("<arg>").append(arg).append("</arg>");
    }
    Plugin plugin = compilerPluginConfigured("<compilerArgs><arg>-Xlint:all</arg>" + args + "</compilerArgs>");
    plugin.setVersion(version);
    return plugin;
  }

  /** The compiler plugin, set to run the Eclipse compiler. */
  private static Plugin eclipse(Plugin compiler) {
    return withSetting(compiler, "compilerId", "eclipse");
  }

  /**
   * The compiler plugin, set to run no processor, as where kapt has run closecodes before it:
   * javac then creates no type, and finds nothing of the last compile's.
   */
  private static Plugin procNone(Plugin compiler) {
    return withSetting(compiler, "proc", "none");
  }

  private static Plugin withSetting(Plugin compiler, String name, String value) {
    Xpp3Dom setting = new Xpp3Dom(name);
    setting.setValue(value);
    ((Xpp3Dom) compiler.getConfiguration()).addChild(setting);
    return compiler;
  }

  /** A log that keeps the warnings. */
  private static Log warning(List<String> warned) {
    return new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warned.add(content.toString());
      }
    };
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

  /**
   * A build moved to another version of spec-source (a newer page inside) or of the processor
   * reads other documents, or reads them otherwise, though every file the last compile read is as
   * it was: the old version's jar stays in the local repository. The compiler plugin does not look
   * at the processor path either, so the generated code stayed the old version's until a
   * {@code mvn clean}. The versions the POM names now tell it.
   */
  @Test
  void anotherVersionOnTheProcessorPathThanTheLastCompileReadCompilesAgain() throws IOException, MojoExecutionException {
    Path repository = folder.resolve("repository");
    Path specSource = jarWithPage(repository.resolve("dev/closecodes/closecodes-spec-source/0.1.0/closecodes-spec-source-0.1.0.jar"));
    Path processor = Files.createDirectories(repository.resolve("dev/closecodes/closecodes-processor/0.1.0"))
        .resolve("closecodes-processor-0.1.0.jar");
    Files.write(processor, new byte[] {7});
    recordReading(CompileInputs.Input.at(URI.create("jar:" + specSource.toUri() + "!/mdn/index.md")),
        CompileInputs.Input.stat(processor));
    mojo.localRepository = repository.toFile();
    List<String> said = new ArrayList<>();
    mojo.setLog(saying(said));

    mojo.buildPlugins = List.of(compilerPlugin("closecodes-processor", "0.1.0", "closecodes-spec-source", "0.1.0"));
    mojo.execute();
    assertTrue(Files.exists(packageInfo), "the versions the last compile read");
    assertEquals(List.of(), said);

    mojo.buildPlugins = List.of(compilerPlugin("closecodes-processor", "0.1.0", "closecodes-spec-source", "0.2.0"));
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertEquals(List.of("closecodes: the POM names dev.closecodes:closecodes-spec-source 0.2.0, where the last"
        + " compile read 0.1.0; the annotated sources compile again"), said);

    // the processor's own version, named in an execution's configuration, without the other
    said.clear();
    restoreTheLastCompile(CompileInputs.Input.at(URI.create("jar:" + specSource.toUri() + "!/mdn/index.md")),
        CompileInputs.Input.stat(processor));
    Plugin compiler = compilerPlugin("closecodes-processor", "0.2.0");
    PluginExecution execution = new PluginExecution();
    execution.setConfiguration(compiler.getConfiguration());
    compiler.setConfiguration(null);
    compiler.addExecution(execution);
    mojo.buildPlugins = List.of(compiler);
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "javac runs again");
    assertEquals(List.of("closecodes: the POM names dev.closecodes:closecodes-processor 0.2.0, where the last"
        + " compile read 0.1.0; the annotated sources compile again"), said);
  }

  /**
   * A version the POM leaves to {@code <dependencyManagement>}, a dependency's version (a page on
   * the class path), a timestamped snapshot of the version read, and a jar outside the local
   * repository (a module of the same reactor, whose own changes the record's hashes see) are read
   * as they are meant: no change where there is none.
   */
  @Test
  void versionsAreReadAsMavenResolvesThem() throws IOException, MojoExecutionException {
    Path repository = folder.resolve("repository");
    Path specSource = jarWithPage(
        repository.resolve("dev/closecodes/closecodes-spec-source/0.1.0-SNAPSHOT/closecodes-spec-source-0.1.0-SNAPSHOT.jar"));
    Path reactorJar = jarWithPage(folder.resolve("spec-source/target/closecodes-spec-source-0.1.0.jar"));
    URI page = URI.create("jar:" + specSource.toUri() + "!/mdn/index.md");
    mojo.localRepository = repository.toFile();

    restoreTheLastCompile(CompileInputs.Input.at(page));
    mojo.buildPlugins = List.of(compilerPlugin("closecodes-spec-source", "0.1.0-20261201.101010-3"));
    mojo.execute();
    assertTrue(Files.exists(packageInfo), "a timestamped snapshot of the version read");

    mojo.buildPlugins = List.of(compilerPlugin("closecodes-spec-source", ""));
    mojo.dependencyManagement = new DependencyManagement();
    mojo.dependencyManagement.addDependency(dependency("closecodes-spec-source", "0.1.0-SNAPSHOT"));
    mojo.execute();
    assertTrue(Files.exists(packageInfo), "the managed version is the one read");
    mojo.dependencyManagement.getDependencies().get(0).setVersion("0.2.0");
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "the managed version moved");

    restoreTheLastCompile(CompileInputs.Input.at(page));
    mojo.buildPlugins = List.of();
    mojo.dependencies = List.of(dependency("closecodes-spec-source", "0.3.0"));
    mojo.execute();
    assertFalse(Files.exists(packageInfo), "a page read from a dependency");

    restoreTheLastCompile(CompileInputs.Input.at(URI.create("jar:" + reactorJar.toUri() + "!/mdn/index.md")));
    mojo.execute();
    assertTrue(Files.exists(packageInfo), "a jar of the reactor has no version to compare");
  }

  private static Dependency dependency(String artifactId, String version) {
    Dependency dependency = new Dependency();
    dependency.setGroupId("dev.closecodes");
    dependency.setArtifactId(artifactId);
    dependency.setVersion(version);
    return dependency;
  }

  /** The compiler plugin with the artifacts and versions given, in pairs, on its processor path. */
  private static Plugin compilerPlugin(String... artifactsAndVersions) throws IOException {
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < artifactsAndVersions.length; i += 2) {
      String version = artifactsAndVersions[i + 1];
      paths.append("<path><groupId>dev.closecodes</groupId><artifactId>").append(artifactsAndVersions[i])
          .append("</artifactId>").append(version.isEmpty() ? "" : "<version>" + version + "</version>").append("</path>");
    }
    return compilerPluginConfigured("<release>17</release><annotationProcessorPaths>" + paths + "</annotationProcessorPaths>");
  }

  /** The compiler plugin, no version named, with a configuration of these elements. */
  private static Plugin compilerPluginConfigured(String elements) throws IOException {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    try {
      plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader("<configuration>" + elements + "</configuration>")));
    } catch (XmlPullParserException e) {
      throw new IOException(e);
    }
    return plugin;
  }

  /** A jar holding {@code mdn/index.md}. */
  private static Path jarWithPage(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("mdn/index.md"));
      out.write("| `1000` | Normal | Fine. |\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** A record of a finished compile that read these inputs. */
  private void recordReading(CompileInputs.Input... inputs) throws IOException {
    new CompileInputs(List.of(inputs), List.of("com/example/package-info.class"), List.of(), false).write(record);
    Files.setLastModifiedTime(packageInfo, later(Files.getLastModifiedTime(record), 1));
  }

  /** The class file and the record as a finished compile that read these inputs leaves them. */
  private void restoreTheLastCompile(CompileInputs.Input... inputs) throws IOException {
    Files.write(packageInfo, new byte[] {1});
    recordReading(inputs);
  }

  /** A log that keeps what is said at the level of info and above. */
  private static Log saying(List<String> said) {
    return new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        said.add(content.toString());
      }
    };
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
