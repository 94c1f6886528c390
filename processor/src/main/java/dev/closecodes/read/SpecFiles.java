package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
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

  static Diagnostic unreadable(String name, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Diagnostic.of(Message.FILE_UNREADABLE, new SourceLocation(name, 1), why);
  }
}
