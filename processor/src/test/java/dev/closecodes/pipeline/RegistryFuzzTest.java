package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.CpuTime;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.Mutations;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property test over mutated registries, as {@link ReaderFuzzTest} is over pages: the
 * registry of spec-source and IANA's own XML (when the corpus is here), mutated by flipping,
 * cutting, repeating and splicing bytes and by inserting fragments that mean something to a CSV
 * or an XML reader, each joined with the received page (and the current English page, when the
 * corpus is here). For every mutant, reading and generating end in generated code or in error
 * diagnostics with a file and line, within a CPU budget; what is accepted generates pure ASCII,
 * and a sample of it compiles with every lint and doclint.
 *
 * <p>The run is deterministic. {@code mvn verify} runs a short one; a longer one is
 * {@code mvn -pl processor test -Dtest=RegistryFuzzTest -Dclosecodes.fuzz.iterations=20000
 * -Dclosecodes.fuzz.compiles=100 -Dclosecodes.fuzz.seed=N}.
 */
class RegistryFuzzTest {

  private static final int ITERATIONS = Mutations.iterations(300);
  private static final int COMPILES = Mutations.COMPILES;
  private static final long SEED = Mutations.SEED;
  private static final Duration BUDGET_PER_INPUT = Mutations.BUDGET_PER_INPUT;

  /** Fragments that mean something to a registry's reader, or to the code generated from its names. */
  private static final List<String> FRAGMENTS = List.of(
      ",", "\"", "\"\"", "\",\"", "\n", "\r\n", "\r", "#", "\uFEFF", "\u0000", "\u202E", "\u2066", "\u200B",
      "\u00AD", "\u2028", "*/", "/*", "@param", "{@code", "}", "\\u000a", "&amp;", "&#x202E;", "&#0;", "&lt;",
      "<![CDATA[", "]]>", "<!--", "-->", "<record>", "</record>", "<value>", "</value>", "<description>",
      "</description>", "<xref type=\"rfc\" data=\"rfc6455\"/>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
      "<!DOCTYPE r [<!ENTITY e \"x\">]>", "&e;", "1000-1003", "3000-3999", "65536", "99999999999", "-1", "0x3E8",
      "1016,2999,Unassigned,reserved,x\n", "1000,1000,Normal Closure,wire,x\n", "1000,1000,class,wire,x\n",
      "4000,4000,MASK,private,x\n", "1015,1015,\"TLS, handshake\",local,x\n", "2000,1000,Backwards,wire,x\n",
      "3000,3000,\u0410\u0411,iana,x\n", "1000,1000,\u00C3\u00A9t\u00C3\u00A9,wire,x\n", "Unassigned", "wire", "local",
      "reserved", "iana", "private", "\u00E9", "\uD83D\uDE00", "\uD800", "\t", "  ");

  @TempDir Path folder;

  private static List<byte[]> registries() throws IOException {
    List<byte[]> registries = new ArrayList<>();
    registries.add(Files.readAllBytes(SpecSource.REGISTRY));
    Optional<Path> xml = Corpus.mdnFolder().map(mdn -> mdn.resolveSibling("iana").resolve("websocket-2026-06-11.xml"));
    if (xml.isPresent() && Files.isRegularFile(xml.get())) {
      registries.add(Files.readAllBytes(xml.get()));
    }
    return registries;
  }

  private static List<Document> pages() throws IOException {
    List<Document> pages = new ArrayList<>();
    pages.add(new Document("index.md", Files.readAllBytes(SpecSource.RECEIVED_PAGE)));
    for (Corpus.Page page : Corpus.newestOfEachSeries()) {
      if (page.relativePath().startsWith("en-us/")) {
        pages.add(new Document("en-us.md", Files.readAllBytes(page.file())));
      }
    }
    return pages;
  }

  @Test
  void everyMutantRegistryIsReadAndGeneratedCleanly() throws IOException {
    List<byte[]> registries = registries();
    List<Document> pages = pages();
    List<byte[]> fragments = Mutations.utf8(FRAGMENTS);
    Random random = new Random(SEED);
    Set<String> compiled = new HashSet<>();
    int accepted = 0;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      int kind = random.nextInt(registries.size());
      byte[] mutant = Mutations.mutate(registries.get(kind), registries, fragments, random);
      String name = "mutant-" + iteration + (kind == 0 ? ".csv" : ".xml");
      Document page = pages.get(random.nextInt(pages.size()));
      ChecksFrom checksFrom = random.nextBoolean() ? ChecksFrom.REGISTRY : ChecksFrom.PAGE;
      Generation result = check(page, name, mutant, checksFrom);
      if (!result.hasErrors()) {
        accepted++;
        for (GeneratedFile file : result.files()) {
          assertTrue(file.source().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F)),
              name + " (seed " + SEED + "): " + file.typeName() + " holds a character outside printable ASCII");
        }
        String model = result.table().orElseThrow().codes().toString();
        if (compiled.size() < COMPILES && compiled.add(model)) {
          assertEquals(List.of(), Javac.compile(result.files(), folder.resolve(name)), name + " (seed " + SEED + ")");
        }
      }
    }
    assertTrue(accepted > 0 && accepted < ITERATIONS, "accepted " + accepted + " of " + ITERATIONS);
  }

  /** Generates from one page and one registry, failing on an exception, a slow run, or a diagnostic without a line. */
  private static Generation check(Document page, String name, byte[] registry, ChecksFrom checksFrom) {
    try {
      Generation result = CpuTime.within(BUDGET_PER_INPUT, () -> Generation.run(
          new Pipeline.Request("org.example.ws", List.of(page), Optional.of(new Document(name, registry)), checksFrom)));
      for (Diagnostic diagnostic : result.diagnostics()) {
        if (diagnostic.where() instanceof SourceLocation location) {
          assertTrue(location.line() >= 1, diagnostic.toString());
          assertTrue(location.file().equals(name) || location.file().equals(page.name()), diagnostic.toString());
        } else {
          fail(name + " (seed " + SEED + "): a diagnostic without a file and line: " + diagnostic);
        }
      }
      return result;
    } catch (RuntimeException | StackOverflowError e) {
      fail(name + " (seed " + SEED + ") threw " + e, e);
      throw e;
    }
  }
}
