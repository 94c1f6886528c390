package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the command line answers a user who gets it wrong or asks for help: the bad option or value
 * named, the usage after it, exit 2; help and the version anywhere, exit 0.
 */
class UsageTest {

  private static final String PAGE = Path.of("src", "test", "resources", "fixtures", "small", "index.md").toString();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      generate --frobnicate PAGE          | generate: unknown option '--frobnicate'
      generate -x PAGE                    | generate: unknown option '-x'
      generate --checks-from maybe PAGE   | generate: --checks-from: 'maybe' is neither registry nor page
      generate PAGE --package             | generate: --package needs a value
      generate --out                      | generate: --out needs a value
      generate --locale en PAGE PAGE      | generate: --locale: 1 for 2 page(s); give one for each page, in order, or none
      generate                            | generate: needs at least one PAGE
      generate --package a.b              | generate: needs at least one PAGE
      model                               | model: needs one FILE
      model PAGE PAGE                     | model: needs one FILE, not 2
      model --strict PAGE                 | model: unknown option '--strict'
      diff PAGE                           | diff: needs OLD and NEW
      diff --side-by-side PAGE PAGE       | diff: unknown option '--side-by-side'
      diff - -                            | diff: standard input (-) can be only one of OLD and NEW
      generate - PAGE                     | generate: a page is a file, not standard input (-): the code generated names it
      update -                            | update: PAGE is a file, not standard input (-): update replaces it
      generate --registry - PAGE          | generate: --registry: a file, not standard input (-)
      update --registry - PAGE            | update: --registry: a file, not standard input (-)
      frobnicate                          | unknown command 'frobnicate'
      """)
  void aUsageErrorNamesWhatIsWrongThenShowsTheUsage(String args, String problem) {
    MainTest.Run run = MainTest.run(args.replace("PAGE", PAGE).split(" "));
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: " + problem + "\n"), run.err());
    assertTrue(run.err().contains("usage: closecodes"), run.err());
    assertEquals("", run.out());
  }

  @org.junit.jupiter.api.Test
  void aGivenLocaleIsThePagesLocaleInWhatIsGenerated() {
    MainTest.Run run = MainTest.run("generate", "--locale", "en-GB", PAGE);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("private static final String[] LOCALES = {\"en-GB\"};"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "-h", "--help", "model -h", "model --help", "diff --help", "generate --help",
      "generate --package a.b -h", "model PAGE --help"})
  void helpIsAskedForAnywhereAndGoesToStandardOutput(String args) {
    MainTest.Run run = MainTest.run(args.replace("PAGE", PAGE).split(" "));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("usage: closecodes"), run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "model --version", "generate PAGE --version"})
  void theVersionIsAskedForAnywhere(String args) throws IOException {
    Properties build = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("/dev/closecodes/cli/version.properties")) {
      build.load(in);
    }
    MainTest.Run run = MainTest.run(args.replace("PAGE", PAGE).split(" "));
    assertEquals(0, run.status(), run.err());
    assertEquals("closecodes " + build.getProperty("version") + "\n", run.out());
    assertTrue(build.getProperty("version").matches("\\d+\\.\\d+\\.\\d+.*"), build.getProperty("version"));
  }
}
