package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads spec documents from files, turning I/O failures into diagnostics like any other. */
public final class SpecFiles {

  private SpecFiles() {}

  public static SpecDocument readSpec(Path file) {
    String name = file.toString();
    try {
      return SpecReader.read(name, Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      Diagnostic unreadable =
          Diagnostic.of(Message.FILE_UNREADABLE, new SourceLocation(name, 1), describe(e));
      return new SpecDocument(name, Locales.UNKNOWN, "", List.of(), PageProse.EMPTY, List.of(unreadable));
    }
  }

  static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    } else if (Files.isDirectory(Path.of(e.getMessage() == null ? "." : e.getMessage()))) {
      return "it is a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
