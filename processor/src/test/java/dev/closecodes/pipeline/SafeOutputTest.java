package dev.closecodes.pipeline;

import static dev.closecodes.testing.Pages.table;
import static dev.closecodes.testing.Reading.errors;
import static dev.closecodes.testing.Reading.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.SpecSource;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a page or a registry holds, what is generated compiles, even with a small compiler
 * stack, is pure ASCII with no invisible character raw in it, and keeps RFC 6455's rules.
 */
class SafeOutputTest {

  /** The stack a compile of the generated code must fit in. */
  private static final long SMALL_STACK = 512 * 1024;

  @TempDir Path folder;

  private static Document document(String name, String text) {
    return new Document(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Generation generate(String page, Optional<String> registry, ChecksFrom checksFrom) {
    return Generation.run(new Pipeline.Request("org.example.ws", List.of(document("page.md", page)),
        registry.map(text -> document("registry.csv", text)), checksFrom, List.of(), List.of("en"), Set.of()));
  }

  /** Compiles the files on a thread with a small stack, as a compiler run with -J-Xss512k would. */
  private List<String> compileWithASmallStack(List<GeneratedFile> files) throws InterruptedException {
    AtomicReference<List<String>> problems = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread compile = new Thread(null, () -> {
      try {
        problems.set(Javac.compile(files, folder));
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "javac-small-stack", SMALL_STACK);
    compile.start();
    compile.join();
    assertEquals(null, thrown.get(), "javac died");
    return problems.get();
  }

  /** A registry of two-code ranges with one code between each two: each its own range that may travel. */
  private static String registryOfTwoCodeRanges(int entries) {
    StringBuilder registry = new StringBuilder("from,to,name,status,reference\n");
    for (int i = 0; i < entries; i++) {
      int from = 1016 + 3 * i;
      registry.append(from).append(',').append(from + 1).append(",Range ").append(i).append(',')
          .append(from >= 3000 ? "iana" : "wire").append(",x\n");
    }
    return registry.toString();
  }

  @Test
  void aRegistryOfAsManyRangesAsAllowedCompilesWithASmallCompilerStack() throws Exception {
    Generation generation = generate(table("1000|Normal|Fine."), Optional.of(registryOfTwoCodeRanges(1000)),
        ChecksFrom.REGISTRY);
    assertEquals(List.of(), errors(generation.diagnostics()));
    assertEquals(1000, generation.table().orElseThrow().mayTravelInCloseFrame().size());
    assertEquals(List.of(), compileWithASmallStack(generation.files()));
  }

  @Test
  void aRegistryPastTheLimitIsAnErrorAtTheFirstEntryPastIt() {
    Generation generation = generate(table("1000|Normal|Fine."), Optional.of(registryOfTwoCodeRanges(1001)),
        ChecksFrom.REGISTRY);
    assertEquals(List.of("1002 error TOO_MANY_CONSTANTS"), errors(generation.diagnostics()));
    assertEquals(List.of(), generation.files());
  }

  @Test
  void aPageOfAlternatingCodesAndRangesCompilesWithASmallCompilerStack() throws Exception {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int from = 3000 + 4 * i;
      if (i > 0) {
        rows.add(from + "|Code " + i + "|Fine."); // with 1000, as many single codes as allowed
      }
      rows.add((from + 2) + "–" + (from + 3) + "||" + (i % 2 == 0 ? "<strong>Reserved.</strong>" : "Fine."));
    }
    rows.add("1000|Normal|Fine.");
    Generation generation = generate(table(rows.toArray(String[]::new)), Optional.empty(), ChecksFrom.PAGE);
    assertEquals(List.of(), errors(generation.diagnostics()));
    assertEquals(List.of(), compileWithASmallStack(generation.files()));
  }

  @Test
  void theRfcsFixedRulesHoldWhateverThePageSays() {
    Generation generation = generate("""
        | Code | Name | Description |
        | --- | --- | --- |
        | 0–65535 | Anything | Fine to send. |
        | 1000 | Normal | Fine. |
        | 1005 | No status | Fine to send. |
        | 1006 | Abnormal | Fine to send. |
        | 1015 | TLS | Fine to send. |
        """, Optional.empty(), ChecksFrom.PAGE);
    assertEquals(List.of(), errors(generation.diagnostics()));
    assertEquals(List.of(new CodeRange(1000, 1004), new CodeRange(1007, 1014), new CodeRange(1016, 4999)),
        generation.table().orElseThrow().mayTravelInCloseFrame());
    assertEquals(List.of(new CodeRange(1005, 1006), CodeRange.of(1015)),
        generation.table().orElseThrow().reportedLocallyOnly());
    List<String> kept = lines(generation.diagnostics().stream()
        .filter(d -> d.message() == Message.RFC_RULE_KEPT).toList());
    assertEquals(List.of("3 warning RFC_RULE_KEPT", "5 warning RFC_RULE_KEPT", "6 warning RFC_RULE_KEPT",
        "7 warning RFC_RULE_KEPT"), kept);
  }

  @Test
  void theRegistryCannotSwitchOffTheRfcEither() {
    Generation generation = generate(table("1000|Normal|Fine."), Optional.of("""
        from,to,name,status,reference
        0,65535,Everything,wire,x
        1000,1000,Normal Closure,wire,x
        """), ChecksFrom.REGISTRY);
    assertEquals(List.of(new CodeRange(1000, 1004), new CodeRange(1007, 1014), new CodeRange(1016, 4999)),
        generation.table().orElseThrow().mayTravelInCloseFrame());
    assertTrue(generation.diagnostics().stream().anyMatch(d -> d.message() == Message.RFC_RULE_KEPT
        && d.where().toString().equals("registry.csv:2")), generation.diagnostics().toString());
  }

  /** A page holding every kind of invisible character, in every place text is taken from. */
  private static final String INVISIBLE = table(
      "1000|Nor\u202Emal|The <code>a\u2066b</code> <a href=\"/x\">li\u200Bnk</a> and \uFEFFmore\u00AD.",
      "1001|Away|Left\u200D and right\u200E and\u2060 joined.");

  @Test
  void invisibleCharactersAreWarnedAtTheirLineAndNeverRawInTheOutput() {
    Generation generation = generate(INVISIBLE, Optional.of("""
        from,to,name,status,reference
        1000,1000,Normal\u202E Closure,wire,x
        """), ChecksFrom.REGISTRY);
    assertEquals(List.of(), errors(generation.diagnostics()));
    List<String> warned = generation.diagnostics().stream().filter(d -> d.message() == Message.INVISIBLE_CHARACTERS)
        .map(d -> d.where().toString()).toList();
    assertEquals(List.of("page.md:5", "registry.csv:2"), warned);
    for (GeneratedFile file : generation.files()) {
      assertPureAscii(file);
    }
    String closeCode = generation.source("CloseCode");
    assertTrue(closeCode.contains("&#92;u202e"), "the Javadoc shows it as an escape, visibly");
    assertTrue(closeCode.contains("\\u202e"), "the string literal holds it as a Unicode escape");
  }

  /**
   * A control character (a word processor's optional hyphen, U+001F, or its non-breaking one,
   * U+001E; a bell, a C1 control) shows as nothing, as an invisible character does, and is no
   * white space to HTML or Markdown. Such characters had been kept with nothing said, and the
   * information separators, which Java counts as white space, had split their word in two
   * ({@code Going Away} for {@code Going\u001FAway}). They are warned of at their line, as
   * invisible characters are, kept, and shown escaped.
   */
  @Test
  void controlCharactersAreWarnedOfAndKeptNotTakenForSpaces() {
    Generation generation = generate(table(
        "1000|Nor\u001Fmal|Done\u0007 and \u001Cgone.",
        "1001|Going Away|Left\u0085 and\u000B right.",
        "1002|Protocol|Bad&#x1F;ly &#x85; &#x81;."), Optional.of("""
        from,to,name,status,reference
        1000,1000,Normal\u0001 Closure,wire,x
        """), ChecksFrom.REGISTRY);
    assertEquals(List.of(), errors(generation.diagnostics()));
    List<String> warned = generation.diagnostics().stream().filter(d -> d.message() == Message.INVISIBLE_CHARACTERS)
        .map(Object::toString).toList();
    assertEquals(List.of("page.md:5: warning: this line holds U+001F INFORMATION SEPARATOR ONE, an invisible"
        + " character that can make text read otherwise than it shows (in another order, or with words no one"
        + " sees); it is kept, and generated code shows it escaped; 2 line(s) hold such characters, from this line"
        + " to line 6", "registry.csv:2: warning: this line holds U+0001 START OF HEADING, an invisible character"
        + " that can make text read otherwise than it shows (in another order, or with words no one sees); it is"
        + " kept, and generated code shows it escaped; 1 line(s) hold such characters, from this line to line 2"),
        warned);
    List<String> read = generation.table().orElseThrow().codes().stream()
        .map(code -> code.pageName() + "|" + code.description().plainText()).toList();
    assertEquals(List.of("Nor\u001Fmal|Done\u0007 and \u001Cgone.", "Going Away|Left\u0085 and\u000B right.",
        "Protocol|Bad\u001Fly \u2026 \u0081."), read.subList(0, 3));
    // Written as references too; HTML reads a reference to a C1 control as Windows-1252's character, where it has one
    assertEquals(List.of("page.md:7: warning: this line writes U+001F INFORMATION SEPARATOR ONE as a character"
        + " reference ('&#x1F;'), an invisible character that can make text read otherwise than it shows (in"
        + " another order, or with words no one sees); it is kept, and generated code shows it escaped; 1 line(s)"
        + " write such characters, from this line to line 7"), generation.diagnostics().stream()
        .filter(d -> d.message() == Message.INVISIBLE_CHARACTER_REFERENCES).map(Object::toString).toList());
    generation.files().forEach(SafeOutputTest::assertPureAscii);
    assertTrue(generation.source("CloseCode").contains("\"Nor\\u001fmal\""), generation.source("CloseCode"));
  }

  /**
   * Unicode's tag characters (U+E0020 to U+E007F) are invisible format characters beyond the basic
   * plane, each written as two UTF-16 units: text hidden in them ("IGN" here) was neither warned
   * of nor shown escaped in the Javadoc, whose HTML then held it invisible.
   */
  @Test
  void invisibleCharactersBeyondTheBasicPlaneAreWarnedAndShownEscaped() {
    String hidden = "\uDB40\uDC49\uDB40\uDC47\uDB40\uDC4E";
    Generation generation = generate(table("1000|Normal|Done " + hidden + " end."), Optional.empty(), ChecksFrom.PAGE);
    List<String> warned = generation.diagnostics().stream().filter(d -> d.message() == Message.INVISIBLE_CHARACTERS)
        .map(Object::toString).toList();
    assertEquals(1, warned.size(), generation.diagnostics().toString());
    assertTrue(warned.get(0).contains("this line holds U+E0049 TAG LATIN CAPITAL LETTER I, an invisible character"
        + " that can make text read otherwise than it shows (in another order, or with words no one sees)"),
        warned.get(0));
    generation.files().forEach(SafeOutputTest::assertPureAscii);
    String closeCode = generation.source("CloseCode");
    assertTrue(closeCode.contains("Done &#92;udb40&#92;udc49&#92;udb40&#92;udc47&#92;udb40&#92;udc4e end."),
        "the Javadoc shows them as escapes, visibly");
  }

  /**
   * An invisible character written as a character reference ({@code &#x202E;}, {@code &shy;}) is
   * the character once the page is read, and is in the generated code, escaped; it had been there
   * with nothing said, where the character written as itself is warned of. A reference in a code
   * block shows as written, and says nothing.
   */
  @Test
  void invisibleCharactersWrittenAsReferencesAreWarnedToo() {
    String page = table(
        "1000|Normal|The con&shy;nection is &#x202E;closed&#x202C;.",
        "1001|Away|Left&#8203; and&ZeroWidthSpace; right &amp;#x202E; &lt;.")
        + "\n```html\n<p>&#x202E;</p>\n```\n";
    Generation generation = generate(page, Optional.empty(), ChecksFrom.PAGE);
    List<String> warned = generation.diagnostics().stream()
        .filter(d -> d.message() == Message.INVISIBLE_CHARACTER_REFERENCES).map(Object::toString).toList();
    assertEquals(List.of("page.md:5: warning: this line writes U+00AD SOFT HYPHEN as a character reference ('&shy;'),"
        + " an invisible character that can make text read otherwise than it shows (in another order, or with words"
        + " no one sees); it is kept, and generated code shows it escaped; 2 line(s) write such characters, from"
        + " this line to line 6"), warned);
    generation.files().forEach(SafeOutputTest::assertPureAscii);
    String closeCode = generation.source("CloseCode");
    assertTrue(closeCode.contains("con&#92;u00adnection is &#92;u202eclosed&#92;u202c."), closeCode);
  }

  /**
   * HTML reads a numeric reference with any number of leading zeros ({@code &#x0000202E;}), and one
   * without its {@code ;} ({@code &#x202E }), and {@code &shy} without it too: each is the invisible
   * character in the generated code, where the warning had known only a reference of at most six
   * digits with its {@code ;}. A sign or a digit of another script makes no reference, and a
   * reference in a Markdown code span is shown as written: neither is warned of.
   */
  @Test
  void invisibleReferencesAreWarnedOfInEveryFormHtmlReads() {
    for (String written : List.of("&#x0000202E;", "&#x202E here", "&#0000008238;", "&shy here")) {
      Generation generation = generate(table("1000|Normal|Closed.", "1001|Away|Left " + written + "."),
          Optional.empty(), ChecksFrom.PAGE);
      List<String> warned = generation.diagnostics().stream()
          .filter(d -> d.message() == Message.INVISIBLE_CHARACTER_REFERENCES).map(Object::toString).toList();
      assertEquals(1, warned.size(), written + ": " + generation.diagnostics());
      assertTrue(warned.get(0).startsWith("page.md:6: warning: this line writes U+"), warned.get(0));
      String description = generation.table().orElseThrow().codes().get(1).description().plainText();
      assertTrue(description.contains("\u202E") || description.contains("\u00AD"), written + ": " + description);
    }
    String pipes = "# CloseEvent\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
        + "| 1000 | Normal | Shown as `&#x202E;` written. |\n"
        + "| 1001 | Away | Not one: &#x+202E; &#\u0668\u0662\u0663\u0668; |\n";
    Generation generation = generate(pipes, Optional.empty(), ChecksFrom.PAGE);
    assertEquals(List.of(), generation.diagnostics().stream()
        .filter(d -> d.message() == Message.INVISIBLE_CHARACTER_REFERENCES).toList());
    for (var code : generation.table().orElseThrow().codes().subList(0, 2)) {
      assertFalse(code.description().plainText().contains("\u202E"), code.description().plainText());
    }
  }

  /**
   * A character reference that names no character a text may hold (half of a surrogate pair, NUL,
   * or past U+10FFFF) is U+FFFD to a browser. The parsers had kept a half as it was, a string of the
   * generated code holding it alone (or two written one after the other making a character neither
   * names), and NUL as NUL, with nothing said. In an HTML table and in a pipe table alike, each is
   * now read as U+FFFD, with a warning at its line, one without its {@code ;} too, as HTML reads
   * it; in a code span or a code block it is text, as written.
   */
  @Test
  void referencesThatNameNoCharacterAreReadAsBrowsersReadThem() {
    String html = table(
        "1000|Normal|Closed &#xD800; here &#xDFFF.",
        "1001|Away|Pair &#55357;&#56832;, nul &#0; and far &#x110000;. <code>&#xDC00;</code>")
        + "\n```html\n<p>&#xD800;</p>\n```\n";
    String pipes = "# CloseEvent\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
        + "| 1000 | Normal | Closed &#xD800; here &#xDFFF. |\n"
        + "| 1001 | Away | Pair &#55357;&#56832;, nul &#0; and far &#x110000;. `&#xDC00;` |\n";
    for (String page : List.of(html, pipes)) {
      Generation generation = generate(page, Optional.empty(), ChecksFrom.PAGE);
      assertEquals(List.of(), errors(generation.diagnostics()));
      List<String> warned = generation.diagnostics().stream()
          .filter(d -> d.message() == Message.CHARACTER_REFERENCE_REPAIRED).map(Object::toString).toList();
      assertEquals(List.of("page.md:5: warning: this line writes a character reference that names no character a"
          + " text may hold ('&#xD800;': half of a surrogate pair, NUL, or past U+10FFFF); it is read as U+FFFD"
          + " REPLACEMENT CHARACTER, as browsers read it; 2 line(s) write such references, from this line to line"
          + " 6"), warned, page);
      List<String> descriptions = generation.table().orElseThrow().codes().stream()
          .map(code -> code.description().plainText()).toList();
      String codeSpan = page == html ? "\uFFFD" : "&#xDC00;"; // HTML reads a reference in <code>; Markdown does not
      assertEquals(List.of("Closed \uFFFD here \uFFFD.", "Pair \uFFFD\uFFFD, nul \uFFFD and far \uFFFD. " + codeSpan),
          descriptions.subList(0, 2), page);
      for (GeneratedFile file : generation.files()) {
        assertPureAscii(file);
        for (String unit : List.of("\\ud800", "\\ud83d", "\\ude00", "\\udc00", "\\u0000")) {
          assertFalse(file.source().toLowerCase(java.util.Locale.ROOT).contains(unit), file.typeName() + ": " + unit);
        }
      }
    }
  }

  @Test
  void mojibakeRepairThatMakesABidiControlIsWarnedToo() {
    // U+202E in UTF-8 is E2 80 AE, which Windows-1252 shows as "â€®"
    String page = table("1000|Normal|Caf\u00C3\u00A9 \u00E2\u20AC\u00AE reversed.");
    Generation generation = generate(page, Optional.empty(), ChecksFrom.PAGE);
    assertTrue(generation.diagnostics().stream().anyMatch(d -> d.message() == Message.INVISIBLE_CHARACTERS),
        generation.diagnostics().toString());
    generation.files().forEach(SafeOutputTest::assertPureAscii);
  }

  @Test
  void theReceivedPageGivesPureAsciiThatCompilesAsAsciiAndReadsBackTheSameText() throws Exception {
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document("mdn/fr/web/api/closeevent/index.md", Files.readAllBytes(SpecSource.RECEIVED_PAGE))),
        Optional.of(new Document("registry.csv", Files.readAllBytes(SpecSource.REGISTRY))), ChecksFrom.REGISTRY));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    generation.files().forEach(SafeOutputTest::assertPureAscii);
    // what javac of any platform charset reads: US-ASCII is the narrowest
    assertEquals(List.of(), Javac.compile(generation.files(), folder, "US-ASCII"));
    String expected = generation.table().orElseThrow().codes().stream().filter(code -> code.code() == 1000)
        .findFirst().orElseThrow().description().plainText();
    assertTrue(expected.chars().anyMatch(c -> c > 0x7F), expected);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()})) {
      Class<?> closeCode = loader.loadClass("org.example.ws.CloseCode");
      Object normal = closeCode.getMethod("of", int.class).invoke(null, 1000);
      Object constant = ((Optional<?>) normal).orElseThrow();
      assertEquals(expected, closeCode.getMethod("description").invoke(constant));
    }
  }

  private static void assertPureAscii(GeneratedFile file) {
    byte[] bytes = file.source().getBytes(Charset.forName("UTF-8"));
    for (int i = 0; i < bytes.length; i++) {
      assertTrue(bytes[i] >= 0 && (bytes[i] >= 0x20 || bytes[i] == '\n'), file.typeName() + ": byte " + i);
    }
  }
}
