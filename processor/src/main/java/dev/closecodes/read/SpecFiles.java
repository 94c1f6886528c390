package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.generate.Generator;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads spec documents from files, turning I/O failures into diagnostics like any other. */
public final class SpecFiles {

  private SpecFiles() {}

  public static SpecDocument readSpec(Path file) {
    String name = file.toString();
    try {
      return SpecReader.read(name, readBytes(file));
    } catch (IOException e) {
      Diagnostic unreadable = unreadable(name, e);
      return new SpecDocument(name, Locales.UNKNOWN, "", List.of(), PageProse.EMPTY, List.of(unreadable));
    }
  }

  /**
   * The file's bytes. Only a regular file is read, never a FIFO or a device, which could block or
   * never end; and never more than {@link InputLimits#MAX_PAGE_BYTES} and one byte, so that a
   * larger file is an error however it grows. A folder or a missing file is an
   * {@link IOException} with a plain message.
   */
  static byte[] readBytes(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    if (!Files.exists(file)) {
      throw new IOException("no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a regular file (a pipe, a socket or a device)");
    }
    long size = Files.size(file);
    if (size > InputLimits.MAX_PAGE_BYTES) {
      throw new TooLarge(size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied", e);
    }
  }

  /**
   * Reads a stream up to one byte past {@link InputLimits#MAX_PAGE_BYTES}: enough for the reader
   * to report the file too large, never more memory than that.
   */
  public static byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes(InputLimits.MAX_PAGE_BYTES + 1);
  }

  /** A file larger than {@link InputLimits#MAX_PAGE_BYTES}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLarge(long size) {
      super("too large");
      this.size = size;
    }
  }

  /** A file that could not be read, with the diagnostic that says so. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    UnreadableException(Diagnostic diagnostic) {
      super(diagnostic.text());
      this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /** A file's name and bytes, for the generator. */
  public static Generator.Document document(Path file) throws UnreadableException {
    return document(file, file.toString());
  }

  /** A file's bytes under the name the user gave it. */
  public static Generator.Document document(Path file, String name) throws UnreadableException {
    try {
      return new Generator.Document(name, readBytes(file));
    } catch (IOException e) {
      throw new UnreadableException(unreadable(name, e));
    }
  }

  static Diagnostic unreadable(String name, IOException e) {
    if (e instanceof TooLarge large) {
      return Diagnostic.of(Message.FILE_TOO_LARGE, new SourceLocation(name, 1), large.size, InputLimits.MAX_PAGE_BYTES);
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Diagnostic.of(Message.FILE_UNREADABLE, new SourceLocation(name, 1), why);
  }
}
