package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;



/** Every historical version of the page in the corpus generates code that compiles and passes doclint. */
class CorpusGenerationTest {

  @TempDir Path folder;

  private static List<Corpus.Page> tablePages() {
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).toList();
  }

  @Test
  void everyTablePageGeneratesCodeThatCompilesAndPassesDoclint() throws IOException {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    byte[] registry = Files.readAllBytes(SpecSource.REGISTRY);
    List<Path> sources = new ArrayList<>();
    int index = 0;
    for (Corpus.Page page : tablePages()) {
      String packageName = String.format(Locale.ROOT, "corpus.page%03d", index++);
      Generation result = Generation.run(new Pipeline.Request(packageName,
          List.of(new Document(page.relativePath(), Files.readAllBytes(page.file()))),
          Optional.of(new Document("registry.csv", registry)), ChecksFrom.REGISTRY));
      assertFalse(result.hasErrors(), page + ": " + result.diagnostics());
      assertEquals(5, result.files().size(), page.toString());
      for (GeneratedFile file : result.files()) {
        Path source = folder.resolve(file.path());
        Files.createDirectories(source.getParent());
        Files.writeString(source, file.source(), StandardCharsets.UTF_8);
        sources.add(source);
      }
    }
    assertEquals(137, index);

    assertEquals(List.of(), Javac.compilePaths(sources, folder.resolve("classes")), "warnings and errors");
  }

}
