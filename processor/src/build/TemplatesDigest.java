import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code dev/closecodes/generate/TemplatesDigest.java}: one SHA-256 over the generated
 * types' templates. Its class file changes exactly when a template does, so that a build which
 * runs the processor from this module's classes (closecodes' own reactor) compiles again after a
 * template edit: a compiler notices changed classes on its paths, not changed resources.
 *
 * <p>Run by the build with Java's source launcher: {@code java TemplatesDigest.java TEMPLATES OUT}.
 * The file is rewritten only when its content changes.
 */
public final class TemplatesDigest {

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Path templates = Path.of(args[0]);
    Path out = Path.of(args[1], "dev", "closecodes", "generate", "TemplatesDigest.java");
    List<Path> files;
    try (Stream<Path> listed = Files.list(templates)) {
      files = listed.filter(file -> file.toString().endsWith(".template")).sorted().toList();
    }
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Path file : files) {
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(file));
    }
    String source = """
        package dev.closecodes.generate;

        /** The SHA-256 of the generated types' templates, which the build writes: a template edit changes this class. */
        final class TemplatesDigest {

          /** The SHA-256 over every template's name and bytes, in name order. */
          static final String SHA256 = "%s";

          private TemplatesDigest() {}
        }
        """.formatted(HexFormat.of().formatHex(digest.digest()));
    if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).equals(source)) {
      return;
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, source, StandardCharsets.UTF_8);
  }
}
