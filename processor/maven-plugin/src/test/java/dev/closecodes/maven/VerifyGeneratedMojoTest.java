package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-generated fails a build whose annotated package compiled but got nothing generated. */
class VerifyGeneratedMojoTest {

  @TempDir Path folder;

  private Path classes;
  private VerifyGeneratedMojo mojo;

  @BeforeEach
  void sources() throws IOException {
    Path sources = Files.createDirectories(folder.resolve("src/main/java/com/example/ws"));
    Files.writeString(sources.resolve("package-info.java"), """
        /** Close codes. */
        @CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Other.java"), """
        package com.example.ws;

        // Mentions @CloseCodeSpec in a comment only.
        final class Other {}
        """, StandardCharsets.UTF_8);
    classes = Files.createDirectories(folder.resolve("target/classes/com/example/ws"));
    mojo = new VerifyGeneratedMojo();
    mojo.sourceRoots = List.of(folder.resolve("src/main/java").toString(), folder.resolve("absent").toString());
    mojo.classesDirectory = folder.resolve("target/classes").toFile();
  }

  @Test
  void whatWasGeneratedPasses() throws IOException, MojoExecutionException {
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    mojo.execute();
  }

  /**
   * A project whose sources are in another encoding than UTF-8 (its
   * {@code project.build.sourceEncoding}) is checked, not failed for a byte UTF-8 does not have.
   */
  @Test
  void sourcesInTheProjectsOwnEncodingAreRead() throws IOException, MojoExecutionException {
    Path latin1 = Files.createDirectories(folder.resolve("src/main/java/com/example/caf\u00e9"));
    Files.write(latin1.resolve("package-info.java"), """
        /** Les codes de fermeture, g\u00e9n\u00e9r\u00e9s. */
        @CloseCodeSpec(pages = "closecodes/close-codes.md")
        package com.example.caf\u00e9;

        import dev.closecodes.CloseCodeSpec;
        """.getBytes(StandardCharsets.ISO_8859_1));
    Files.write(classes.resolve("CloseCodes.class"), new byte[] {1});
    mojo.encoding = "ISO-8859-1";
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("@CloseCodeSpec is on com.example.caf\u00e9, but"), failure.getMessage());

    Files.write(Files.createDirectories(folder.resolve("target/classes/com/example/caf\u00e9")).resolve("CloseCodes.class"),
        new byte[] {1});
    mojo.execute();
  }

  @Test
  void nothingGeneratedFailsNamingTheFix() {
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("@CloseCodeSpec is on com.example.ws"), failure.getMessage());
    assertTrue(failure.getMessage().contains("-proc:full"), failure.getMessage());
  }
}
