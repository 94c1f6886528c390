package dev.closecodes.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs after the compiler: fails the build when a package carries {@code @CloseCodeSpec} but its
 * types were not generated, which happens without a word when the processor did not run. javac 23
 * and later run no processor found on the class path unless {@code -proc:full} asks it to, so a
 * build set up that way compiles the annotated package and nothing else, and the first sign would
 * be a {@code cannot find symbol} somewhere else.
 */
// In the compile phase itself, after the compiler's own execution: `mvn compile` must check too.
@Mojo(name = "verify-generated", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public final class VerifyGeneratedMojo extends AbstractMojo {

  /**
   * The annotation in code, its name qualified or not, with space between the tokens as javac
   * allows it: {@code @CloseCodeSpec(...)}, {@code @dev.closecodes.CloseCodeSpec(...)}.
   */
  private static final Pattern ANNOTATION = Pattern.compile(
      "@\\s*(dev\\s*\\.\\s*closecodes\\s*\\.\\s*)?CloseCodeSpec(?![\\p{javaJavaIdentifierPart}.])");

  /** What makes the simple name {@code CloseCodeSpec} this project's: its import, or one of its package. */
  private static final Pattern IMPORT =
      Pattern.compile("\\bimport\\s+dev\\s*\\.\\s*closecodes\\s*\\.\\s*(CloseCodeSpec|\\*)\\s*;");

  /** A package declaration; its name of any Java letters, as {@code com.example.caf\u00e9}. */
  private static final Pattern PACKAGE =
      Pattern.compile("\\bpackage\\s+([\\p{javaJavaIdentifierPart}.\\s]+?)\\s*;");

  /** The source folders of the main compile. */
  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true)
  List<String> sourceRoots;

  /** The source folders of the tests' compile. */
  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true)
  List<String> testSourceRoots;

  /** The class output of the tests' compile. */
  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
  File testOutputDirectory;

  /**
   * The class output of the compile to check: the main one's by default; given the tests' (an
   * execution in the {@code test-compile} phase, as {@code track-pages} takes the same setting),
   * the test sources are checked.
   */
  @Parameter(defaultValue = "${project.build.outputDirectory}")
  File classesDirectory;

  /**
   * Whether Maven's compiler plugin skips the main compile, as it does with {@code -Dmaven.main.skip}
   * (its {@code <skipMain>} in the POM is read from {@link #buildPlugins}).
   */
  @Parameter(property = "maven.main.skip", defaultValue = "false")
  boolean mainCompileSkipped;

  /** Whether it skips the tests' compile, as with {@code -Dmaven.test.skip}. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean testCompileSkipped;

  /** The build's plugins: the compiler plugin's settings may be what kept the processor from running. */
  @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
  List<Plugin> buildPlugins = List.of();

  /** The compiler plugin's {@code proc} as a property sets it ({@code -Dmaven.compiler.proc=none}). */
  @Parameter(property = "maven.compiler.proc")
  String procProperty;

  /** The sources' encoding, as the compiler reads them; UTF-8 where the project names none. */
  @Parameter(defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** Made by Maven, which sets the parameters. */
  public VerifyGeneratedMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    boolean tests = JavaSources.isTestOutput(classesDirectory, testOutputDirectory);
    if ((tests ? testCompileSkipped : mainCompileSkipped) || CompilerConfiguration.skips(buildPlugins, tests)) {
      getLog().info("closecodes: the compile is skipped, so there is nothing generated to check");
      return;
    }
    Charset charset = charset();
    Set<String> missing = new TreeSet<>(); // each package once, in order
    for (String root : tests ? testSourceRoots : sourceRoots) {
      Path folder = Path.of(root);
      try {
        for (Path source : JavaSources.in(folder)) {
          annotatedPackage(source, charset).filter(pkg -> !generated(pkg))
              .ifPresent(pkg -> missing.add(pkg.isEmpty() ? "the unnamed package" : pkg));
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot read the sources in " + folder + ": " + e.getMessage(), e);
      }
    }
    if (!missing.isEmpty()) {
      String cause = "none".equals(procProperty) ? "maven.compiler.proc=none runs no annotation processor: remove it"
          : CompilerConfiguration.processorKeptOut(buildPlugins).orElse("the annotation processor did not"
          + " run. javac 23 and later run no processor found on the class path unless asked: add"
          + " <arg>-proc:full</arg> to the compiler arguments, or name the processor in annotationProcessorPaths");
      throw new MojoExecutionException("@CloseCodeSpec is on " + String.join(", ", missing)
          + ", but closecodes generated nothing there: " + cause
          + "; then build from clean (mvn clean compile), as the compiler sees no source changed");
    }
  }

  private Charset charset() {
    try {
      return encoding == null || encoding.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(encoding.strip());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8; // the compiler says what is wrong with the name
    }
  }

  /**
   * The package a source declares, where a line of it carries the annotation; a byte the encoding
   * does not have is read as a replacement character, which the compiler reports, not this check.
   */
  private static Optional<String> annotatedPackage(Path source, Charset charset) throws IOException {
    // Read as javac reads it: a comment, a string or a text block that shows the annotation is none.
    String code = JavaSources.code(new String(Files.readAllBytes(source), charset));
    Matcher annotation = ANNOTATION.matcher(code);
    boolean found = false;
    boolean qualified = false;
    while (!qualified && annotation.find()) {
      found = true;
      qualified = annotation.group(1) != null;
    }
    if (!found) {
      return Optional.empty(); // most sources: the package is not looked for
    }
    Matcher pkg = PACKAGE.matcher(code);
    String packageName = pkg.find() ? pkg.group(1).replaceAll("\\s", "") : "";
    boolean ours = qualified || packageName.equals("dev.closecodes") || IMPORT.matcher(code).find();
    return ours ? Optional.of(packageName) : Optional.empty(); // not: another package's of that simple name
  }

  /** Whether the package's types were compiled: {@code CloseCodes} stands for all five. */
  private boolean generated(String pkg) {
    Path folder = pkg.isEmpty() ? classesDirectory.toPath() : classesDirectory.toPath().resolve(pkg.replace('.', '/'));
    return Files.isRegularFile(folder.resolve("CloseCodes.class"));
  }
}
