package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.CpuTime;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.Mutations;
import dev.closecodes.testing.LargePages;
import dev.closecodes.testing.Pages;
import dev.closecodes.testing.Reading.PageRead;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property test over mutated pages: the received page, every corpus page (when the corpus is
 * here) and the hostile inputs of earlier findings, mutated by flipping, cutting, repeating and
 * splicing bytes and by inserting fragments that have broken readers before. For every mutant,
 * reading and generating end in a model or in error diagnostics with a file and line, within a
 * CPU budget; what is accepted generates pure ASCII (no invisible character raw), and a sample
 * of it compiles with every lint and doclint.
 *
 * <p>The run is deterministic. {@code mvn verify} runs a short one; a longer one is
 * {@code mvn -pl processor test -Dtest=ReaderFuzzTest -Dclosecodes.fuzz.iterations=200000
 * -Dclosecodes.fuzz.compiles=100 -Dclosecodes.fuzz.seed=N}.
 */
class ReaderFuzzTest {

  private static final int ITERATIONS = Mutations.iterations(400);
  private static final int COMPILES = Mutations.COMPILES;
  private static final long SEED = Mutations.SEED;
  private static final Duration BUDGET_PER_INPUT = Mutations.BUDGET_PER_INPUT;

  /** Fragments that broke a reader before, or that mean something to one. */
  private static final List<String> FRAGMENTS = List.of(
      "\uD835\uDFCF", "1\uD835\uDFCE", "{{a(", "{{a\n\n\n", "{{domxref(\"CloseEvent.code\")}}", "- wwwwwwwwwww",
      "<tr><td>1000<td>x<td>y\n", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<tw>", "<stwong>",
      "<em><em>a</em></em>", "<i><em>b</em></i>", "<a href=\"/a b%zz#c#d&nbsp;\u65E5\">l</a>", "<a href=\"//[x\">x</a>",
      "| 1000 | mask | a |\n", "| 1001 | by code | b |\n", "| 1002 | locales | c |\n", "| 4000 | A 4002 | d |\n",
      "| 4002 | A | e |\n", "| \u20131014 | x | y |\n", "| 3000\u20133999 | | z |\n", "<tr><td>200</td><td>OK</td></tr>",
      "\u2028", "\u0085", "\\u000a", "*/", "@param", "&amp;", "&#0;", "\r", "\uFEFF", "\uD800", "<!--", "-->",
      "\u202E", "\u2066", "\u200B", "\u200D", "\u00AD", "\u2060", "\u00E2\u20AC\u00AE", "\u001B]0;x\u0007\u001B[2J",
      "```", "> > > >", "***", "[[[[", "<span><span><span>", "\u00C3\u00A9", "\u221A\u00A9", "65536", "99999999999",
      "<td colspan=\"1000\" rowspan=\"0\">", "<td rowspan=\"65534\">x</td>", "<th colspan=2>", "\u2019\u00E9",
      "Code | Name | Description\n--- | --- | ---\n1000 | x | y\n", "--- | ---\n", "`a\\|b`", "\\|",
      "<meta charset=\"windows-1252\">\u00E9", "<meta http-equiv=content-type content='x;charset=\"koi8-r", "<meta/a='\u00FF",
      "<?xml version=\"1.0\" encoding=\"shift_jis\"?>\u0082", "\u250C\u2500\u2500\u252C\u2500\u2500\u2510\n",
      "\u2502 1000 \u2502 x \u2502\n", "\u2502", "\uFF5C 1000 \uFF5C x \uFF5C\n", "\uFF5C \uFF0D\uFF0D\uFF0D \uFF5C\n",
      "+------+------+\n", "<dl><dt>1000</dt><dd>x</dd>", " code | name\n------+------\n 1000 | x\n",
      "| Code | Name |\n|------+------|\n| 1000 | x |\n", "|------+------|\n", "|------|------|\n", "|-+\n",
      "{|\n", "|-\n| 1000\n| x\n", "|}\n", "|===\n", "|`1000` |x\n|y\n\n", "<p><code>0</code>\u2013<code>999</code></p>",
      "  `1000`      Normal\n", "| =1000= | *x* [[a b][c]] [[d]] =e~ |\n", "\n    1000    Normal    x\n",
      "| 1000 | x | **y** |\n", "<td><b>Fine.</b></td>", "| 1016\u20132999 | | Nieu\u017Cywane. |\n",
      "---\nslug: Web/API/CloseEvent/code\n---\n", "<tr><td>1000</td> Words <td>x</td></tr>", "</tabwe>",
      "| 4000\u201349999 | | p |\n", "strong>Reserved.", "/td>", " a href=\"x\">", "a b=c=d=",
      "<strongReserved.</strong>", "</strong x", "<a href=\"x\"y</a>", "<td\n", "=\"<td>", "stwong>W\u00e9sewv\u00e9.",
      "\n  p>\n", "stwong\n  >x</stwong\n>", "<td>The connection successfully completed its purpose.</td><td>Normal</td>",
      "<\"strong>", "</>td>", "<\"/td>", "< href=\"x\">", "<>", "<s>trong>", "<a h>ref=\"x\">", "N\"ot used.",
      "Res\"erved.", "fu_ture", "*strong>", "f*ture", "</strong\n>\n", "\u672a\"\u4f7f\u7528\u3002",
      "</ a", "<? x", "<!x>", "< strong>", "<\np>", "<1trong>", "1strong>", "<1 href=\"x\">", "xa href=\"x\">",
      "[Ref] (https://x)", "[Ref]\uff08https://x\uff09", "[Ref(https://x)", "Nxt used.", "\u672ax\u7528\u3002",
      "byfuture", "zuk\u00fc ftige");

  @TempDir Path folder;

  private static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(Files.readAllBytes(SpecSource.RECEIVED_PAGE));
    for (Corpus.Page page : Corpus.pages()) {
      seeds.add(Files.readAllBytes(page.file()));
    }
    seeds.add(Pages.table("1000|Normal|" + "{{a(".repeat(2_000)).getBytes(StandardCharsets.UTF_8));
    seeds.add(LargePages.unclosedRows(50).getBytes(StandardCharsets.UTF_8));
    seeds.add(LargePages.nestedRows(300).getBytes(StandardCharsets.UTF_8));
    seeds.add(LargePages.singleCodes(300).getBytes(StandardCharsets.UTF_8));
    for (String fragment : FRAGMENTS) {
      seeds.add(Pages.table("1000|Normal|" + fragment, fragment + "|x|y").getBytes(StandardCharsets.UTF_8));
    }
    return seeds;
  }

  @Test
  void everyMutantIsReadAndGeneratedCleanly() throws IOException {
    List<byte[]> seeds = seeds();
    List<byte[]> fragments = Mutations.utf8(FRAGMENTS);
    Random random = new Random(SEED);
    Set<String> compiled = new HashSet<>();
    int accepted = 0;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      byte[] mutant = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), seeds, fragments, random);
      String name = "mutant-" + iteration + ".md";
      Generation result = check(name, mutant);
      if (!result.hasErrors()) {
        accepted++;
        for (dev.closecodes.model.GeneratedFile file : result.files()) {
          // pure ASCII: no invisible or bidi character can stand raw in what is generated
          assertTrue(file.source().chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F)),
              name + " (seed " + SEED + "): " + file.typeName() + " holds a character outside printable ASCII");
        }
        String model = result.table().orElseThrow().codes().toString();
        if (compiled.size() < COMPILES && compiled.add(model)) {
          Path dir = folder.resolve(name);
          assertEquals(List.of(), Javac.compile(result.files(), dir), name + " (seed " + SEED + ")");
        }
      }
    }
    // the run says something only if it reaches both sides of the reader
    assertTrue(accepted > 0 && accepted < ITERATIONS, "accepted " + accepted + " of " + ITERATIONS);
  }

  /** Reads and generates one input, failing on an exception, a slow read, or an error without a line. */
  private static Generation check(String name, byte[] bytes) {
    try {
      PageRead document = CpuTime.within(BUDGET_PER_INPUT, () -> Reading.page(name, bytes));
      for (Diagnostic diagnostic : document.diagnostics()) {
        SourceLocation location = (SourceLocation) diagnostic.where();
        assertTrue(location.line() >= 1, diagnostic.toString());
        assertEquals(name, location.file(), diagnostic.toString());
      }
      return CpuTime.within(BUDGET_PER_INPUT, () -> Generation.ofPage(name, bytes));
    } catch (RuntimeException | StackOverflowError e) {
      fail(name + " (seed " + SEED + ") threw " + e, e);
      throw e;
    }
  }
}
