package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.generate.Generator;
import dev.closecodes.read.SpecFiles;
import dev.closecodes.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds a spec document named in the annotation: as a file (absolute, or relative to the
 * {@code closecodes.basedir} option, or to the working directory), else as a resource on the
 * processor path (where the spec-source jar sits), else on the class path.
 */
final class DocumentLocator {

  /** The folder relative file names are resolved against, such as Maven's {@code ${project.basedir}}. */
  static final String BASEDIR_OPTION = "closecodes.basedir";

  private final ProcessingEnvironment environment;
  private final BiConsumer<URI, byte[]> whenRead;

  /** {@code whenRead} hears of each document found: where it was read from, and its bytes. */
  DocumentLocator(ProcessingEnvironment environment, BiConsumer<URI, byte[]> whenRead) {
    this.environment = environment;
    this.whenRead = whenRead;
  }

  /** The document, or empty after reporting where it was looked for. */
  Optional<Generator.Document> find(String name, Reporter reporter) {
    List<String> lookedIn = new ArrayList<>();
    for (Path file : candidateFiles(name)) {
      lookedIn.add("file " + file.toAbsolutePath().normalize());
      if (Files.exists(file)) {
        try {
          return Optional.of(read(file.toAbsolutePath().normalize().toUri(), SpecFiles.document(file, name)));
        } catch (SpecFiles.UnreadableException e) {
          reporter.report(e.diagnostic());
          return Optional.empty();
        }
      }
    }
    String resource = name.startsWith("/") ? name.substring(1) : name;
    lookedIn.add("the annotation processor path");
    URL onProcessorPath = DocumentLocator.class.getClassLoader().getResource(resource);
    if (onProcessorPath != null) {
      try (InputStream in = onProcessorPath.openStream()) {
        return Optional.of(read(onProcessorPath.toURI(), new Generator.Document(name, SpecFiles.readBounded(in))));
      } catch (IOException | URISyntaxException e) {
        reporter.report(Diagnostic.of(Message.FILE_UNREADABLE, new SourceLocation(name, 1), e.getMessage()));
        return Optional.empty();
      }
    }
    lookedIn.add("the class path");
    try {
      FileObject object = environment.getFiler().getResource(StandardLocation.CLASS_PATH, "", resource);
      try (InputStream in = object.openInputStream()) {
        return Optional.of(read(object.toUri(), new Generator.Document(name, SpecFiles.readBounded(in))));
      }
    } catch (IOException | IllegalArgumentException e) {
      // not there either
    }
    reporter.report(Diagnostic.of(Message.SPEC_NOT_FOUND, new SourceLocation(name, 1), name, String.join("; ", lookedIn)));
    return Optional.empty();
  }

  private Generator.Document read(URI address, Generator.Document document) {
    whenRead.accept(address, document.bytes());
    return document;
  }

  /** Where a file the build writes beside its sources goes: against the base folder, if given. */
  Path resolve(String name) {
    Path path = Path.of(name);
    String basedir = environment.getOptions().get(BASEDIR_OPTION);
    return path.isAbsolute() || basedir == null ? path : Path.of(basedir).resolve(path);
  }

  private List<Path> candidateFiles(String name) {
    List<Path> files = new ArrayList<>();
    try {
      Path path = Path.of(name);
      if (path.isAbsolute()) {
        files.add(path);
        return files;
      }
      String basedir = environment.getOptions().get(BASEDIR_OPTION);
      if (basedir != null) {
        files.add(Path.of(basedir).resolve(path));
      }
      files.add(path);
    } catch (java.nio.file.InvalidPathException e) {
      // not a file name; a resource name perhaps
    }
    return files;
  }
}
