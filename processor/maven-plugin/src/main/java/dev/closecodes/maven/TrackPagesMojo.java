package dev.closecodes.maven;

import dev.closecodes.processor.CompileInputs;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs before the compiler: when a spec document the last compile read has changed since (or that
 * compile failed, or stopped before it wrote the generated classes), removes the class files of the
 * annotated elements. Their sources are then out of date, and Maven's compiler plugin, which sees
 * only Java sources and class-path jars, runs javac and the processor again. It does the same when
 * the POM names another version of the processor, or of a jar the documents were read from, than
 * the last compile read (see {@link ArtifactVersions}). When nothing changed, it does nothing.
 * Where closecodes has generated and the compiler plugin is version 3.11.0, which makes javac warn
 * of the generated sources in each later compile, it says so and what mends it.
 *
 * <p>The processor writes what it read beside the class output, named after it
 * ({@code target/closecodes-inputs.tsv} for {@code target/classes}), where the goal looks for it;
 * where the processor's {@code closecodes.inputs} option names another file, {@link #inputs} names
 * the same.
 */
@Mojo(name = "track-pages", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class TrackPagesMojo extends AbstractMojo {

  /**
   * What the last compile read, where the processor's {@code closecodes.inputs} option puts it;
   * unset, the record the processor writes beside {@link #classesDirectory}
   * ({@code target/closecodes-inputs.tsv} for {@code target/classes}).
   */
  @Parameter(property = "closecodes.inputs")
  File inputs;

  /** The class output of that compile: {@code ${project.build.testOutputDirectory}} for test sources. */
  @Parameter(defaultValue = "${project.build.outputDirectory}")
  File classesDirectory;

  /** The folders of the main Java sources, for a record that names no class file. */
  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true)
  List<String> compileSourceRoots = List.of();

  /** The folders of the test Java sources, for the same when {@link #classesDirectory} is the tests'. */
  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true)
  List<String> testCompileSourceRoots = List.of();

  /** The tests' class output, which tells whose sources {@link #classesDirectory} holds the classes of. */
  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
  File testOutputDirectory;

  /** The build's plugins, for the compiler plugin's processor path. */
  @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
  List<Plugin> buildPlugins = List.of();

  /** The compiler plugin's {@code proc} as a property sets it ({@code -Dmaven.compiler.proc=none}). */
  @Parameter(property = "maven.compiler.proc")
  String procProperty;

  /** The project's dependencies, where a page may be read from the class path. */
  @Parameter(defaultValue = "${project.dependencies}", readonly = true)
  List<Dependency> dependencies = List.of();

  /** The versions a processor path or a dependency leaves out. */
  @Parameter(defaultValue = "${project.dependencyManagement}", readonly = true)
  DependencyManagement dependencyManagement;

  /** The local repository, where the jars of the versions the last compile read lie. */
  @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
  File localRepository;

  /** Made by Maven, which sets the parameters. */
  public TrackPagesMojo() {}

  @Override
  public void execute() throws MojoExecutionException {
    Path record = inputs != null ? inputs.toPath() : CompileInputs.recordBeside(classesDirectory.toPath());
    CompileInputs read;
    try {
      if (CompileInputs.holdsSomethingElse(record)) {
        // Read as a damaged record, it would be removed with the class files: a jar, a page.
        getLog().warn("closecodes: " + record + " is no record of what a compile read, and is left as it is:"
            + " a page edit alone may not rebuild; name a file of its own in <inputs> and in the processor's"
            + " closecodes.inputs");
        return;
      }
      read = CompileInputs.read(record);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("cannot read " + record + ": " + e.getMessage()
          + "; remove it, and the build compiles from the start", e);
    }
    if (Files.isRegularFile(record)) {
      // closecodes has generated here, so the next compile meets its earlier output
      CompilerConfiguration.generatedSourcesReadAsSources(buildPlugins, procProperty)
          .ifPresent(warning -> getLog().warn("closecodes: " + warning));
    }
    Path classes = classesDirectory.toPath().toAbsolutePath().normalize();
    List<String> changes = new ArrayList<>(read.changes());
    if (changes.isEmpty() && localRepository != null) {
      List<URI> addresses = new ArrayList<>();
      for (CompileInputs.Input input : read.inputs()) {
        addresses.add(input.address());
      }
      changes.addAll(ArtifactVersions.changes(addresses, localRepository.toPath(),
          ArtifactVersions.named(buildPlugins, dependencies, dependencyManagement)));
    }
    if (changes.isEmpty()) {
      unfinished(read, record, classes).ifPresent(changes::add);
    }
    if (changes.isEmpty()) {
      getLog().debug("closecodes: the spec documents are as the last compile read them");
      return;
    }
    changes.forEach(change -> getLog().info("closecodes: " + change + "; the annotated sources compile again"));
    try {
      List<String> classFiles = read.classFiles();
      if (classFiles.isEmpty()) {
        // A damaged record may name none; with nothing removed the compiler plugin would compile
        // nothing, and with the record gone no later build would look at the pages again.
        getLog().info("closecodes: the record names no class file; the classes of every Java source compile again");
        classFiles = classFilesOfJavaSources();
      }
      for (String classFile : classFiles) {
        Optional<Path> stale = inClassOutput(classes, classFile);
        if (stale.isPresent()) {
          Files.deleteIfExists(stale.get());
        }
      }
      // The next compile writes it again; until then there is nothing more to track.
      Files.deleteIfExists(record);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot remove the out-of-date class files: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the compile that wrote the record stopped after the processor ran (an error in another
   * source): javac writes the class files after the processor writes the record, so one older than
   * the record is the compile's before, and a generated type's that is missing was never written.
   * A compiler plugin that compiles only the sources whose class files are out of date
   * ({@code useIncrementalCompilation=false}) would otherwise keep the old generated classes for good.
   */
  private static Optional<String> unfinished(CompileInputs read, Path record, Path classes) {
    if (!Files.isRegularFile(record)) {
      return Optional.empty(); // no compile has read anything yet
    }
    try {
      FileTime written = Files.getLastModifiedTime(record);
      List<String> classFiles = new ArrayList<>(read.classFiles());
      classFiles.addAll(read.generatedClassFiles());
      for (String classFile : classFiles) {
        Optional<Path> inOutput = inClassOutput(classes, classFile);
        if (inOutput.isEmpty()) {
          continue;
        }
        Path compiled = inOutput.get();
        if (!Files.isRegularFile(compiled)) {
          // an annotated element's may have been removed by hand, and the compiler plugin sees that
          if (read.generatedClassFiles().contains(classFile)) {
            return Optional.of("the last compile did not finish (" + classFile + " was not written)");
          }
        } else if (Files.getLastModifiedTime(compiled).compareTo(written) < 0) {
          return Optional.of("the last compile did not finish (" + classFile + " is older than the record it left)");
        }
      }
    } catch (IOException e) {
      return Optional.of("the record's time or its class files' cannot be read (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  /** A class file the record names, in the class output; never outside it, whatever the record says. */
  private static Optional<Path> inClassOutput(Path classes, String classFile) {
    Path file = classes.resolve(classFile).normalize();
    return file.startsWith(classes) ? Optional.of(file) : Optional.empty();
  }

  /** The class file of each Java source of the compile whose output {@link #classesDirectory} is. */
  private List<String> classFilesOfJavaSources() throws IOException {
    boolean tests = JavaSources.isTestOutput(classesDirectory, testOutputDirectory);
    List<String> classFiles = new ArrayList<>();
    for (String root : tests ? testCompileSourceRoots : compileSourceRoots) {
      Path folder = Path.of(root);
      for (Path source : JavaSources.in(folder)) {
        String relative = folder.relativize(source).toString().replace('\\', '/');
        classFiles.add(relative.substring(0, relative.length() - ".java".length()) + ".class");
      }
    }
    return classFiles;
  }
}
