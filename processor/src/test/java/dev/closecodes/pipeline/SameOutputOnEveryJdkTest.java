package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same page gives the same files and the same diagnostics on every JDK. Each JDK knows the
 * Unicode of its release (JDK 17 Unicode 13, JDK 25 Unicode 16), and characters assigned since
 * are "unassigned" to the older one; what the reader and the generator ask of a character must
 * not follow that. The received page, alone and with the registry facts, pages and a registry
 * holding characters of Unicode 14 to 16 in every place a rule looks at characters (in Markdown,
 * HTML and the registry's CSV), and the corpus pages and IANA's registry XML where present are
 * generated in this JVM and in one of another JDK's feature release beside it (or the one
 * {@code -Dclosecodes.otherJdk} names), and compared byte for byte.
 */
class SameOutputOnEveryJdkTest {

  /**
   * Characters that Unicode 14, 15 and 16 added, of the kinds the rules ask about: format
   * characters (U+0890, U+13439), marks (U+1AC1, U+0CF3), decimal digits (U+1CCF1, U+11F51),
   * punctuation and symbols (U+2E53, U+1FAE0, U+1FAE8), cased and other letters (U+A7C0,
   * U+A7C1, U+1E030, U+31350).
   */
  static final String NEW_CHARACTERS_PAGE = """
      ---
      title: CloseEvent
      slug: Web/API/CloseEvent
      ---

      # CloseEvent

      | Status code | Name | Description |
      | --- | --- | --- |
      | 0–999 | | Not used. |
      | 1000 | Normal\u1AC1Closure | The connection \u0890closed *normally\u2E53*x. |
      | 1001 | Going\u0CF3Away | The endpoint *\uD83E\uDEE0*left **\uD83E\uDEE8**. |
      | 1002 | Protocol \uA7C0rror | A protocol \uA7C1rror\uD80D\uDC39. |
      | 1003 | Unsupported\uD838\uDC30Data | Data it cannot accept \uD884\uDF50. |
      | 1004 | Reserved | Reserved, *\u2E54*x &#x2E00; &#11777; &#xE000; &rarr;. |
      | 1005 | No Status Rcvd | No code was present. |
      | 1006 | Abnormal Closure | Closed without a close frame. |
      | 1007 | Invalid frame payload data | Inconsistent data. |
      | 1008 | Policy Violation | Policy. |
      | 1009 | Message Too Big | Too big. |
      | 1010 | Mandatory Ext. | Extension. |
      | 1011 | Internal Error | Unexpected condition. |
      | 4000–4999 | | For applications. |
      """;

  /** The same kinds of characters in an HTML table, one after a {@code <} as a tag's name would be. */
  static final String NEW_CHARACTERS_HTML_PAGE = """
      # CloseEvent

      <table>
      <tr><th>Status code</th><th>Name</th><th>Description</th></tr>
      <tr><td>1000</td><td>Normal<\uA7C1x>Closure</td><td>The connection <\uA7C0>closed \u0890 *normally\u2E53*x.</td></tr>
      <tr><td>1001</td><td>Going\u1AC1Away</td><td>The endpoint <em>\uD83E\uDEE0</em> left &#x2e53; <b>yes</b>.</td></tr>
      <tr><td>1002</td><td>Protocol error</td><td>A protocol error\uD80D\uDC39.</td></tr>
      </table>
      """;

  /** Code cells of digits that Unicode 15 and 16 added: errors, the same on each JDK. */
  static final String NEW_DIGITS_PAGE = """
      | Status code | Name | Description |
      | --- | --- | --- |
      | 1000 | Normal Closure | Fine. |
      | \uD833\uDCF1\uD833\uDCF1 | Odd | Digits of Unicode 16. |
      | 1\uD807\uDF51 | Odder | Digits of Unicode 15. |
      """;

  @TempDir Path temp;

  /** Without another JDK: the characters are read as Unicode 16.0 has them, whatever this JDK's. */
  @Test
  void charactersOfUnicode14To16AreReadAsUnicode16HasThem() {
    Generation generation = Generation.ofPage("new-characters.md", NEW_CHARACTERS_PAGE);
    String codes = generation.source("CloseCode");
    // U+1AC1 is a mark, dropped from the name, not a break between two words
    assertTrue(codes.contains("NORMALCLOSURE(1000,"), codes);
    assertTrue(codes.contains("GOINGAWAY(1001,"), codes);
    // U+2E53 and U+1FAE0 are punctuation and a symbol: the asterisks beside them are no emphasis
    assertTrue(codes.contains("The connection &#92;u0890closed *normally\\u2e53*x."), codes);
    assertTrue(codes.contains("The endpoint *\\ud83e\\udee0*left <strong>"), codes);
    // U+0890 and U+13439 are format characters: escaped in the Javadoc, named in the warning
    assertTrue(codes.contains("&#92;ud80d&#92;udc39"), codes);
    List<String> printed = generation.diagnostics().stream().map(Diagnostic::toString).toList();
    assertTrue(printed.contains("new-characters.md:11: warning: this line holds U+0890 ARABIC POUND MARK ABOVE, an invisible"
        + " character that can make text read otherwise than it shows (in another order, or with words no one sees);"
        + " it is kept, and generated code shows it escaped; 2 line(s) hold such characters, from this line to line 13"),
        printed.toString());
    // digits of Unicode 15 and 16 in a code cell are digits, of the values Unicode gives them: the
    // error names the code the cell looks like, on a JDK that knows them or not
    List<Diagnostic> digitErrors = Generation.ofPage("new-digits.md", NEW_DIGITS_PAGE).diagnostics().stream()
        .filter(Diagnostic::isError).toList();
    assertEquals(List.of("4 CODE_DIGITS_NOT_ASCII", "5 CODE_DIGITS_NOT_ASCII"),
        digitErrors.stream().map(diagnostic -> diagnostic.line() + " " + diagnostic.message()).toList());
    assertTrue(digitErrors.stream().allMatch(error -> error.text().endsWith("; write 11")), digitErrors.toString());
  }

  @Test
  void theFilesAndDiagnosticsAreTheSameOnAnotherJdk() throws Exception {
    Optional<Path> otherJava = otherJava();
    assumeTrue(otherJava.isPresent(), "no JDK of another feature release beside " + System.getProperty("java.home"));
    List<String> jobs = new ArrayList<>();
    Path madeUp = Files.writeString(temp.resolve("new-characters.md"), NEW_CHARACTERS_PAGE, StandardCharsets.UTF_8);
    jobs.add(madeUp.toString());
    jobs.add(Files.writeString(temp.resolve("new-digits.md"), NEW_DIGITS_PAGE, StandardCharsets.UTF_8).toString());
    jobs.add(Files.writeString(temp.resolve("new-characters-html.md"), NEW_CHARACTERS_HTML_PAGE,
        StandardCharsets.UTF_8).toString());
    jobs.add(SpecSource.RECEIVED_PAGE.toString());
    jobs.add(SpecSource.RECEIVED_PAGE + "|" + SpecSource.REGISTRY);
    // the registry's names and references with the same characters
    String registry = Files.readString(SpecSource.REGISTRY, StandardCharsets.UTF_8)
        .replace("Normal Closure", "Normal\u1AC1Closure").replace("Going Away", "Going \u0890Away\u2E53")
        .replace("RFC 6455 Section 7.4.1", "RFC 6455 \uD83E\uDEE0 Section 7.4.1");
    jobs.add(madeUp + "|" + Files.writeString(temp.resolve("new-characters.csv"), registry, StandardCharsets.UTF_8));
    // none when the corpus is absent
    Corpus.pages().stream().map(page -> page.file().toString()).forEach(jobs::add);
    Corpus.mdnFolder().map(mdn -> mdn.resolveSibling("iana")).filter(Files::isDirectory).ifPresent(iana -> {
      try (Stream<Path> files = Files.list(iana)) {
        files.filter(file -> file.toString().endsWith(".xml")).sorted()
            .forEach(xml -> jobs.add(SpecSource.RECEIVED_PAGE + "|" + xml));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Path here = Files.createDirectory(temp.resolve("here"));
    Path there = Files.createDirectory(temp.resolve("there"));
    writeAll(here, jobs);

    List<String> command = new ArrayList<>(List.of(otherJava.get().toString(), "-cp",
        System.getProperty("java.class.path"), WriteAll.class.getName(), there.toString()));
    command.addAll(jobs);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(temp.resolve("there.log").toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the other JDK did not finish");
    assertEquals(0, process.exitValue(), Files.readString(temp.resolve("there.log")));

    Map<String, String> ours = contents(here);
    Map<String, String> theirs = contents(there);
    assertEquals(ours.keySet(), theirs.keySet());
    for (String file : ours.keySet()) {
      assertEquals(ours.get(file), theirs.get(file), file + " differs on " + otherJava.get());
    }
    // the made-up pages, the received page and each with a registry generate; the digits do not
    for (int job : List.of(0, 2, 3, 4, 5)) {
      assertTrue(ours.containsKey(job + "/CloseCode.java"), job + ": " + ours.get(job + "/diagnostics.txt"));
    }
    assertTrue(ours.get("5/CloseCode.java").contains("NORMALCLOSURE(1000,"), ours.get("5/CloseCode.java"));
  }

  /**
   * Writes, for the i-th job, its generated files and its diagnostics into {@code out/i}. A job is
   * a page, or a page and a registry joined by {@code |}.
   */
  static void writeAll(Path out, List<String> jobs) throws IOException {
    for (int i = 0; i < jobs.size(); i++) {
      String[] documents = jobs.get(i).split("\\|");
      Path page = Path.of(documents[0]);
      Optional<Document> registry = Optional.empty();
      if (documents.length > 1) {
        Path file = Path.of(documents[1]);
        registry = Optional.of(new Document(file.getFileName().toString(), Files.readAllBytes(file)));
      }
      Generation generation = Generation.run(new Pipeline.Request("org.example.ws",
          List.of(new Document(page.getFileName().toString(), Files.readAllBytes(page))), registry,
          registry.isPresent() ? ChecksFrom.REGISTRY : ChecksFrom.PAGE));
      Path folder = Files.createDirectories(out.resolve(Integer.toString(i)));
      for (GeneratedFile file : generation.files()) {
        Files.writeString(folder.resolve(file.typeName() + ".java"), file.source(), StandardCharsets.UTF_8);
      }
      StringBuilder printed = new StringBuilder();
      for (Diagnostic diagnostic : generation.diagnostics()) {
        printed.append(diagnostic).append('\n');
      }
      Files.writeString(folder.resolve("diagnostics.txt"), printed, StandardCharsets.UTF_8);
    }
  }

  /** Run by the other JDK: {@code OUT PAGE...}. */
  public static final class WriteAll {
    public static void main(String[] args) throws IOException {
      writeAll(Path.of(args[0]), Stream.of(args).skip(1).toList());
    }
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        try {
          contents.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return contents;
  }

  /** The {@code java} of another feature release: the one named, or one beside this JDK. */
  static Optional<Path> otherJava() throws IOException {
    String named = System.getProperty("closecodes.otherJdk", "");
    if (!named.isEmpty()) {
      return Optional.of(Path.of(named, "bin", "java"));
    }
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    String ours = "JAVA_VERSION=\"" + Runtime.version().feature();
    try (Stream<Path> siblings = Files.list(home.getParent())) {
      return siblings.sorted()
          .filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && Files.isRegularFile(jdk.resolve("release")))
          .filter(jdk -> {
            try {
              String release = Files.readString(jdk.resolve("release"));
              return release.contains("JAVA_VERSION=\"") && !release.contains(ours + "\"") && !release.contains(ours + ".");
            } catch (IOException e) {
              return false;
            }
          })
          .map(jdk -> jdk.resolve("bin/java"))
          .findFirst();
    }
  }
}
