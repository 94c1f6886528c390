package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, step by step, with the current English page of the corpus standing
 * in for the one its {@code curl} line fetches (where the corpus is not on the machine, the
 * processor's English fixture page, written in the same form): the consumer fragment, the
 * annotation as the README writes it, and a first build under warnings as errors.
 */
class QuickStartTest {

  @TempDir Path work;

  /** The corpus's latest English page of {@code CloseEvent.code}, where MDN keeps the table. */
  private static Optional<Path> currentEnglishPage() throws IOException {
    for (Path corpus : new Path[] {MavenRuns.PROJECT.resolve("../shared/corpus/mdn"), MavenRuns.PROJECT.resolve("../../shared/corpus/mdn")}) {
      Path folder = corpus.resolve("en-us/code");
      if (Files.isDirectory(folder)) {
        try (Stream<Path> pages = Files.list(folder)) {
          return pages.filter(page -> page.toString().endsWith(".md")).sorted().reduce((first, second) -> second);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theQuickStartBuildsQuietlyUnderWarningsAsErrors() throws Exception {
    Path page = currentEnglishPage()
        .orElse(MavenRuns.PROJECT.resolve("processor/src/test/resources/fixtures/small/index.md"));
    ConsumerProjects.installOnce(work);
    Path consumer = ConsumerProjects.create(work.resolve("quick-start"));
    Files.createDirectories(consumer.resolve("src/closecodes"));
    Files.copy(page, consumer.resolve("src/closecodes/close-codes.md"));
    String annotation = ConsumerProjects.readmeBlock("quick-start-annotation", "java");
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/package-info.java"), annotation);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/Closing.java"), """
        package com.example.ws;

        /** Uses what the quick start generates. */
        public final class Closing {
          private Closing() {}

          /**
           * Whether a server may close with the code.
           *
           * @param code the code
           * @return whether it may travel in a close frame
           */
          public static boolean maySend(int code) {
            return CloseCodes.mayTravelInCloseFrame(code) && CloseCode.of(code).isPresent();
          }
        }
        """);

    String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertFalse(build.contains("warning: [closecodes]"), build);
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/Closing.class")), build);
    assertTrue(Files.readString(consumer.resolve("closecodes.lock"), StandardCharsets.UTF_8)
        .contains("NORMAL_CLOSURE"), "the lock file records what was generated");
  }
}
