package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mark for coverage tools stays in the class files of the generated types, where tools read
 * it, and asks nothing of a module that compiles against them: with no
 * {@code closecodes-annotation} on its class path, as a module that depends on the generating one
 * has not, its compile under every lint and warnings as errors says nothing of the mark.
 */
class CoverageMarkTest {

  private static final String MARK = "Ldev/closecodes/CloseCodeSpec$Generated;";

  @TempDir Path folder;

  @Test
  void theMarkIsInTheClassFilesAndAModuleWithoutTheAnnotationCompilesAgainstThemWithoutAWord() throws IOException {
    Document received = new Document("mdn/fr/web/api/closeevent/index.md", Files.readAllBytes(SpecSource.RECEIVED_PAGE));
    Document registry = new Document("iana/websocket-close-codes.csv", Files.readAllBytes(SpecSource.REGISTRY));
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws", List.of(received),
        Optional.of(registry), ChecksFrom.REGISTRY, List.of(), List.of("fr"), Set.of(), true, true));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    Path generated = folder.resolve("generated");
    assertEquals(List.of(), Javac.compile(generation.files(), generated));

    Path classes = generated.resolve("classes/org/example/ws");
    for (String type : List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames",
        "CloseFrames$InvalidCloseFrameException")) {
      String classFile = new String(Files.readAllBytes(classes.resolve(type + ".class")), StandardCharsets.ISO_8859_1);
      assertTrue(classFile.contains("RuntimeInvisibleAnnotations") && classFile.contains(MARK), type);
    }

    Path user = folder.resolve("user/org/example/app/Goodbye.java");
    Files.createDirectories(user.getParent());
    Files.writeString(user, """
        package org.example.app;

        import org.example.ws.CloseCode;
        import org.example.ws.CloseFrames;

        /** A module of its own that uses the generated types. */
        public final class Goodbye {

          /** Not instantiated. */
          private Goodbye() {}

          /**
           * The payload of a normal close.
           *
           * @return the payload
           */
          public static byte[] normal() {
            return CloseFrames.encode(CloseCode.NORMAL_CLOSURE, "bye");
          }
        }
        """, StandardCharsets.UTF_8);
    assertEquals(List.of(), Javac.compilePaths(List.of(user), folder.resolve("user-classes"),
        List.of(generated.resolve("classes"))));
  }
}
