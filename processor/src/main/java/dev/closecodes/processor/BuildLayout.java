package dev.closecodes.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where the build keeps things, so that a build needs no processor option for them: the project's
 * folder (that relative page and lock-file names are resolved against) and the file the inputs
 * record goes to. Each is its option where one is given; else it is found from the compile's class
 * output, as Maven and Gradle lay projects out: the project's folder is the nearest folder above
 * the class output that holds a build file (or, in a Gradle build, the folder of the build folder
 * the class output is in), and the record goes beside the class output
 * ({@code target/closecodes-inputs.tsv} for {@code target/classes}).
 *
 * <p>With no option and no build file above the class output (a plain {@code javac -d out}),
 * names resolve against the working folder and no record is written.
 */
final class BuildLayout {

  /** The folder relative file names are resolved against, such as Maven's {@code ${project.basedir}}. */
  static final String BASEDIR_OPTION = "closecodes.basedir";

  /** The files that mark a project's folder. */
  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  /** The name asked for in the class output to learn where it is; no such file is written. */
  private static final String PROBE = "closecodes.probe";

  private final Optional<Path> basedir;
  /** The project's folder the option names, where it names one that is no folder. */
  private final Optional<String> basedirNotAFolder;
  private final Optional<Path> inputsRecord;

  BuildLayout(ProcessingEnvironment environment) {
    Optional<Path> classOutput = classOutput(environment);
    Optional<Path> found = classOutput.isPresent() ? projectFolderAbove(classOutput.get()) : Optional.empty();
    String basedirOption = environment.getOptions().get(BASEDIR_OPTION);
    boolean basedirGiven = basedirOption != null && !basedirOption.isBlank();
    Optional<Path> given = Optional.empty();
    boolean folder = false;
    if (basedirGiven) {
      try {
        given = Optional.of(Path.of(basedirOption));
        folder = Files.isDirectory(given.get());
      } catch (InvalidPathException e) {
        // no folder
      }
    }
    this.basedirNotAFolder = basedirGiven && !folder ? Optional.of(basedirOption) : Optional.empty();
    this.basedir = folder ? given : found;
    // javac gives -Aclosecodes.inputs= as the option with no value, as it does -Aclosecodes.inputs:
    // either is the empty option, which writes no record, not the option left out.
    if (environment.getOptions().containsKey(CompileInputs.OPTION)) {
      String inputsOption = environment.getOptions().get(CompileInputs.OPTION);
      // A relative name is the project's, as page and lock-file names are: javac's working folder
      // is the reactor's, shared by its modules, when Maven builds from a parent.
      Path named = inputsOption == null || inputsOption.isBlank() ? null : Path.of(inputsOption);
      this.inputsRecord = named == null ? Optional.empty()
          : Optional.of(named.isAbsolute() || basedir.isEmpty() ? named : basedir.get().resolve(named));
    } else {
      this.inputsRecord = found.isPresent()
          ? Optional.of(CompileInputs.recordBeside(classOutput.get()))
          : Optional.empty();
    }
  }

  /**
   * What the project's folder option says where it names no folder: a typo there would read
   * relative names against a folder that is not there, and write the lock file into a new one.
   */
  Optional<String> basedirNotAFolder() {
    return basedirNotAFolder;
  }

  /** The project's folder, where it is known. */
  Optional<Path> basedir() {
    return basedir;
  }

  /**
   * The folder the output cache goes in, beside the inputs record: {@code target/closecodes-cache}
   * for {@code target/closecodes-inputs.tsv}; none where there is no record.
   */
  Optional<Path> cacheFolder() {
    return inputsRecord.isEmpty() ? Optional.empty() : cacheFolderBeside(inputsRecord.get());
  }

  /**
   * The cache's folder for a record: {@code closecodes-cache} for {@code closecodes-inputs.tsv}
   * (and {@code closecodes-cache-main} for {@code closecodes-inputs-main.tsv}); for a record named
   * otherwise, its name with {@code -cache} added ({@code classes.tsv-cache}), never a name the
   * build may have given a folder of its own, such as the class output's beside
   * {@code classes.tsv}, nor the record's. None where the record is no file a compile can write (a
   * device such as {@code /dev/null}, a pipe, a file that holds something else, such as a page):
   * nothing is made beside such a thing.
   */
  static Optional<Path> cacheFolderBeside(Path record) {
    try {
      if (Files.exists(record) && (!Files.isRegularFile(record) || CompileInputs.holdsSomethingElse(record))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty(); // no record can be written there either
    }
    String name = record.getFileName().toString();
    String ours = "closecodes-inputs";
    // what tells one of the records this processor names from the others: "", "-main", "-test-classes"
    String qualifier = name.startsWith(ours) && name.endsWith(".tsv")
        ? name.substring(ours.length(), name.length() - ".tsv".length())
        : null;
    boolean named = qualifier != null && (qualifier.isEmpty() || qualifier.startsWith("-") && qualifier.length() > 1);
    return Optional.of(record.resolveSibling(named ? "closecodes-cache" + qualifier : name + "-cache"));
  }

  /** Where this compile's inputs record goes, where it goes anywhere. */
  Optional<Path> inputsRecord() {
    return inputsRecord;
  }

  private static Optional<Path> classOutput(ProcessingEnvironment environment) {
    FileObject probe;
    try {
      // Only asks where a file would go: nothing is created.
      probe = environment.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", PROBE);
    } catch (FileNotFoundException e) {
      // The Eclipse compiler's Filer gives only files that exist. Its createResource gives the
      // place without writing anything until the file is opened, which this one never is.
      try {
        probe = environment.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", PROBE);
      } catch (Exception notEither) {
        return Optional.empty();
      }
    } catch (Exception e) {
      return Optional.empty(); // a Filer that cannot say: names resolve against the working folder
    }
    try {
      URI address = probe.toUri();
      return "file".equals(address.getScheme())
          ? Optional.ofNullable(Path.of(address).toAbsolutePath().getParent())
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // an address that is no path of this machine's
    }
  }

  /**
   * The project's folder for a class output: the nearest folder above it with a build file, except
   * in a Gradle build, where a subproject that the root's build configures has none of its own:
   * there it is the folder that Gradle's build folder is in ({@code ws} for
   * {@code ws/build/classes/java/main}), where the class output is in one.
   */
  static Optional<Path> projectFolderAbove(Path classOutput) {
    Optional<Path> aroundGradlesBuildFolder = Optional.empty();
    for (Path folder = classOutput.getParent(); folder != null; folder = folder.getParent()) {
      for (String buildFile : BUILD_FILES) {
        if (Files.isRegularFile(folder.resolve(buildFile))) {
          return buildFile.equals("pom.xml") || aroundGradlesBuildFolder.isEmpty()
              ? Optional.of(folder)
              : aroundGradlesBuildFolder;
        }
      }
      if (aroundGradlesBuildFolder.isEmpty() && folder.getFileName() != null
          && folder.getFileName().toString().equals("build") && classOutput.startsWith(folder.resolve("classes"))) {
        aroundGradlesBuildFolder = Optional.ofNullable(folder.getParent());
      }
    }
    return Optional.empty();
  }
}
