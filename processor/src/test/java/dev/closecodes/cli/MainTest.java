package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.closecodes.testing.SpecSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @TempDir Path folder;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    return runWithInput("", args);
  }

  /** The command line given the text as its standard input. */
  static Run runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new StandardOutput(out),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The command line in a JVM of its own, started with the options given, as a user runs it. */
  static ProcessBuilder inItsOwnJvm(List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  /**
   * The JSON quotes the page's text as diagnostics do: an invisible bidi control, or an escape
   * sequence, is written as a JSON escape, which reads back as the same text and changes nothing
   * on the terminal that shows it.
   */
  @Test
  void modelWritesInvisibleCharactersAsJsonEscapes() throws IOException {
    Path page = folder.resolve("page.md");
    String description = "Done \u202e\u2066 odd \u001b[2J \u00ad \uDB40\uDC49 end.";
    Files.writeString(page, "<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
        + "<tr><td>1000</td><td>Normal</td><td>" + description + "</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Run run = run("model", page.toString());
    assertTrue(run.out().contains("Done \\u202e\\u2066 odd \\u001b[2J \\u00ad \\udb40\\udc49 end."), run.out());
    assertTrue(run.out().codePoints().noneMatch(c -> c == 0x202e || c == 0x2066 || c == 0x1b || c == 0xad
        || c == 0xE0049), run.out());
    JsonObject row = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("rows").get(0)
        .getAsJsonObject();
    assertEquals(description, row.get("description").getAsString());
  }

  @Test
  void modelPrintsTheReceivedPageAsJson() {
    Run run = run("model", SpecSource.RECEIVED_PAGE.toString());
    assertEquals(0, run.status(), run.err());
    JsonObject model = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(SpecSource.RECEIVED_PAGE.toString(), model.get("source").getAsString());
    // the locale, and what told it: the path's locale folder (spec-source's mdn/fr/...)
    assertEquals(List.of("fr", "path"), List.of(model.get("locale").getAsString(),
        model.get("localeFrom").getAsString()));
    JsonArray rows = model.getAsJsonArray("rows");
    assertEquals(19, rows.size());
    JsonObject normal = rows.get(1).getAsJsonObject();
    assertEquals(1000, normal.get("from").getAsInt());
    assertEquals(1000, normal.get("to").getAsInt());
    assertEquals("cwose_nowmaw", normal.get("name").getAsString());
    assertEquals(36, normal.get("line").getAsInt());
    JsonObject inferred = rows.get(13).getAsJsonObject();
    assertEquals(1012, inferred.get("from").getAsInt());
    assertEquals(1014, inferred.get("to").getAsInt());

    JsonArray diagnostics = model.getAsJsonArray("diagnostics");
    assertTrue(
        diagnostics.asList().stream()
            .map(d -> d.getAsJsonObject())
            .anyMatch(d -> d.get("line").getAsInt() == 135 && d.get("severity").getAsString().equals("warning")));
    assertTrue(
        run.err().lines().anyMatch(line -> line.equals(SpecSource.RECEIVED_PAGE + ":135: warning: the range '–1014'"
            + " has lost its start; read as 1012–1014, starting after the previous row (line 127)")),
        run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not a number   | <table><tr><td>1000</td><td>a</td></tr>\\n<tr><td>10O1</td><td>b</td></tr></table> | 2
          backwards      | <table><tr><td>1000</td><td>a</td></tr>\\n\\n<tr><td>2999-2000</td><td>b</td></tr></table> | 3
          out of bounds  | <table><tr><td>70000</td><td>a</td></tr></table> | 1
          twice          | <table><tr><td>1000</td><td>a</td></tr>\\n<tr><td>1000</td><td>b</td></tr></table> | 2
          overlap        | <table><tr><td>1000-1999</td><td>a</td></tr>\\n<tr><td>1500-2999</td><td>b</td></tr></table> | 2
          no table       | # CloseEvent\\n\\nNothing here. | 1
          empty          | '' | 1
          """)
  void badInputEndsInOneCleanErrorLine(String what, String text, int line) throws IOException {
    Path file = folder.resolve("bad.md");
    Files.writeString(file, text.replace("\\n", "\n"), StandardCharsets.UTF_8);
    Run run = run("model", file.toString());
    assertEquals(1, run.status());
    List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), run.err());
    assertTrue(errors.get(0).startsWith(file + ":" + line + ": error: "), errors.get(0));
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aWebAddressIsAnErrorSayingThatDocumentsAreReadFromFiles() {
    for (String address : List.of("https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent",
        "http://example.org/registry.csv")) {
      Run run = run("model", address);
      assertEquals(1, run.status());
      assertEquals(address + ":1: error: '" + address + "' is a web address, and closecodes reads documents only"
          + " from files and resources, never from the network: save the document and name its file"
          + " ('closecodes update' fetches a page from MDN's sources)\n", run.err());
    }
  }

  /**
   * A script written where case is ignored (macOS, Windows) names {@code Pages/Close-Codes.md} for
   * {@code pages/close-codes.md}; run where it is not, it met "no such file" with the file there.
   */
  @Test
  void aFileNamedInOtherCaseIsAnErrorNamingTheFileThatIsThere() throws IOException {
    Path page = folder.resolve("pages/close-codes.md");
    Files.createDirectories(page.getParent());
    Files.copy(Path.of("src/test/resources/fixtures/small/index.md"), page);
    String named = folder.resolve("Pages/Close-Codes.md").toString();
    for (List<String> command : List.of(List.of("model", named), List.of("generate", "--registry", named, page.toString()))) {
      Run run = run(command.toArray(String[]::new));
      assertEquals(1, run.status(), run.err());
      assertEquals(named + ":1: error: cannot read the file: no such file; " + page + " is there, whose name differs"
          + " from it in case only (a file system that ignores case, as Windows' and macOS' do, reads the two as one)\n",
          run.err());
    }
  }

  /**
   * A {@code file:} URI names a file, but not by its path: "no such file" for a file that is there
   * left the user guessing. The error gives the path to write instead.
   */
  @Test
  void aFileUriIsAnErrorGivingThePathToNameInstead() throws IOException {
    Path page = Files.copy(Path.of("src/test/resources/fixtures/small/index.md"), folder.resolve("close codes.md"));
    String uri = page.toUri().toString();
    Run run = run("model", uri);
    assertEquals(1, run.status());
    assertEquals(uri + ":1: error: '" + uri + "' is a file: URI, and closecodes names documents by their paths:"
        + " name this one " + page + "\n", run.err());
  }

  @Test
  void aBinaryFileAndAMissingFile() throws IOException {
    Path binary = folder.resolve("image.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Run run = run("model", binary.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith(binary + ":1: error: this is a binary file"), run.err());

    Path missing = folder.resolve("missing.md");
    run = run("model", missing.toString());
    assertEquals(1, run.status());
    assertEquals(missing + ":1: error: cannot read the file: no such file\n", run.err());

    run = run("model", folder.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith(folder + ":1: error: cannot read the file"), run.err());
  }

  @Test
  void generateWritesTheTypesForSeveralPages() throws IOException {
    Path out = folder.resolve("out");
    Run run = run("generate", "--package", "org.example.ws", "--registry", "src/test/resources/fixtures/small/registry.csv",
        "--out", out.toString(), "src/test/resources/fixtures/small-fr/index.md", "src/test/resources/fixtures/small/index.md");
    assertEquals(0, run.status(), run.err());
    String closeCodes = Files.readString(out.resolve("org/example/ws/CloseCodes.java"), StandardCharsets.UTF_8);
    assertTrue(closeCodes.contains("private static final String[] LOCALES = {\"fr\", \"en-US\"};"), closeCodes);
    String closeCode = Files.readString(out.resolve("org/example/ws/CloseCode.java"), StandardCharsets.UTF_8);
    assertTrue(closeCode.contains("      \"La connexion a rempli son objet.\"),\n"), closeCode);
    assertTrue(closeCode.contains("      DESCRIPTIONS.put(CloseCode.NORMAL_CLOSURE, new String[] {\n"
        + "          \"The connection completed its purpose.\"});\n"), closeCode);
    for (String type : List.of("CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames")) {
      assertTrue(Files.isRegularFile(out.resolve("org/example/ws/" + type + ".java")), type);
    }
  }

  /**
   * A file that would be written with the bytes it holds is left alone, its time unchanged, so that a
   * build that runs {@code generate} before compiling (make, an exec step) does not see five changed
   * sources, and compile everything again, each time; a file whose output changed is written.
   */
  @Test
  void generateLeavesAFileThatWouldNotChangeAsItIs() throws IOException {
    Path out = folder.resolve("out");
    Path page = Files.copy(Path.of("src/test/resources/fixtures/small/index.md"), folder.resolve("index.md"));
    String[] generate = {"generate", "--package", "org.example.ws", "--locale", "en-US",
        "--registry", "src/test/resources/fixtures/small/registry.csv", "--out", out.toString(), page.toString()};
    assertEquals(0, run(generate).status());
    FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    List<Path> sources = new ArrayList<>();
    for (String type : List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames")) {
      Path source = out.resolve("org/example/ws/" + type + ".java");
      Files.setLastModifiedTime(source, longAgo);
      sources.add(source);
    }

    Run again = run(generate);
    assertEquals(0, again.status(), again.err());
    for (Path source : sources) {
      assertEquals(longAgo, Files.getLastModifiedTime(source), source.toString());
    }

    // A description edited on the page: the types are written anew (each carries the mark of all five).
    String text = Files.readString(page, StandardCharsets.UTF_8);
    String edited = text.replace("The connection <em>completed</em> its purpose.", "Edited.");
    assertNotEquals(text, edited, "the fixture's row 1000");
    Files.writeString(page, edited, StandardCharsets.UTF_8);
    assertEquals(0, run(generate).status());
    assertTrue(Files.readString(sources.get(0), StandardCharsets.UTF_8).contains("Edited."), "CloseCode written");
    for (Path source : sources) {
      assertNotEquals(longAgo, Files.getLastModifiedTime(source), source.toString());
    }
  }

  /** For Java 8 the types leave out {@code @Generated}, which Java 9 added, and compile there. */
  @ParameterizedTest
  @CsvSource({"8, false", "9, true", "17, true", "25, true"})
  void generateForAReleaseCarriesGeneratedWhereTheReleaseHasIt(String release, boolean generated) throws IOException {
    Path out = folder.resolve("out");
    Run run = run("generate", "--package", "org.example.ws", "--release", release,
        "--registry", "src/test/resources/fixtures/small/registry.csv", "--out", out.toString(),
        "src/test/resources/fixtures/small/index.md");
    assertEquals(0, run.status(), run.err());
    List<Path> sources = new ArrayList<>();
    for (String type : List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames")) {
      Path source = out.resolve("org/example/ws/" + type + ".java");
      assertEquals(generated, Files.readString(source, StandardCharsets.UTF_8).contains("@Generated"), type);
      sources.add(source);
    }
    if (release.equals("8")) {
      ByteArrayOutputStream javac = new ByteArrayOutputStream();
      List<String> arguments = new ArrayList<>(List.of("--release", "8", "-Xlint:all", "-Xlint:-options", "-Werror",
          "-Xdoclint:all/private", "-d", folder.resolve("classes").toString()));
      for (Path source : sources) {
        arguments.add(source.toString());
      }
      int status = ToolProvider.getSystemJavaCompiler().run(null, javac, javac, arguments.toArray(new String[0]));
      assertEquals(0, status, javac.toString(StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "1.8", "eight", "-8", "", "1000"})
  void aReleaseBefore8OrNoReleaseAtAllIsAUsageError(String release) {
    Run run = run("generate", "--release", release, "src/test/resources/fixtures/small/index.md");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: --release: '" + release
        + "' is not a Java release of 8 or later"), run.err());
  }

  @Test
  void generateOfABadPageWritesNothing() throws IOException {
    Path out = folder.resolve("out");
    Run run = run("generate", "--out", out.toString(), "src/test/resources/fixtures/bad/index.md");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("src/test/resources/fixtures/bad/index.md:6: error: '10O1'"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void diffPrintsTheChangedRows() throws IOException {
    Path before = folder.resolve("before.md");
    Path after = folder.resolve("after.md");
    Files.writeString(before, "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>1001</td><td>Away</td><td>Gone.</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Files.writeString(after, "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>1002</td><td>Error</td><td>Broken.</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Run run = run("diff", before.toString(), after.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        after + ":3: note: 1002 added: Broken.",
        before + ":3: note: 1001 removed; it is not in " + after,
        "2 row(s) changed"), run.out().lines().toList());
  }

  @Test
  void diffQuotesADescriptionWithAListOnOneLine() throws IOException {
    Path before = folder.resolve("before.md");
    Path after = folder.resolve("after.md");
    Files.writeString(before, "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n</table>\n",
        StandardCharsets.UTF_8);
    Files.writeString(after, "<table>\n<tr><td>1000</td><td>Normal</td><td>For one of:<ul>\n<li>done</li>\n"
        + "<li>gone<ol><li>now</li></ol></li></ul>Fine.</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Run run = run("diff", before.toString(), after.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        after + ":2: note: 1000 re-described: was 'Fine.', now 'For one of: \u2022 done \u2022 gone 1. now Fine.'"
            + " (was at " + before + ":2)",
        "1 row(s) changed"), run.out().lines().toList());
  }

  /**
   * {@code -} is standard input, as for most Unix tools, for the commands that only read a page:
   * {@code git show HEAD~3:page.md | closecodes diff - page.md}. It is named {@code <stdin>} in
   * what is said of it. {@code generate} names its pages in the code it writes and {@code update}
   * replaces its page, so they take files ({@code UsageTest}).
   */
  @Test
  void aDashIsStandardInputForModelAndDiff() throws IOException {
    String before = "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>1001</td><td>Away</td><td>Gone.</td></tr>\n</table>\n";
    Path after = folder.resolve("after.md");
    Files.writeString(after, before.replace("Gone.", "Gone away."), StandardCharsets.UTF_8);
    Path beforeFile = folder.resolve("before.md");
    Files.writeString(beforeFile, before, StandardCharsets.UTF_8);

    Run model = runWithInput(before, "model", "-");
    assertEquals(0, model.status(), model.err());
    JsonObject json = JsonParser.parseString(model.out()).getAsJsonObject();
    assertEquals("<stdin>", json.get("source").getAsString());
    assertEquals(JsonParser.parseString(run("model", beforeFile.toString()).out()).getAsJsonObject().get("rows"),
        json.get("rows"), "the same rows as from the file");

    Run diff = runWithInput(before, "diff", "--exit-code", "-", after.toString());
    assertEquals(3, diff.status(), diff.err());
    assertEquals(run("diff", beforeFile.toString(), after.toString()).out().replace(beforeFile.toString(), "<stdin>"),
        diff.out());
    Run reversed = runWithInput(before, "diff", after.toString(), "-");
    assertEquals(0, reversed.status(), reversed.err());
    assertTrue(reversed.out().contains("<stdin>:3: note: 1001 re-described"), reversed.out());

    Run malformed = runWithInput("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | ok |\n"
        + "| 10x0 | Bad | broken |\n", "model", "-");
    assertEquals(1, malformed.status());
    assertTrue(malformed.err().startsWith("<stdin>:4: error: '10x0' is not a close code"), malformed.err());
  }

  /**
   * Standard input as a user's shell gives it: the process's own, from a file or from a pipe
   * ({@code cat page.md | closecodes model -}), where a file's length and position are not known.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aDashReadsTheProcesssStandardInput(boolean fromAPipe) throws IOException, InterruptedException {
    ProcessBuilder command = inItsOwnJvm(List.of(), List.of("model", "-")).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (!fromAPipe) {
      command.redirectInput(SpecSource.RECEIVED_PAGE.toFile());
    }
    Process model = command.start();
    if (fromAPipe) {
      try (var stdin = model.getOutputStream()) {
        stdin.write(Files.readAllBytes(SpecSource.RECEIVED_PAGE));
      }
    }
    String out = new String(model.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, model.waitFor());
    JsonObject json = JsonParser.parseString(out).getAsJsonObject();
    assertEquals("<stdin>", json.get("source").getAsString());
    assertEquals(JsonParser.parseString(run("model", SpecSource.RECEIVED_PAGE.toString()).out()).getAsJsonObject()
        .get("sha256"), json.get("sha256"));
  }

  /**
   * A script that watches a page (a scheduled job comparing the committed page with a newer one)
   * asks for the status to tell it: 3 when a row changed, as {@code git diff --exit-code} tells
   * differences, since 1 means an error here; 0 when none did. Without it the status is 0 either way.
   */
  @Test
  void diffWithExitCodeExitsThreeWhenARowChanged() throws IOException {
    Path before = folder.resolve("before.md");
    Path after = folder.resolve("after.md");
    Path same = folder.resolve("same.md");
    String page = "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n</table>\n";
    Files.writeString(before, page, StandardCharsets.UTF_8);
    Files.writeString(same, page, StandardCharsets.UTF_8);
    Files.writeString(after, page.replace("Fine.", "Fine, and done."), StandardCharsets.UTF_8);

    Run changed = run("diff", "--exit-code", before.toString(), after.toString());
    assertEquals(3, changed.status(), changed.err());
    assertEquals("1 row(s) changed", changed.out().lines().reduce((first, last) -> last).orElseThrow());
    assertEquals(0, run("diff", before.toString(), after.toString()).status());
    Run unchanged = run("diff", before.toString(), same.toString(), "--exit-code");
    assertEquals(0, unchanged.status(), unchanged.err());
    assertEquals(List.of("0 row(s) changed"), unchanged.out().lines().toList());
    Run missing = run("diff", "--exit-code", before.toString(), folder.resolve("missing.md").toString());
    assertEquals(1, missing.status(), "an error is 1, not 3");
  }

  /**
   * Rows whose ranges were joined into one, or one range cut into several, are one change that
   * says so: none of their codes was removed.
   */
  @Test
  void diffSaysWhichRangesWereMergedOrSplit() throws IOException {
    Path before = folder.resolve("before.md");
    Path after = folder.resolve("after.md");
    Files.writeString(before, "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>1016–1999</td><td></td><td>Future.</td></tr>\n"
        + "<tr><td>2000–2999</td><td></td><td>Extensions.</td></tr>\n"
        + "<tr><td>3000–4999</td><td></td><td>Libraries and applications.</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Files.writeString(after, "<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>1016–2999</td><td></td><td>Future and extensions.</td></tr>\n"
        + "<tr><td>3000–3999</td><td></td><td>Libraries.</td></tr>\n"
        + "<tr><td>4000–4999</td><td></td><td>Applications.</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Run run = run("diff", before.toString(), after.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        after + ":3: note: 1016–2999 merged from 1016–1999 and 2000–2999 (was at " + before
            + ":3): now 'Future and extensions.'",
        after + ":4: note: 3000–4999 split into 3000–3999 and 4000–4999 (was at " + before
            + ":5): now 'Libraries.' and 'Applications.'",
        "2 row(s) changed"), run.out().lines().toList());
  }

  /**
   * A code the page reserves now, or lets be used now, is the change that matters most to the
   * checks, and is said whether or not its text changed: of a row of the same codes, and of each
   * part of a range split or merged whose status is not the old row's. A row is counted once,
   * however many of its changes are said.
   */
  @Test
  void diffSaysWhichCodesAreReservedOrUsableNow() throws IOException {
    Path before = folder.resolve("before.md");
    Path after = folder.resolve("after.md");
    String header = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th><th>Reserved</th></tr>\n";
    Files.writeString(before, header + "<tr><td>1000</td><td>Normal</td><td>Fine.</td><td>no</td></tr>\n"
        + "<tr><td>1004</td><td></td><td>Kept back.</td><td>no</td></tr>\n"
        + "<tr><td>1012–1014</td><td></td><td>Later.</td><td>yes</td></tr>\n"
        + "<tr><td>1016–1999</td><td></td><td>Future.</td><td>no</td></tr>\n"
        + "<tr><td>2000–2999</td><td></td><td>Extensions.</td><td>yes</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Files.writeString(after, header + "<tr><td>1000</td><td>Normal</td><td>Fine.</td><td>no</td></tr>\n"
        + "<tr><td>1004</td><td>Reserved</td><td>Kept back.</td><td>yes</td></tr>\n"
        + "<tr><td>1012</td><td>Restart</td><td>Restarting.</td><td>no</td></tr>\n"
        + "<tr><td>1013</td><td>Again</td><td>Overloaded.</td><td>no</td></tr>\n"
        + "<tr><td>1014</td><td>Gateway</td><td>Later.</td><td>yes</td></tr>\n"
        + "<tr><td>1016–2999</td><td></td><td>Future.</td><td>yes</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    Run run = run("diff", before.toString(), after.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        after + ":4: note: 1004 renamed from '' to 'Reserved' (was at " + before + ":4)",
        after + ":4: note: 1004 is reserved now, where it was usable (was at " + before + ":4)",
        after + ":5: note: 1012–1014 split into 1012, 1013 and 1014 (was at " + before
            + ":5): now 'Restarting.', 'Overloaded.' and 'Later.'",
        after + ":5: note: 1012 is usable now, where 1012–1014 was reserved (was at " + before + ":5)",
        after + ":6: note: 1013 is usable now, where 1012–1014 was reserved (was at " + before + ":5)",
        after + ":8: note: 1016–2999 merged from 1016–1999 and 2000–2999 (was at " + before + ":6): now 'Future.'",
        after + ":8: note: 1016–2999 is reserved now, where 1016–1999 was usable (was at " + before + ":6)",
        "3 row(s) changed"), run.out().lines().toList());
  }

  /**
   * Two translations of the page word every name and description differently, so that a diff
   * that compared them would call every row renamed and re-described and hide what matters: MDN's
   * French page kept 1012–1014 one reserved range for years after the English page let them be
   * used. The diff says once that the pages are in two languages, and compares what a translation
   * keeps: the codes, the ranges and which are reserved.
   */
  @Test
  void aDiffOfTwoTranslationsComparesTheCodesRangesAndStatusesOnly() throws IOException {
    Path before = folder.resolve("en-us/web/api/closeevent/code/index.md");
    Path after = folder.resolve("fr/web/api/closeevent/code/index.md");
    Files.createDirectories(before.getParent());
    Files.createDirectories(after.getParent());
    String header = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th><th>Reserved</th></tr>\n";
    Files.writeString(before, header + "<tr><td>1000</td><td>Normal Closure</td><td>Closed normally.</td><td>no</td></tr>\n"
        + "<tr><td>1012</td><td>Service Restart</td><td>Restarting.</td><td>no</td></tr>\n"
        + "<tr><td>1013</td><td>Try Again Later</td><td>Overloaded.</td><td>no</td></tr>\n"
        + "<tr><td>1014</td><td>Bad Gateway</td><td>Bad upstream.</td><td>no</td></tr>\n</table>\n",
        StandardCharsets.UTF_8);
    Files.writeString(after, header + "<tr><td>1000</td><td>Fermeture normale</td><td>Fermée normalement.</td>"
        + "<td>no</td></tr>\n"
        + "<tr><td>1012–1014</td><td></td><td>Réservé pour un usage futur.</td><td>yes</td></tr>\n</table>\n",
        StandardCharsets.UTF_8);
    Run run = run("diff", before.toString(), after.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of(
        after + ":1: note: " + before + " is in en-US and this page in fr: a translation words every name and"
            + " description its own way, so only the codes, the ranges and which are reserved are compared",
        after + ":4: note: 1012–1014 merged from 1012, 1013 and 1014 (was at " + before
            + ":4): now 'Réservé pour un usage futur.'",
        after + ":4: note: 1012–1014 is reserved now, where 1012 was usable (was at " + before + ":4)",
        after + ":4: note: 1012–1014 is reserved now, where 1013 was usable (was at " + before + ":5)",
        after + ":4: note: 1012–1014 is reserved now, where 1014 was usable (was at " + before + ":6)",
        "1 row(s) changed"), run.out().lines().toList());

    // Two versions of one French page saved under names of their own: the older links a page not yet
    // translated, into /en-US/docs/, the newer one into /fr/docs/. Links are a guess at the language,
    // not a reason to leave the texts uncompared: only locales the paths name are.
    Path older = folder.resolve("older.md");
    Path newer = folder.resolve("newer.md");
    String french = header + "<tr><td>1000</td><td>Fermeture normale</td><td>Fermée normalement.</td><td>no</td></tr>\n"
        + "</table>\n\nVoir [WebSocket](%s/docs/Web/API/WebSocket).\n";
    Files.writeString(older, french.formatted("/en-US"), StandardCharsets.UTF_8);
    Files.writeString(newer, french.formatted("/fr").replace("Fermée normalement.", "Fermée comme prévu."),
        StandardCharsets.UTF_8);
    Run versions = run("diff", older.toString(), newer.toString());
    assertEquals(List.of(
        newer + ":3: note: 1000 re-described: was 'Fermée normalement.', now 'Fermée comme prévu.' (was at " + older
            + ":3)",
        "1 row(s) changed"), versions.out().lines().toList());

    // A page whose locale cannot be told may be either: it is compared in full.
    Path plain = folder.resolve("plain.md");
    Files.writeString(plain, Files.readString(before, StandardCharsets.UTF_8).replace("Closed normally.", "Fine."),
        StandardCharsets.UTF_8);
    Run sameLanguage = run("diff", before.toString(), plain.toString());
    assertEquals(List.of(
        plain + ":3: note: 1000 re-described: was 'Closed normally.', now 'Fine.' (was at " + before + ":3)",
        "1 row(s) changed"), sameLanguage.out().lines().toList());
  }

  /**
   * A locale that is no language tag is a usage error of the option that gave it, as a count of
   * locales that does not match the pages' is, not an error of the annotation's attribute.
   */
  @Test
  void aBadLocaleIsAUsageErrorOfTheLocaleOption() {
    String page = "src/test/resources/fixtures/small/index.md";
    Run run = run("generate", "--locale", "fr_FR", page);
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("closecodes: generate: --locale: 'fr_FR' is not a language tag such as fr or en-US\n"),
        run.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().status());
    assertEquals(2, run("frobnicate").status());
    assertEquals(2, run("model").status());
    Run help = run("help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("model FILE"));
  }
}
