package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds a document named in the annotation: as a file (absolute, or relative to the project's
 * folder, or to the working directory), else as a resource on the processor path (where the
 * spec-source jar sits), else on the class path, else in the class output (where the build copied
 * the project's own resources).
 */
final class DocumentLocator {

  /**
   * A document as found.
   *
   * @param name the name the annotation gives it
   * @param address where it was read from
   * @param bytes its bytes
   */
  record Read(String name, URI address, byte[] bytes) {

    /** Whether it was read from {@code file}, by its name or through a link. */
    boolean isFile(Path file) {
      if (!"file".equals(address.getScheme())) {
        return false;
      }
      try {
        Path read = Path.of(address);
        return read.equals(file) || Files.exists(file) && Files.isSameFile(read, file);
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  /** Where the project's own resources are, in the order looked in: the class path, the class output. */
  private static final StandardLocation[] PROJECT_RESOURCES = {StandardLocation.CLASS_PATH, StandardLocation.CLASS_OUTPUT};

  private final ProcessingEnvironment environment;
  private final Optional<Path> basedir;
  private final List<Read> read = new ArrayList<>();
  private final List<Path> passedOver = new ArrayList<>();
  private final Diagnostics copiesNotRead = new Diagnostics();

  /** {@code basedir} is the project's folder, where it is known. */
  DocumentLocator(ProcessingEnvironment environment, Optional<Path> basedir) {
    this.environment = environment;
    this.basedir = basedir;
  }

  /** The documents found so far, in the order found. */
  List<Read> read() {
    return read;
  }

  /**
   * The files looked for and not there, before a document was found as a resource: a file put
   * there later comes first, and a build must read it.
   */
  List<Path> passedOver() {
    return passedOver;
  }

  /**
   * The copies of documents read from the processor path that the project holds under the same
   * name, with other bytes, and that are not read: a warning each, of the build's layout rather
   * than of what a document says, so said on every compile and recorded nowhere.
   */
  Diagnostics copiesNotRead() {
    return copiesNotRead;
  }

  /**
   * Reports a name the annotation gives a document or the lock file where its folders are
   * separated with '\': Windows alone reads it so, and the same build would look for another
   * file, or write one, anywhere else.
   */
  static void reportWindowsOnlyName(String name, String attribute, Diagnostics diagnostics) {
    if (name.indexOf('\\') >= 0) {
      diagnostics.report(Message.NAME_WITH_BACKSLASHES, new RequestPart(attribute), name, name.replace('\\', '/'));
    }
  }

  /**
   * The document.
   *
   * @param attribute the annotation's attribute that names it, where a document not found is reported
   * @throws Diagnostics.Abort after reporting a document that cannot be found, or read
   */
  Document find(String name, String attribute, Diagnostics diagnostics) {
    List<String> lookedIn = new ArrayList<>();
    List<Path> candidates = candidateFiles(name);
    for (Path file : candidates) {
      String where = "file " + file.toAbsolutePath().normalize();
      if (!lookedIn.contains(where)) {
        lookedIn.add(where);
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // a broken or looping link is read, and says so
        return read(file.toAbsolutePath().normalize().toUri(), DocumentFiles.read(file, name, diagnostics));
      }
    }
    DocumentFiles.failIfAnAddress(name, new RequestPart(attribute), diagnostics);
    String resource = name.startsWith("/") ? name.substring(1) : name;
    lookedIn.add("the annotation processor path");
    URL onProcessorPath = DocumentLocator.class.getClassLoader().getResource(resource);
    if (onProcessorPath != null) {
      Document document = DocumentFiles.readResource(onProcessorPath, name, diagnostics);
      URI address;
      try {
        address = onProcessorPath.toURI();
      } catch (URISyntaxException e) {
        throw diagnostics.fail(Message.FILE_UNREADABLE, new SourceLocation(name, 1), e.getMessage());
      }
      sayOfADifferingCopy(resource, attribute, name, address, document.bytes());
      return readPassingOver(candidates, address, document);
    }
    // A named module whose every dependency is a module is compiled with no class path at all:
    // its own resources, which the build copied to the class output, are then only there.
    for (StandardLocation location : PROJECT_RESOURCES) {
      lookedIn.add(location == StandardLocation.CLASS_PATH ? "the class path" : "the class output");
      Optional<Read> found = resourceIn(location, name, resource, diagnostics);
      if (found.isPresent()) {
        return readPassingOver(candidates, found.get().address(), new Document(name, found.get().bytes()));
      }
    }
    Optional<String> amongResources = inTheProjectsResources(name);
    if (amongResources.isPresent()) {
      throw diagnostics.fail(Message.DOCUMENT_ONLY_AMONG_RESOURCES, new RequestPart(attribute), name,
          String.join("; ", lookedIn), amongResources.get(), attribute, amongResources.get());
    }
    Optional<String> inOtherCase = inOtherCase(name);
    if (inOtherCase.isPresent()) {
      throw diagnostics.fail(Message.DOCUMENT_NAME_IN_OTHER_CASE, new RequestPart(attribute), name,
          String.join("; ", lookedIn), inOtherCase.get(), attribute, inOtherCase.get());
    }
    throw diagnostics.fail(Message.DOCUMENT_NOT_FOUND, new RequestPart(attribute), name, String.join("; ", lookedIn));
  }

  /**
   * The name, from the project's folder (else the working directory), of the file that a relative
   * {@code name} names where case is ignored, where that is another name; empty otherwise, and for
   * an absolute name (see {@link DocumentFiles#nameInOtherCase}).
   */
  Optional<String> inOtherCase(String name) {
    try {
      if (Path.of(name).isAbsolute()) {
        return Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // a name that is no path
    }
    return DocumentFiles.nameInOtherCase(basedir.orElse(Path.of("").toAbsolutePath()), name);
  }

  /**
   * The name, from the project's folder, of the file a relative {@code name} is among the
   * project's resources: in {@code src/main/resources} first, then in the {@code resources} of
   * the other folders of {@code src}, in the order of their names; empty where there is none, or
   * no project folder is known. A build that copies its resources before compiling (Maven) has
   * them in the class output; one that copies them after (Gradle) has them nowhere javac looks.
   */
  private Optional<String> inTheProjectsResources(String name) {
    if (basedir.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path relative = Path.of(name);
      Path sources = basedir.get().resolve("src");
      if (relative.isAbsolute() || !Files.isDirectory(sources)) {
        return Optional.empty();
      }
      List<Path> sets;
      try (Stream<Path> listed = Files.list(sources)) {
        sets = listed.sorted(Comparator.comparing((Path set) -> !set.getFileName().toString().equals("main"))
            .thenComparing(set -> set.getFileName().toString())).toList();
      }
      for (Path set : sets) {
        Path resources = set.resolve("resources");
        Path file = resources.resolve(relative).normalize();
        if (file.startsWith(resources) && Files.isRegularFile(file)) {
          return Optional.of(DocumentFiles.nameFrom(basedir.get(), file));
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable folder or a name that is no path: the error says where it looked, without this
    }
    return Optional.empty();
  }

  /**
   * Says where the project holds another copy of a document read from the processor path, with
   * other bytes: on the class path, among its own resources, or in the class output, where the
   * build copied them. The processor path comes first, so an edit of such a copy (of
   * spec-source's page, say) would otherwise change nothing, without a word.
   */
  private void sayOfADifferingCopy(String resource, String attribute, String name, URI readFrom, byte[] bytes) {
    for (StandardLocation location : PROJECT_RESOURCES) {
      Optional<Read> copy;
      try {
        // what keeps a copy from being read (a pipe of that name) is this check's to pass over
        copy = resourceIn(location, name, resource, new Diagnostics());
      } catch (RuntimeException e) {
        continue; // a compiler's Filer that cannot tell, or a copy that is no file: the check only advises
      }
      if (copy.isPresent() && !Arrays.equals(copy.get().bytes(), bytes)) {
        copiesNotRead.report(Diagnostic.of(Message.DOCUMENT_COPY_NOT_READ, new RequestPart(attribute), name,
            readFrom, copy.get().address()));
        return;
      }
    }
  }

  /**
   * The resource in one of {@link #PROJECT_RESOURCES}, read; empty where it is not there. One in a
   * folder goes through the gate files go through: a pipe or a device is an error on
   * {@code diagnostics} that says which, never opened, since its read could wait for ever.
   *
   * @throws Diagnostics.Abort after reporting why the resource cannot be read
   */
  private Optional<Read> resourceIn(StandardLocation location, String name, String resource, Diagnostics diagnostics) {
    FileObject object;
    try {
      object = environment.getFiler().getResource(location, "", resource);
    } catch (IOException | RuntimeException e) {
      // not there; javac makes no file object of a folder, and a client's file manager may say
      // so wrapped in an exception of its own
      return Optional.empty();
    }
    Optional<Path> file = DocumentFiles.pathOf(object.toUri());
    if (file.isPresent()) {
      return Files.exists(file.get(), LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(new Read(name, object.toUri(), DocumentFiles.read(file.get(), name, diagnostics).bytes()))
          : Optional.empty();
    }
    try (InputStream in = object.openInputStream()) {
      return Optional.of(new Read(name, object.toUri(), DocumentFiles.readBounded(in)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not there
    }
  }

  private Document read(URI address, Document document) {
    read.add(new Read(document.name(), address, document.bytes()));
    return document;
  }

  /** A document found as a resource, after the files it could have been were not there. */
  private Document readPassingOver(List<Path> candidates, URI address, Document document) {
    for (Path file : candidates) {
      passedOver.add(file.toAbsolutePath().normalize());
    }
    return read(address, document);
  }

  /** Where a file the build writes beside its sources goes: against the base folder, if given. */
  Path resolve(String name) {
    Path path = Path.of(name);
    return path.isAbsolute() || basedir.isEmpty() ? path : basedir.get().resolve(path);
  }

  private List<Path> candidateFiles(String name) {
    List<Path> files = new ArrayList<>();
    try {
      Path path = Path.of(name);
      if (path.isAbsolute()) {
        files.add(path);
        return files;
      }
      if (basedir.isPresent()) {
        files.add(basedir.get().resolve(path));
      }
      files.add(path);
    } catch (java.nio.file.InvalidPathException e) {
      // not a file name; a resource name perhaps
    }
    return files;
  }
}
