package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What is generated, and what is said, does not depend on the JVM's default locale. A build
 * machine's default is the user's: a Turkish or Azerbaijani one upper-cases {@code i} as
 * {@code İ}, a Lithuanian one lower-cases {@code I} with a dot kept, and a Thai, Arabic or
 * Devanagari one (with its numbering) writes digits of its own script. A generation that asked
 * the default for either wrote other constant names, or other numbers, on such a machine, and
 * the same page gave another API there.
 */
class DefaultLocaleTest {

  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("az-AZ"),
      Locale.forLanguageTag("lt-LT"), Locale.forLanguageTag("th-TH-u-nu-thai"),
      Locale.forLanguageTag("ar-SA-u-nu-arab"), Locale.forLanguageTag("hi-IN-u-nu-deva"),
      Locale.forLanguageTag("de-CH"));

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  @Test
  void theReceivedPageGeneratesTheSameBytesUnderEveryDefaultLocale() throws IOException {
    assertTheSameUnderEveryDefaultLocale(List.of(SpecSource.RECEIVED_PAGE));
  }

  /** The latest version of each page of the corpus that has a table: one of each locale. */
  @Test
  void theLatestPageOfEachLocaleGeneratesTheSameBytesUnderEveryDefaultLocale() throws IOException {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    List<Path> files = Corpus.newestOfEachSeries().stream().map(Corpus.Page::file).toList();
    assertFalse(files.isEmpty());
    assertTheSameUnderEveryDefaultLocale(files);
  }

  /** Each page, with the registry, generates and says the same under each locale as under the root locale. */
  private static void assertTheSameUnderEveryDefaultLocale(List<Path> pages) throws IOException {
    byte[] registry = Files.readAllBytes(SpecSource.REGISTRY);
    for (Path page : pages) {
      // named by its path, from which the page's locale is told
      Pipeline.Request request = new Pipeline.Request("org.example.ws",
          List.of(new Document(page.toString().replace('\\', '/'), Files.readAllBytes(page))),
          Optional.of(new Document("registry.csv", registry)), ChecksFrom.REGISTRY);
      Locale.setDefault(Locale.ROOT);
      Generation expected = Generation.run(request);
      assertFalse(expected.hasErrors(), page + ": " + expected.diagnostics());
      for (Locale locale : LOCALES) {
        Locale.setDefault(locale);
        Generation underLocale = Generation.run(request);
        assertEquals(expected.files(), underLocale.files(), page + " under " + locale.toLanguageTag());
        assertEquals(expected.diagnostics(), underLocale.diagnostics(), page + " under " + locale.toLanguageTag());
      }
    }
  }
}
