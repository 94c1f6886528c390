package dev.closecodes.processor;

import dev.closecodes.model.GeneratedFile;
import dev.closecodes.read.DocumentFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.tools.Diagnostic.Kind;

/**
 * What one annotated package generated last, kept beside the inputs record so that a compile
 * whose inputs did not change writes the same sources back without reading a page: no parser and
 * no generator is loaded then, and the compile costs what javac costs.
 *
 * <p>An entry holds the request (every attribute of the annotation, what the consumer's compile
 * offers, and the processor jar's path, size and time), each document's exact bytes, the lock
 * file's text after the run, what a compile it serves prints, and the files it generated. It is used only
 * when all of these are what they are now, compared byte for byte; anything else, a damaged entry
 * included (each entry ends with a CRC-32 of the rest), is a full run, which writes the entry anew.
 */
final class OutputCache {

  private static final String FORMAT = "closecodes output cache 2";

  /**
   * What a run made, as the entry keeps it.
   *
   * @param files the generated files, in order
   * @param said what a compile with these inputs prints: what the run reported before the lock
   *     file was compared, less the warnings the lock file after it records
   */
  record Entry(List<GeneratedFile> files, List<Reporter.Line> said) {}

  /**
   * The inputs an entry must match.
   *
   * @param request the request's description: the annotation's attributes and the compile's offers
   * @param documents each document's address and bytes, in the order read
   * @param lockText the lock file's bytes, empty where there is none or it is not asked for
   */
  record Inputs(String request, List<DocumentLocator.Read> documents, byte[] lockText) {}

  private final Path file;

  /** The entry of one annotated package, in {@code folder}. */
  OutputCache(Path folder, String packageName) {
    this.file = folder.resolve((packageName.isEmpty() ? "(default)" : packageName) + ".cache");
  }

  /** The entry, where it was made from exactly these inputs; empty otherwise, or when it cannot be read. */
  Optional<Entry> lookUp(Inputs inputs) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(checked(Files.readAllBytes(file))));
      if (!in.readUTF().equals(FORMAT) || !text(in).equals(inputs.request())) {
        return Optional.empty();
      }
      int documents = in.readInt();
      if (documents != inputs.documents().size()) {
        return Optional.empty();
      }
      for (DocumentLocator.Read document : inputs.documents()) {
        if (!text(in).equals(document.address().toString()) || !Arrays.equals(bytes(in), document.bytes())) {
          return Optional.empty();
        }
      }
      if (!Arrays.equals(bytes(in), inputs.lockText())) {
        return Optional.empty();
      }
      List<GeneratedFile> files = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        files.add(new GeneratedFile(text(in), text(in), text(in)));
      }
      List<Reporter.Line> said = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        said.add(new Reporter.Line(Kind.valueOf(text(in)), text(in), text(in)));
      }
      return Optional.of(new Entry(files, said));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry: the run is a full one, and writes it anew
    }
  }

  /** Keeps what a run made from these inputs; a cache that cannot be written is no cache. */
  void store(Inputs inputs, Entry entry) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(FORMAT);
      text(out, inputs.request());
      out.writeInt(inputs.documents().size());
      for (DocumentLocator.Read document : inputs.documents()) {
        text(out, document.address().toString());
        bytes(out, document.bytes());
      }
      bytes(out, inputs.lockText());
      out.writeInt(entry.files().size());
      for (GeneratedFile generated : entry.files()) {
        text(out, generated.packageName());
        text(out, generated.typeName());
        text(out, generated.source());
      }
      out.writeInt(entry.said().size());
      for (Reporter.Line line : entry.said()) {
        text(out, line.kind().name());
        text(out, line.text());
        text(out, line.attribute());
      }
      out.flush();
      // Written whole: a compile stopped half-way leaves no half an entry.
      DocumentFiles.writeWhole(file, withChecksum(bytes.toByteArray()));
    } catch (IOException | RuntimeException e) {
      // no cache: the next compile is a full run
    }
  }

  /** The bytes followed by their CRC-32, which tells a damaged entry from a good one. */
  private static byte[] withChecksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return ByteBuffer.allocate(bytes.length + Long.BYTES).put(bytes).putLong(crc.getValue()).array();
  }

  /** The bytes an entry holds, once its CRC-32 matches them. */
  private static byte[] checked(byte[] stored) throws IOException {
    if (stored.length < Long.BYTES) {
      throw new IOException("a damaged entry");
    }
    byte[] bytes = Arrays.copyOf(stored, stored.length - Long.BYTES);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    if (crc.getValue() != ByteBuffer.wrap(stored, bytes.length, Long.BYTES).getLong()) {
      throw new IOException("a damaged entry");
    }
    return bytes;
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("a damaged entry");
    }
    return in.readNBytes(length);
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    bytes(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
