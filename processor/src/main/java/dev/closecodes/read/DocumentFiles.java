package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one gate every file closecodes reads goes through: only a regular file, never a FIFO or a
 * device, which could block or never end; and never more than {@link InputLimits#MAX_PAGE_BYTES}
 * and one byte, so that a larger file is an error however it grows.
 */
public final class DocumentFiles {

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
    } catch (TooLarge e) {
      throw diagnostics.fail(Message.FILE_TOO_LARGE, new SourceLocation(name, 1), e.size, InputLimits.MAX_PAGE_BYTES);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw diagnostics.fail(Message.FILE_UNREADABLE, new SourceLocation(name, 1), why);
    }
  }

  /** The file as a document named by its path. */
  public static Document read(Path file, Diagnostics diagnostics) {
    return read(file, file.toString(), diagnostics);
  }

  /**
   * The file's bytes, through the gate. A folder, a missing file or a file that is not regular is
   * an {@link IOException} with a plain message.
   */
  public static byte[] readBytes(Path file) throws IOException {
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
   * to report the document too large, never more memory than that.
   */
  public static byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes(InputLimits.MAX_PAGE_BYTES + 1);
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
