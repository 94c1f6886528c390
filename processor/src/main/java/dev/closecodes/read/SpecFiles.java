package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.generate.Generator;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecDocument;
import java.io.IOException;
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

  /** The file's bytes; a folder or a missing file is an {@link IOException} with a plain message. */
  static byte[] readBytes(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    } catch (AccessDeniedException e) {
      throw new IOException("permission denied", e);
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
    try {
      return new Generator.Document(file.toString(), readBytes(file));
    } catch (IOException e) {
      throw new UnreadableException(unreadable(file.toString(), e));
    }
  }

  static Diagnostic unreadable(String name, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Diagnostic.of(Message.FILE_UNREADABLE, new SourceLocation(name, 1), why);
  }
}
