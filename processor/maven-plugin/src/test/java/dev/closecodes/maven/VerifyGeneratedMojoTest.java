package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-generated fails a build whose annotated package compiled but got nothing generated. */
class VerifyGeneratedMojoTest {

  @TempDir Path folder;

  private Path classes;
  private VerifyGeneratedMojo mojo;

  @BeforeEach
  void sources() throws IOException {
    Path sources = Files.createDirectories(folder.resolve("src/main/java/com/example/ws"));
    Files.writeString(sources.resolve("package-info.java"), """
        /** Close codes. */
        @CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Other.java"), """
        package com.example.ws;

        // Mentions @CloseCodeSpec in a comment only.
        final class Other {}
        """, StandardCharsets.UTF_8);
    classes = Files.createDirectories(folder.resolve("target/classes/com/example/ws"));
    mojo = new VerifyGeneratedMojo();
    mojo.sourceRoots = List.of(folder.resolve("src/main/java").toString(), folder.resolve("absent").toString());
    mojo.classesDirectory = folder.resolve("target/classes").toFile();
  }

  @Test
  void whatWasGeneratedPasses() throws IOException, MojoExecutionException {
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    mojo.execute();
  }

  /**
   * A project whose sources are in another encoding than UTF-8 (its
   * {@code project.build.sourceEncoding}) is checked, not failed for a byte UTF-8 does not have.
   */
  @Test
  void sourcesInTheProjectsOwnEncodingAreRead() throws IOException, MojoExecutionException {
    Path latin1 = Files.createDirectories(folder.resolve("src/main/java/com/example/caf\u00e9"));
    Files.write(latin1.resolve("package-info.java"), """
        /** Les codes de fermeture, g\u00e9n\u00e9r\u00e9s. */
        @CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.caf\u00e9;

        import dev.closecodes.CloseCodeSpec;
        """.getBytes(StandardCharsets.ISO_8859_1));
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    mojo.encoding = "ISO-8859-1";
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.caf\u00e9, but"), failure.getMessage());

    Files.write(Files.createDirectories(folder.resolve("target/classes/com/example/caf\u00e9")).resolve("CloseCodes.class"),
        new byte[] {1});
    mojo.execute();
  }

  /**
   * The annotation as javac reads it, not as a line starts: after another annotation on its line,
   * and with its name qualified, it is still the annotation; in a comment, in a string or text
   * block, or imported from another package under the same simple name, it is not.
   */
  @Test
  void theAnnotationIsFoundWhereJavacFindsItAndOnlyThere() throws IOException, MojoExecutionException {
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    Path other = Files.createDirectories(folder.resolve("src/main/java/com/example/other"));
    Files.writeString(other.resolve("Old.java"), """
        package com.example.other;

        /*
        @CloseCodeSpec(pages = "old.md")
        */
        final class Old {
          static final String EXAMPLE = \"""
              @CloseCodeSpec(pages = "example.md")
              package com.example.other;
              \""";
          static final String LINE = "@dev.closecodes.CloseCodeSpec(pages = \\"x.md\\")";
        }
        """, StandardCharsets.UTF_8);
    Files.writeString(other.resolve("Theirs.java"), """
        package com.example.other;

        import com.acme.CloseCodeSpec;

        @CloseCodeSpec(pages = "acme.md")
        final class Theirs {}
        """, StandardCharsets.UTF_8);
    mojo.execute();

    Path types = Files.createDirectories(folder.resolve("src/main/java/com/example/types"));
    Files.writeString(types.resolve("Codes.java"), """
        package com.example.types;

        import dev.closecodes.*;

        @Deprecated @CloseCodeSpec(pages = "closecodes/close-codes.md")
        final class Codes {}
        """, StandardCharsets.UTF_8);
    // javac translates Unicode escapes before anything else: this one is the at sign.
    Path escaped = Files.createDirectories(folder.resolve("src/main/java/com/example/escaped"));
    Files.writeString(escaped.resolve("package-info.java"), """
        \\u0040dev.closecodes.CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.escaped;
        """, StandardCharsets.UTF_8);
    Path qualified = Files.createDirectories(folder.resolve("src/main/java/com/example/qualified"));
    Files.writeString(qualified.resolve("More.java"), """
        package
            com.example.qualified;

        @SuppressWarnings("unused") @ dev.closecodes . CloseCodeSpec(pages = "closecodes/close-codes.md")
        final class More {}
        """, StandardCharsets.UTF_8);
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.escaped, com.example.qualified, com.example.types, but"),
        failure.getMessage());
  }

  @Test
  void aTypeOfTheUnnamedPackageIsNamedSo() throws IOException {
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    Files.writeString(folder.resolve("src/main/java/Codes.java"), """
        @dev.closecodes.CloseCodeSpec(pages = "closecodes/close-codes.md")
        final class Codes {
          char quote = '"'; // a character literal opens no string: the next line is code
        }
        """, StandardCharsets.UTF_8);
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on the unnamed package, but"), failure.getMessage());
  }

  /**
   * An execution given the tests' class output checks the test sources, as track-pages does with
   * the same one setting: the main sources' package is another compile's.
   */
  @Test
  void anExecutionForTheTestClassOutputChecksTheTestSources() throws IOException, MojoExecutionException {
    checkingTestsFindsTheirPackageMissing();

    Path testClasses = Files.createDirectories(folder.resolve("target/test-classes/com/example/ws/tests"));
    Files.write(testClasses.resolve("CloseCodes.class"), new byte[] {1});
    mojo.execute(); // the main package com.example.ws, generated nothing here, is the main compile's
  }

  /**
   * A compile that Maven skipped ({@code -Dmaven.main.skip}, or {@code -Dmaven.test.skip} for the
   * tests) compiled nothing, so nothing is missing: the check of that compile is skipped too, the
   * other's is not.
   */
  @Test
  void aCompileThatWasSkippedIsNotChecked() throws IOException, MojoExecutionException {
    mojo.mainCompileSkipped = true;
    mojo.execute();

    checkingTestsFindsTheirPackageMissing();
    mojo.testCompileSkipped = true;
    mojo.execute();
  }

  /**
   * The compiler plugin's own {@code <skipMain>} (the main compile) and {@code <skip>} (the tests'),
   * in its configuration or in the default execution's, skip a compile as the properties do: the
   * check said "the annotation processor did not run" and sent the user to {@code -proc:full}.
   */
  @Test
  void aCompileThePomSkipsIsNotChecked() throws IOException, MojoExecutionException {
    mojo.buildPlugins = List.of(compilerPlugin("<skipMain>true</skipMain>"));
    mojo.execute();
    mojo.buildPlugins = List.of(compilerPlugin("<skipMain> true </skipMain>"));
    mojo.execute();
    mojo.buildPlugins = List.of(compilerPlugin("", "default-compile", "<skipMain>true</skipMain>"));
    mojo.execute();

    // not skipped: false, the tests' setting, or another execution's
    for (Plugin plugin : List.of(compilerPlugin("<skipMain>false</skipMain>"), compilerPlugin("<skip>true</skip>"),
        compilerPlugin("", "generate-more", "<skipMain>true</skipMain>"))) {
      mojo.buildPlugins = List.of(plugin);
      MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
      assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.ws, but"), failure.getMessage());
    }

    mojo.buildPlugins = List.of();
    checkingTestsFindsTheirPackageMissing();
    mojo.buildPlugins = List.of(compilerPlugin("<skipMain>true</skipMain>"));
    assertThrows(MojoExecutionException.class, mojo::execute); // the main compile's setting
    mojo.buildPlugins = List.of(compilerPlugin("<skip>true</skip>"));
    mojo.execute();
    mojo.buildPlugins = List.of(compilerPlugin("", "default-testCompile", "<skip>true</skip>"));
    mojo.execute();
  }

  /**
   * Annotates the test package {@code com.example.ws.tests}, points the goal at the tests' class
   * output, where nothing was generated, and holds that it fails naming that package.
   */
  private void checkingTestsFindsTheirPackageMissing() throws IOException {
    Path tests = Files.createDirectories(folder.resolve("src/test/java/com/example/ws/tests"));
    Files.writeString(tests.resolve("package-info.java"), """
        @dev.closecodes.CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.ws.tests;
        """, StandardCharsets.UTF_8);
    mojo.testSourceRoots = List.of(folder.resolve("src/test/java").toString());
    mojo.testOutputDirectory = folder.resolve("target/test-classes").toFile();
    mojo.classesDirectory = mojo.testOutputDirectory;
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.ws.tests, but"), failure.getMessage());
  }

  @Test
  void nothingGeneratedFailsNamingTheFix() {
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("@CloseCodeSpec is on com.example.ws"), failure.getMessage());
    assertTrue(failure.getMessage().contains("-proc:full"), failure.getMessage());
  }

  /**
   * Where the POM itself keeps the processor from running, the failure names that setting, not
   * javac 23's rule for processors on the class path, which sent a user with {@code <proc>none</proc>}
   * after a fix that changes nothing.
   */
  @Test
  void aCompilerSettingThatKeepsTheProcessorFromRunningIsNamed() throws IOException {
    assertFailureSays("<proc>none</proc>", "the compiler plugin's <proc>none</proc> runs no annotation processor");
    assertFailureSays("<compilerArgs><arg>-Xlint:all</arg><arg>-proc:none</arg></compilerArgs>",
        "the compiler argument -proc:none runs no annotation processor");
    assertFailureSays("<annotationProcessors><annotationProcessor>com.example.Other</annotationProcessor>"
        + "<annotationProcessor>lombok.launch.AnnotationProcessorHider$AnnotationProcessor</annotationProcessor>"
        + "</annotationProcessors>", "the compiler plugin's <annotationProcessors> names com.example.Other,"
        + " lombok.launch.AnnotationProcessorHider$AnnotationProcessor, and javac runs no other:"
        + " add dev.closecodes.processor.CloseCodeSpecProcessor");
    assertFailureSays("<compilerArgs><arg>-processor</arg><arg>com.example.Other</arg></compilerArgs>",
        "the compiler argument -processor com.example.Other names the processors javac runs, and no other:"
        + " add dev.closecodes.processor.CloseCodeSpecProcessor");

    mojo.procProperty = "none";
    assertFailureSays("", "maven.compiler.proc=none runs no annotation processor");
    mojo.procProperty = null;

    // closecodes among them: the usual message
    mojo.buildPlugins = List.of(compilerPlugin("<annotationProcessors><annotationProcessor>"
        + "dev.closecodes.processor.CloseCodeSpecProcessor</annotationProcessor></annotationProcessors>"));
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("-proc:full"), failure.getMessage());
  }

  /**
   * A processor path given as a compiler argument ({@code -processorpath}, {@code --processor-path})
   * is where javac looks for processors, as {@code <annotationProcessorPaths>} is; one without
   * closecodes' jar was passed over, and the failure sent the user to {@code -proc:full}, which
   * changes nothing there.
   */
  @Test
  void aProcessorPathArgumentWithoutClosecodesIsNamed() throws IOException {
    for (String option : List.of("-processorpath", "--processor-path")) {
      assertFailureSays("<compilerArgs><arg>" + option + "</arg><arg>/libs/lombok-1.18.42.jar:/libs/other.jar</arg>"
          + "</compilerArgs>", "the compiler argument " + option + " /libs/lombok-1.18.42.jar:/libs/other.jar names where"
          + " javac looks for processors, and nowhere else, and closecodes' jar (closecodes-processor-VERSION.jar) is"
          + " not there: add it, or name dev.closecodes:closecodes-processor in <annotationProcessorPaths> instead");
    }
    // with closecodes' jar there, the usual message
    for (String path : List.of("/m2/dev/closecodes/closecodes-processor/0.1.0/closecodes-processor-0.1.0.jar",
        "/libs/lombok.jar;C:\\m2\\closecodes-processor-0.1.0.jar", "/work/closecodes/processor/target/closecodes.jar")) {
      mojo.buildPlugins = List.of(compilerPlugin("<compilerArgs><arg>-processorpath</arg><arg>" + path
          + "</arg></compilerArgs>"));
      MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
      assertTrue(failure.getMessage().contains("-proc:full"), path + ": " + failure.getMessage());
    }
  }

  /**
   * Maven's compiler plugin before 3.5 has no {@code <annotationProcessorPaths>} and passes over it
   * without a word (3.1 is what Maven 3.8 runs where the POM names no version), so the processor
   * the POM names there is on no path. The failure says so, not to name the processor there.
   */
  @Test
  void aCompilerPluginThatDoesNotReadTheProcessorPathIsNamed() throws IOException {
    String paths = "<source>17</source><target>17</target><annotationProcessorPaths><path><groupId>dev.closecodes"
        + "</groupId><artifactId>closecodes-processor</artifactId><version>0.1.0</version></path>"
        + "</annotationProcessorPaths>";
    for (String version : List.of("3.1", "3.3", "2.5.1", "3.0")) {
      mojo.buildPlugins = List.of(withVersion(compilerPlugin(paths), version));
      MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
      assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.ws, but closecodes generated"
          + " nothing there: maven-compiler-plugin " + version + " does not read <annotationProcessorPaths>, which"
          + " version 3.5 added, so the processor it names is on no path: use version 3.5 or later (the README's"
          + " fragment names 3.16.0)"), failure.getMessage());
    }
    for (String version : List.of("3.5", "3.5.1", "3.16.0", "4.0.0-beta-3", "3.13.0-SNAPSHOT")) {
      mojo.buildPlugins = List.of(withVersion(compilerPlugin(paths), version));
      MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
      assertTrue(failure.getMessage().contains("-proc:full"), version + ": " + failure.getMessage());
    }
    // an old version with the processor on the class path instead: nothing of the processor path to say
    mojo.buildPlugins = List.of(withVersion(compilerPlugin("<source>17</source>"), "3.1"));
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("-proc:full"), failure.getMessage());
  }

  /**
   * A processor path that names other processors only (Lombok's, say, with closecodes' among the
   * dependencies) is where javac looks for processors, and nowhere else: {@code -proc:full} changes
   * nothing there, and the failure says to add closecodes' to the path.
   */
  @Test
  void aProcessorPathWithoutClosecodesIsNamed() throws IOException {
    String lombok = "<path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.42</version></path>";
    assertFailureSays("<annotationProcessorPaths>" + lombok + "</annotationProcessorPaths>",
        "the compiler plugin's <annotationProcessorPaths> names org.projectlombok:lombok, and javac looks for"
        + " processors there and nowhere else: add dev.closecodes:closecodes-processor to it");
    // Maven gives each execution the plugin's own configuration too: each artifact is named once
    mojo.buildPlugins = List.of(compilerPlugin("<annotationProcessorPaths>" + lombok + "</annotationProcessorPaths>",
        "default-compile", "<annotationProcessorPaths>" + lombok + "</annotationProcessorPaths>"));
    MojoExecutionException once = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(once.getMessage().contains("names org.projectlombok:lombok, and javac"), once.getMessage());
    // in an execution's configuration, and with closecodes' there the usual message
    mojo.buildPlugins = List.of(compilerPlugin("", "default-compile", "<annotationProcessorPaths>" + lombok
        + "<path><groupId>dev.closecodes</groupId><artifactId>closecodes-processor</artifactId></path>"
        + "</annotationProcessorPaths>"));
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("-proc:full"), failure.getMessage());
  }

  private static Plugin withVersion(Plugin plugin, String version) {
    plugin.setVersion(version);
    return plugin;
  }

  private void assertFailureSays(String configuration, String cause) throws IOException {
    mojo.buildPlugins = List.of(compilerPlugin(configuration));
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.ws, but closecodes generated nothing"
        + " there: " + cause), failure.getMessage());
    assertTrue(failure.getMessage().endsWith("then build from clean (mvn clean compile), as the compiler sees no"
        + " source changed"), failure.getMessage());
  }

  /** Maven's compiler plugin with this configuration. */
  static Plugin compilerPlugin(String configuration) throws IOException {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    plugin.setConfiguration(configuration(configuration));
    return plugin;
  }

  /** Maven's compiler plugin with this configuration, and an execution of this id with that one. */
  static Plugin compilerPlugin(String configuration, String executionId, String executionConfiguration)
      throws IOException {
    Plugin plugin = compilerPlugin(configuration);
    PluginExecution execution = new PluginExecution();
    execution.setId(executionId);
    execution.setConfiguration(configuration(executionConfiguration));
    plugin.addExecution(execution);
    return plugin;
  }

  private static Xpp3Dom configuration(String elements) throws IOException {
    try {
      return Xpp3DomBuilder.build(new StringReader("<configuration>" + elements + "</configuration>"));
    } catch (XmlPullParserException e) {
      throw new IOException(e);
    }
  }
}
