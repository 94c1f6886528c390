package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.diagnostics.Where;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one gate every file closecodes reads goes through: only a regular file, never a FIFO or a
 * device, which could block or never end; and never more than {@link InputLimits#MAX_PAGE_BYTES}
 * and one byte, so that a larger file is an error however it grows.
 */
public final class DocumentFiles {

  /** Why a file that is no regular file is neither read nor replaced. */
  private static final String NOT_REGULAR = "not a regular file (a pipe, a socket or a device)";

  /** The links followed to the file a name stands for before it is taken for a loop, as Linux does. */
  private static final int MAX_LINKS = 40;

  private DocumentFiles() {}

  /**
   * The file as a document under the name the user gave it. A file that cannot be read is an
   * error at the file, and ends the work on it.
   *
   * @throws Diagnostics.Abort after reporting why the file cannot be read
   */
  public static Document read(Path file, String name, Diagnostics diagnostics) {
    try {
      return new Document(name, readBytes(file));
    } catch (IOException e) {
      throw unreadable(e, name, diagnostics);
    }
  }

  /** The error of a document that cannot be read, at its first line: too large, or why not. */
  private static Diagnostics.Abort unreadable(IOException e, String name, Diagnostics diagnostics) {
    return e instanceof TooLarge tooLarge
        ? diagnostics.fail(Message.FILE_TOO_LARGE, new SourceLocation(name, 1), tooLarge.size, InputLimits.MAX_PAGE_BYTES)
        : diagnostics.fail(Message.FILE_UNREADABLE, new SourceLocation(name, 1), e.getMessage());
  }

  /** The file as a document named by its path. */
  public static Document read(Path file, Diagnostics diagnostics) {
    return read(file, file.toString(), diagnostics);
  }

  /**
   * The file a command line names, as a document. A name this system cannot make a path of (a
   * name in UTF-8 under {@code LANG=C}) is an error at the file like any other.
   *
   * @throws Diagnostics.Abort after reporting why the file cannot be read
   */
  public static Document read(String name, Diagnostics diagnostics) {
    Path file = path(name, diagnostics);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      failIfAnAddress(name, new SourceLocation(name, 1), diagnostics);
      Optional<String> inOtherCase = nameInOtherCase(Path.of("").toAbsolutePath(), name);
      if (inOtherCase.isPresent()) {
        throw diagnostics.fail(Message.FILE_NAME_IN_OTHER_CASE, new SourceLocation(name, 1), inOtherCase.get());
      }
    }
    return read(file, name, diagnostics);
  }

  /**
   * The name of the file that {@code name} names where case is ignored, where that is another
   * name: from {@code folder} for a relative name, whole for an absolute one. Each folder on the
   * way, and the file, is the one entry of the folder above that matches ignoring case; empty
   * where {@code name} itself is there, or no file or more than one matches. A file system that
   * ignores case (Windows', macOS') reads the two names as one, and one that does not (Linux's)
   * finds nothing, so a build or a script that worked on the one failed on the other with
   * nothing saying why.
   */
  public static Optional<String> nameInOtherCase(Path folder, String name) {
    try {
      Path path = Path.of(name).normalize();
      Path start = path.isAbsolute() ? path.getRoot() : folder;
      Path relative = path.isAbsolute() ? start.relativize(path) : path;
      if (relative.toString().isEmpty() || relative.startsWith("..")) {
        return Optional.empty();
      }
      Path found = start;
      for (Path part : relative) {
        Path exact = found.resolve(part.toString());
        found = Files.exists(exact, LinkOption.NOFOLLOW_LINKS) ? exact : onlyEntryIgnoringCase(found, part.toString());
        if (found == null) {
          return Optional.empty();
        }
      }
      if (found.equals(start.resolve(relative)) || !Files.isRegularFile(found)) {
        return Optional.empty();
      }
      return Optional.of(path.isAbsolute() ? found.toString() : nameFrom(start, found));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable folder or a name that is no path: the error stays the plain one
    }
  }

  /**
   * The name of {@code file} from {@code folder}, its folders separated with {@code /}, as the
   * annotation names documents on every platform.
   */
  public static String nameFrom(Path folder, Path file) {
    return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /** The one entry of {@code folder} named {@code name} ignoring case; null for none, or more than one. */
  private static Path onlyEntryIgnoringCase(Path folder, String name) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    Path match = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().equalsIgnoreCase(name)) {
          if (match != null) {
            return null; // two that differ in case only: neither is the one meant
          }
          match = entry;
        }
      }
    }
    return match;
  }

  /**
   * Ends the work where a document's name that is no file is an address: a web address
   * ({@code https://...}), since the network is never read at build time, or a {@code file:} URI,
   * whose path the error gives. "No such file" would leave a user who pasted one wondering.
   *
   * @throws Diagnostics.Abort after reporting the address
   */
  public static void failIfAnAddress(String name, Where where, Diagnostics diagnostics) {
    String start = name.toLowerCase(Locale.ROOT);
    if (start.startsWith("http://") || start.startsWith("https://") || start.startsWith("ftp://")) {
      throw diagnostics.fail(Message.WEB_ADDRESS, where, name);
    }
    Optional<String> uriPath = fileUriPath(name);
    if (uriPath.isPresent()) {
      throw diagnostics.fail(Message.FILE_URI, where, name, uriPath.get());
    }
  }

  /**
   * The path a {@code file:} URI names ({@code file:///srv/close%20codes.md} names
   * {@code /srv/close codes.md}); empty for any other name. A URI that names no path here
   * ({@code file:page.md}) gives what follows the scheme.
   */
  private static Optional<String> fileUriPath(String name) {
    if (!name.regionMatches(true, 0, "file:", 0, "file:".length())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(URI.create(name)).toString());
    } catch (IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
      return Optional.of(name.substring("file:".length()));
    }
  }

  /**
   * The path a name gives.
   *
   * @throws Diagnostics.Abort after reporting a name that is no path on this system
   */
  public static Path path(String name, Diagnostics diagnostics) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw diagnostics.fail(Message.FILE_UNREADABLE, new SourceLocation(name, 1), unencodableName());
    }
  }

  /** Why a name is no path here: the system's file names are in a charset that cannot hold it. */
  public static String unencodableName() {
    return "this system cannot write the name as a path (its file names are in "
        + System.getProperty("sun.jnu.encoding", "another charset") + "); run with a UTF-8 locale,"
        + " such as LANG=C.UTF-8";
  }

  /**
   * The text of a file the build keeps beside its sources (the lock file), through the same gate
   * and as strictly decoded as a page: UTF-8 with or without a byte-order mark, or UTF-16 with one.
   *
   * @throws Diagnostics.Abort after reporting why the file cannot be read as text
   */
  public static String readText(Path file, String name, Diagnostics diagnostics) {
    return DocumentText.decode(read(file, name, diagnostics), false, diagnostics);
  }

  /**
   * The file's bytes, through the gate. A folder, a missing file, one that cannot be reached or
   * that is not regular is an {@link IOException} whose message says which, plainly.
   */
  public static byte[] readBytes(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new IOException(reason(e), e);
    }
    if (attributes.isDirectory()) {
      throw new IOException("it is a folder");
    }
    if (!attributes.isRegularFile()) {
      throw new IOException(NOT_REGULAR);
    }
    if (attributes.size() > InputLimits.MAX_PAGE_BYTES) {
      throw new TooLarge(attributes.size());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in);
    } catch (IOException e) {
      throw new IOException(reason(e), e);
    }
  }

  /**
   * Writes the bytes to the file, its folders created, whole or not at all: they go to a file
   * beside it first, which is then moved in its place, so that a process stopped half-way leaves
   * the file as it was, never cut short. A link stays a link: the file it names is the one
   * replaced (a lock file or a page kept in a checkout shared by projects). What is no regular
   * file (a device such as {@code /dev/null}, a pipe) is never replaced by one: that is an
   * {@link IOException}. The file keeps its POSIX permissions.
   */
  public static void writeWhole(Path file, byte[] bytes) throws IOException {
    Path target = fileNamedBy(file);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(NOT_REGULAR);
    }
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path partial = target.resolveSibling(target.getFileName() + ".closecodes-partial");
    Set<PosixFilePermission> permissions = posixPermissions(target);
    try {
      Files.write(partial, bytes);
      if (permissions != null) {
        Files.setPosixFilePermissions(partial, permissions); // the file's own, not a new file's defaults
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial); // no litter beside a file that could not be written
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      throw e;
    }
  }

  /** The POSIX permissions of a file there is, or null: no file yet, or no POSIX permissions. */
  private static Set<PosixFilePermission> posixPermissions(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes().permissions();
  }

  /**
   * The file a name stands for, absolute: the name itself, or, where it is a link, what the link
   * names, read against the link's folder, and so on through links to links.
   */
  private static Path fileNamedBy(Path file) throws IOException {
    Path current = file.toAbsolutePath();
    for (int links = 0; Files.isSymbolicLink(current); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemLoopException(file.toString());
      }
      current = current.resolveSibling(Files.readSymbolicLink(current));
    }
    return current;
  }

  /**
   * What went wrong, in plain words: no such file, permission denied, a file where a folder is
   * needed, a loop of symbolic links, or the system's own reason.
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file stands where a folder is needed"; // what creating a file's folders meets
    }
    if (e instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      String why = fileSystem.getReason();
      return why.toLowerCase(Locale.ROOT).contains("symbolic links") ? "a loop of symbolic links" : why;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Reads a stream up to one byte past {@link InputLimits#MAX_PAGE_BYTES}: enough for the reader
   * to report the document too large, never more memory than that. A piece at a time, as any
   * stream is read: a {@code FileInputStream}'s own {@code readNBytes} asks for the file's
   * position, which a pipe, such as standard input, has none of ("Illegal seek").
   */
  public static byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] piece = new byte[8192];
    int limit = InputLimits.MAX_PAGE_BYTES + 1;
    int read;
    while (bytes.size() < limit && (read = in.read(piece, 0, Math.min(piece.length, limit - bytes.size()))) >= 0) {
      bytes.write(piece, 0, read);
    }
    return bytes.toByteArray();
  }

  /**
   * A stream, such as standard input, as a document of the name given, read to its end but never
   * past the limit.
   *
   * @throws Diagnostics.Abort after reporting why the stream cannot be read
   */
  public static Document readStream(InputStream in, String name, Diagnostics diagnostics) {
    try {
      return new Document(name, readBounded(in));
    } catch (IOException e) {
      throw unreadable(e, name, diagnostics);
    }
  }

  /**
   * A resource, such as one on the annotation processor path, as a document under the name the
   * user gave it, read as {@link #readFresh} reads it.
   *
   * @throws Diagnostics.Abort after reporting why the resource cannot be read
   */
  public static Document readResource(URL address, String name, Diagnostics diagnostics) {
    try {
      return new Document(name, readFresh(address));
    } catch (IOException e) {
      throw unreadable(e, name, diagnostics);
    }
  }

  /**
   * The path of a {@code file:} address; empty for any other, such as a jar's entry, or one that
   * names no path here.
   */
  public static Optional<Path> pathOf(URI address) {
    try {
      return "file".equalsIgnoreCase(address.getScheme()) ? Optional.of(Path.of(address)) : Optional.empty();
    } catch (IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The bytes at a resource's address, bounded as {@link #readBounded} is. One in a folder (a
   * module's {@code target/classes}, as a reactor's {@code mvn compile} puts it on a path) goes
   * through the gate as any file does: a folder is said to be one, where its content would be the
   * JVM's listing of it, and a pipe is never opened. One in a jar is read through a connection of
   * its own: read otherwise, it comes through the JVM's cache of open jars, which outlives a
   * compile, so that a later compile in the same JVM (a Maven daemon's, an IDE's) would read the
   * jar as that cache first found it though it has since been rebuilt, and the jar would stay open
   * for the JVM's life.
   */
  public static byte[] readFresh(URL address) throws IOException {
    Optional<Path> file;
    try {
      file = pathOf(address.toURI());
    } catch (URISyntaxException e) {
      file = Optional.empty();
    }
    if (file.isPresent()) {
      return readBytes(file.get());
    }
    URLConnection connection = address.openConnection();
    connection.setUseCaches(false);
    try (InputStream in = connection.getInputStream()) {
      return readBounded(in);
    }
  }

  /** A file larger than {@link InputLimits#MAX_PAGE_BYTES}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLarge(long size) {
      super("larger than " + InputLimits.MAX_PAGE_BYTES + " bytes");
      this.size = size;
    }
  }
}
