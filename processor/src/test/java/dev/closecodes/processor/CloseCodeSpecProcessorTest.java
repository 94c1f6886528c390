package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processor compiling real sources: generated files compared byte for byte with golden files,
 * diagnostics pinned to the annotation and the spec's line, and hostile page text that must still
 * give code that compiles and passes doclint.
 */
class CloseCodeSpecProcessorTest {

  /** Run with {@code -Dclosecodes.updateGolden=true} to rewrite the golden files after a deliberate change. */
  private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("closecodes.updateGolden");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "small");
  private static final List<String> TYPES = List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames");

  /**
   * javac with the processor as a strict consumer runs it: every lint (processing included), doclint
   * at every access level. Tests that expect a clean build also check there was no warning.
   */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Xlint:all", "-Xdoclint:all/private", "-encoding", "UTF-8")
        .compile(sources);
  }

  /** javac with the processor, relative names read against the project folder {@code project}. */
  static Compilation compileIn(Path project, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + project)
        .compile(sources);
  }

  /** javac with the processor, {@code first} on the class path before this test's own. */
  static Compilation compileWithFirstOnTheClassPath(Path first, JavaFileObject source) {
    List<File> classPath = new ArrayList<>(List.of(first.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withClasspath(classPath)
        .compile(source);
  }

  /**
   * The generated code drew no warning from javac's lint or doclint: the only warnings are
   * closecodes' own about a page read without a registry, whose constant names follow its wording,
   * and about its locale, which its path does not name.
   */
  static void assertOnlyWarningsAboutARegistryLessPage(Compilation compilation) {
    for (javax.tools.Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      String text = warning.getMessage(null);
      assertTrue(text.startsWith("[closecodes] ") && (text.contains("constant names come from the page's wording")
          || text.contains("the page's locale cannot be told") || text.contains("the page's locale is taken to be")),
          text);
    }
  }

  static JavaFileObject packageInfo(String... annotationLines) {
    return packageInfoIn("org.example.ws", annotationLines);
  }

  /** A {@code package-info.java} of package {@code pkg} with the annotation lines given. */
  static JavaFileObject packageInfoIn(String pkg, String... annotationLines) {
    String[] lines = new String[annotationLines.length + 3];
    lines[0] = "/** Close codes. */";
    System.arraycopy(annotationLines, 0, lines, 1, annotationLines.length);
    lines[lines.length - 2] = "package " + pkg + ";";
    lines[lines.length - 1] = "import dev.closecodes.CloseCodeSpec;";
    return JavaFileObjects.forSourceLines(pkg + ".package-info", lines);
  }

  private static byte[] generated(Compilation compilation, String type) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile("org.example.ws." + type).orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }

  @Test
  void generatesTheGoldenFilesByteForByte() throws IOException {
    Compilation compilation = compile(packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
            + " registry = \"fixtures/small/registry.csv\")"));
    // The fixture page marks 1012 reserved and its registry does not: the one expected warning.
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("fixtures/small/index.md:23: the page marks 1012 reserved");
    for (String type : TYPES) {
      byte[] actual = generated(compilation, type);
      Path golden = GOLDEN.resolve(type + ".java");
      if (UPDATE_GOLDEN) {
        Files.write(golden, actual);
      }
      assertEquals(Files.readString(golden), new String(actual, java.nio.charset.StandardCharsets.UTF_8), type);
      assertArrayEquals(Files.readAllBytes(golden), actual, type);
    }
  }

  /**
   * Each generated type, and the one nested in {@code CloseFrames}, carries the class-retained mark
   * that coverage tools read; a compile whose {@code closecodes-annotation} is older than the
   * processor, without the member, gets types without it, which compile, rather than types that
   * name what is not there.
   */
  @Test
  void theTypesCarryTheMarkForCoverageToolsWhereTheAnnotationHasIt() throws IOException {
    for (String type : TYPES) {
      assertThat(Files.readString(GOLDEN.resolve(type + ".java")))
          .containsMatch("(?s)\nimport dev\\.closecodes\\.CloseCodeSpec;\n.*\n@CloseCodeSpec\\.Generated\npublic ");
    }
    assertThat(Files.readString(GOLDEN.resolve("CloseFrames.java")))
        .contains("  @CloseCodeSpec.Generated\n  public static final class InvalidCloseFrameException ");

    String current = Files.readString(Path.of("annotation/src/main/java/dev/closecodes/CloseCodeSpec.java"));
    String older = current.replaceFirst("(?s)\n  /\\*\\*\n   \\* Marks each type closecodes generates.*?@interface Generated \\{}\n", "\n");
    assertThat(older).doesNotContain("Generated");
    Compilation compilation = compile(JavaFileObjects.forSourceString("dev.closecodes.CloseCodeSpec", older), packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
            + " registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1); // the fixture's own disagreement, as in the golden test
    for (String type : TYPES) {
      String source = new String(generated(compilation, type), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(source).doesNotContain("import dev.closecodes.CloseCodeSpec;");
      assertThat(source).doesNotContain("@CloseCodeSpec.Generated");
      assertEquals(Files.readString(GOLDEN.resolve(type + ".java"))
          .replace("import dev.closecodes.CloseCodeSpec;\n", "").replaceAll(" *@CloseCodeSpec\\.Generated\n", "")
          .replaceAll("sha256:[0-9a-f]{64}", "sha256:"), // the generation mark: the hash of what differs
          source.replaceAll("sha256:[0-9a-f]{64}", "sha256:"), type);
    }
  }

  @Test
  void withJakartaWebSocketOnTheClassPathCloseCodeIsAJakartaCloseCode() throws IOException {
    Compilation compilation = compile(closeReasonOf("jakarta.websocket"), packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
            + " registry = \"fixtures/small/registry.csv\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1); // the fixture's own disagreement, as in the golden test
    String closeCode = new String(generated(compilation, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(closeCode).contains("public enum CloseCode implements jakarta.websocket.CloseReason.CloseCode {");
    assertThat(closeCode).contains("  @java.lang.Override\n  public int getCode() {\n    return code;\n  }");
    // without it on the class path, the golden CloseCode implements nothing
    assertThat(Files.readString(GOLDEN.resolve("CloseCode.java"))).contains("public enum CloseCode {");
  }

  /**
   * javax.websocket, the API's name before Jakarta EE 9 (Tomcat 9, Jetty 9, Spring Boot 2), has a
   * {@code CloseReason.CloseCode} of its own: {@code CloseCode} implements it as it implements
   * Jakarta's, and both where both are on the class path (a project moving from one to the other).
   */
  @Test
  void withJavaxWebSocketOnTheClassPathCloseCodeIsItsCloseCodeToo() throws IOException {
    JavaFileObject spec = packageInfo("@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
        + " registry = \"fixtures/small/registry.csv\")");
    Compilation javax = compile(closeReasonOf("javax.websocket"), spec);
    assertThat(javax).succeeded();
    String closeCode = new String(generated(javax, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(closeCode).contains("public enum CloseCode implements javax.websocket.CloseReason.CloseCode {");
    assertThat(closeCode).contains("/** {@return the close code, as the {@code CloseReason} of javax.websocket asks"
        + " for it} */\n  @java.lang.Override\n  public int getCode() {\n    return code;\n  }");

    Compilation both = compile(closeReasonOf("javax.websocket"), closeReasonOf("jakarta.websocket"), spec);
    assertThat(both).succeeded();
    String implementsBoth = new String(generated(both, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(implementsBoth).contains("public enum CloseCode implements jakarta.websocket.CloseReason.CloseCode,"
        + " javax.websocket.CloseReason.CloseCode {");
    assertThat(implementsBoth).contains("{@return the close code, as the {@code CloseReason} of Jakarta WebSocket and"
        + " of javax.websocket asks for it}");
  }

  /**
   * A library whose WebSocket API is optional at run time (a {@code provided} or optional
   * dependency) has it on the compile's class path all the same; a {@code CloseCode} that
   * implemented its interface could not load without it, and every use of the constants would
   * throw {@code NoClassDefFoundError} in an application that left the API out.
   * {@code closeCodeApis} names the APIs to implement: none, or one of the two.
   */
  @Test
  void closeCodeApisNamesTheApisWhoseCloseCodeItImplements() throws IOException {
    String attributes = "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
        + " registry = \"fixtures/small/registry.csv\", closeCodeApis = %s)";
    Compilation none = compile(closeReasonOf("javax.websocket"), closeReasonOf("jakarta.websocket"),
        packageInfo(attributes.formatted("{}")));
    assertThat(none).succeeded();
    assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("CloseCode.java")), generated(none, "CloseCode"),
        "with none named, what is generated where neither API is on the class path");

    Compilation javaxOnly = compile(closeReasonOf("javax.websocket"), closeReasonOf("jakarta.websocket"),
        packageInfo(attributes.formatted("CloseCodeSpec.WebSocketApi.JAVAX")));
    assertThat(javaxOnly).succeeded();
    assertThat(new String(generated(javaxOnly, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("public enum CloseCode implements javax.websocket.CloseReason.CloseCode {");

    // one named that is not on the class path is left out, as by default
    Compilation absent = compile(closeReasonOf("javax.websocket"),
        packageInfo(attributes.formatted("CloseCodeSpec.WebSocketApi.JAKARTA")));
    assertThat(absent).succeeded();
    assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("CloseCode.java")), generated(absent, "CloseCode"));
  }

  /** A stand-in for a WebSocket API's {@code CloseReason}, as much of it as {@code CloseCode} implements. */
  static JavaFileObject closeReasonOf(String pkg) {
    return JavaFileObjects.forSourceLines(pkg + ".CloseReason",
        "package " + pkg + ";",
        "/** Stands in for the API's class of the same name. */",
        "public class CloseReason {",
        "  /** Not made here. */",
        "  private CloseReason() {}",
        "  /** A close code. */",
        "  public interface CloseCode {",
        "    /**",
        "     * The code.",
        "     *",
        "     * @return the code",
        "     */",
        "    int getCode();",
        "  }",
        "}");
  }

  @Test
  void twoBuildsGenerateTheSameBytes() throws IOException {
    JavaFileObject source = packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", registry = \"fixtures/small/registry.csv\")");
    Compilation first = compile(source);
    Compilation second = compile(source);
    for (String type : TYPES) {
      assertArrayEquals(generated(first, type), generated(second, type), type);
    }
  }

  @Test
  void hostileDescriptionsStillGiveCodeThatCompilesAndPassesDoclint() throws IOException {
    Compilation compilation = compile(packageInfo("@CloseCodeSpec(pages = \"fixtures/hostile/index.md\")"));
    assertThat(compilation).succeeded();
    assertOnlyWarningsAboutARegistryLessPage(compilation);
    String closeCode = new String(generated(compilation, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8);
    // emoji and every other character outside ASCII as Unicode escapes, which javac and javadoc read back
    assertThat(closeCode).contains("\\ud83d\\ude33");
    assertThat(closeCode.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F))).isTrue();
    // no Unicode escape javac reads stands for an ASCII character: none comes from the page, to end a
    // comment or a line (a backslash after another backslash begins none)
    java.util.regex.Matcher escape =
        java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u([0-9a-fA-F]{4})").matcher(closeCode);
    while (escape.find()) {
      assertThat(Integer.parseInt(escape.group(1), 16)).isAtLeast(0x80);
    }
    assertThat(closeCode).contains("&lt;script&gt;");
    assertThat(closeCode).contains("&#64;param");
    List<String> javadocLines = closeCode.lines().filter(line -> line.strip().startsWith("*")).toList();
    assertThat(javadocLines).isNotEmpty();
    for (String line : javadocLines) {
      assertThat(line).doesNotContain("<script>");
      assertThat(line).doesNotContain("javascript:");
      // The page's "@param x", "@deprecated" and "@see" must never become block tags.
      assertThat(line.strip()).doesNotMatch("\\*\\s*@(param x|deprecated|see)\\b.*");
    }
  }

  @Test
  void aReaderErrorIsAnErrorOnTheAnnotationNamingTheSpecLine() {
    JavaFileObject source = packageInfo("@CloseCodeSpec(pages = \"fixtures/bad/index.md\")");
    assertOnlyError(compile(source), source, 2, "fixtures/bad/index.md:6: '10O1' is not a close code");
  }

  @Test
  void aDocumentThatCannotBeFoundIsAnErrorAtTheAttributeListingWhereItLooked() {
    JavaFileObject source = packageInfo("@CloseCodeSpec(",
        "    pages = \"fixtures/small/index.md\",",
        "    registry = \"nowhere/registry.csv\")");
    Compilation compilation = compile(source);
    assertOnlyError(compilation, source, 4,
        "[closecodes] cannot find the document 'nowhere/registry.csv'; looked in: file ");
    assertThat(compilation).hadErrorContaining("the annotation processor path; the class path");
    String lookedIn = compilation.errors().get(0).getMessage(null).split("looked in: ", 2)[1];
    List<String> places = List.of(lookedIn.split("; "));
    assertEquals(places.stream().distinct().toList(), places, "each place once");
  }

  /**
   * A file system that ignores case (Windows', macOS') finds {@code pages/close-codes.md} where the
   * project holds {@code Pages/Close-Codes.md}; Linux's does not, so the build that passed on a
   * laptop failed on the build server with "cannot find", nothing saying why.
   */
  @Test
  void aDocumentWhoseNameDiffersInCaseOnlyIsAnErrorNamingTheFile(@TempDir Path project) throws IOException {
    copyOfTheSmallPage(project.resolve("Pages/Close-Codes.md"));
    assertCannotFindThePage(project, "pages/close-codes.md", "the class output; the project holds Pages/Close-Codes.md,"
        + " whose name differs from it in case only (a file system that ignores case, as Windows' and macOS' do, reads"
        + " the two as one): name that file, pages = \"Pages/Close-Codes.md\"");
  }

  /** The small fixture page copied to {@code file}, its folders made. */
  private static void copyOfTheSmallPage(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.copy(Path.of("src/test/resources/fixtures/small/index.md"), file);
  }

  /**
   * A compile in {@code project} of an annotation whose {@code pages}, on line 4, names {@code page}:
   * one error, there, that it cannot find the page, which then says {@code hint}.
   */
  private static void assertCannotFindThePage(Path project, String page, String hint) {
    JavaFileObject source = packageInfo("@CloseCodeSpec(",
        "    registry = \"fixtures/small/registry.csv\",",
        "    pages = \"" + page + "\")");
    Compilation compilation = compileIn(project, source);
    assertOnlyError(compilation, source, 4, "[closecodes] cannot find the document '" + page + "'; looked in: file "
        + project.resolve(page));
    assertThat(compilation).hadErrorContaining(hint);
  }

  /**
   * A lock file named in other case than the committed one ({@code CloseCodes.lock} for
   * {@code closecodes.lock}) is that file where case is ignored, and another file where it is not:
   * there the committed file went unread and a new one was written beside it.
   */
  @Test
  void aLockFileWhoseNameDiffersInCaseOnlyFromTheOneThereIsAnErrorAndWritesNothing(@TempDir Path project)
      throws IOException {
    Compilation first = compileIn(project, packageInfo("@CloseCodeSpec(pages = \"fixtures/small/index.md\",",
        "    registry = \"fixtures/small/registry.csv\", lockFile = \"locks/closecodes.lock\")"));
    assertThat(first).succeeded();
    byte[] committed = Files.readAllBytes(project.resolve("locks/closecodes.lock"));

    JavaFileObject source = packageInfo("@CloseCodeSpec(pages = \"fixtures/small/index.md\",",
        "    registry = \"fixtures/small/registry.csv\",",
        "    lockFile = \"Locks/CloseCodes.lock\")");
    Compilation compilation = compileIn(project, source);
    assertOnlyError(compilation, source, 4, "[closecodes] the lock file 'Locks/CloseCodes.lock' is not there, but"
        + " locks/closecodes.lock is, whose name differs from it in case only (a file system that ignores case, as"
        + " Windows' and macOS' do, reads the two as one): name the file meant, lockFile = \"locks/closecodes.lock\"");
    assertArrayEquals(committed, Files.readAllBytes(project.resolve("locks/closecodes.lock")));
    assertTrue(Files.notExists(project.resolve("Locks")));
  }

  /**
   * Gradle compiles before it copies a project's resources, so javac sees none of them: a page
   * named as a resource of {@code src/main/resources} could not be found, and the error said
   * nothing of the file the project holds.
   */
  @Test
  void aDocumentOnlyAmongTheProjectsResourcesIsAnErrorNamingItsFileAndHowToNameIt(@TempDir Path project)
      throws IOException {
    for (String resources : List.of("src/test/resources", "src/main/resources")) {
      copyOfTheSmallPage(project.resolve(resources).resolve("own/close-codes.md"));
    }
    assertCannotFindThePage(project, "own/close-codes.md", "the class output; the project holds it among its resources,"
        + " src/main/resources/own/close-codes.md, which the compile does not see (Gradle copies them only after"
        + " compiling): name that file, pages = \"src/main/resources/own/close-codes.md\"");

    Compilation named = compileIn(project, packageInfo("@CloseCodeSpec(registry = \"fixtures/small/registry.csv\","
        + " pages = \"src/main/resources/own/close-codes.md\")"));
    assertThat(named).succeeded();
  }

  @Test
  void aWebAddressIsAnErrorAtTheAttributeSayingThatDocumentsAreReadFromFiles() {
    JavaFileObject source = packageInfo("@CloseCodeSpec(",
        "    pages = \"fixtures/small/index.md\",",
        "    registry = \"https://www.iana.org/assignments/websocket/websocket.xml\")");
    assertOnlyError(compile(source), source, 4,
        "[closecodes] 'https://www.iana.org/assignments/websocket/websocket.xml' is a web address, and closecodes"
            + " reads documents only from files and resources, never from the network");
  }

  @Test
  void aFileUriIsAnErrorAtTheAttributeGivingThePathToNameInstead() {
    Path page = Path.of("src/test/resources/fixtures/small/index.md").toAbsolutePath();
    JavaFileObject source = packageInfo("@CloseCodeSpec(",
        "    pages = \"" + page.toUri() + "\")");
    assertOnlyError(compile(source), source, 3,
        "[closecodes] '" + page.toUri() + "' is a file: URI, and closecodes names documents by their paths:"
            + " name this one " + page);
  }

  /**
   * A name whose folders are separated with '\' works on Windows only: elsewhere '\' is part of one
   * file's name, and never a resource's separator. So a page named so on a Windows machine was
   * "cannot find" on the Linux build server, and a lock file named so was written there as a new
   * file, {@code locks\closecodes.lock}, beside the project, the committed one never read. Each such
   * name is an error at its attribute, on every platform, giving the name with '/'; nothing is
   * written.
   */
  @Test
  void aNameWithBackslashesIsAnErrorOnEveryPlatformGivingItWithSlashes(@TempDir Path project) throws IOException {
    JavaFileObject source = packageInfo("@CloseCodeSpec(",
        "    pages = {\"fixtures/small/index.md\", \"fixtures\\\\small\\\\index.md\"},",
        "    registry = \"fixtures\\\\small\\\\registry.csv\",",
        "    lockFile = \"locks\\\\closecodes.lock\")");
    Compilation compilation = compileIn(project, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    String separator = " separates its folders with '\\', as only Windows reads a name; elsewhere '\\' is part of"
        + " a file's name, and a resource's name never holds it: write ";
    assertThat(compilation).hadErrorContaining("[closecodes] 'fixtures\\small\\index.md'" + separator
        + "'fixtures/small/index.md', which every platform reads").inFile(source).onLine(3);
    assertThat(compilation).hadErrorContaining("[closecodes] 'fixtures\\small\\registry.csv'" + separator
        + "'fixtures/small/registry.csv', which every platform reads").inFile(source).onLine(4);
    assertThat(compilation).hadErrorContaining("[closecodes] 'locks\\closecodes.lock'" + separator
        + "'locks/closecodes.lock', which every platform reads").inFile(source).onLine(5);
    try (var written = Files.walk(project)) {
      assertEquals(List.of(project), written.toList());
    }
  }

  @Test
  void disagreementsAreWarningsPointingAtBothSources() {
    JavaFileObject source = packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", registry = \"fixtures/small/registry.csv\",",
        "    checksFrom = CloseCodeSpec.ChecksFrom.PAGE)");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("fixtures/small/index.md:23: the page marks 1012 reserved here, but the registry"
            + " (fixtures/small/registry.csv:4) registers it as 'Service Restart'")
        .inFile(source)
        .onLine(2);
  }

  @Test
  void aNameOverrideWins() throws IOException {
    Compilation compilation = compile(packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", registry = \"fixtures/small/registry.csv\",",
        "    names = @CloseCodeSpec.Name(code = 1000, constant = \"BYE\"))"));
    assertThat(compilation).succeeded();
    String closeCode = new String(generated(compilation, "CloseCode"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(closeCode).contains("  BYE(1000, ");
    assertThat(closeCode).contains("Constant name from the annotation's names()");
  }

  /** The compile failed with one error, on the line of the source, saying the message. */
  static void assertOnlyError(Compilation compilation, JavaFileObject source, int line, String message) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
  }

  /** A package-info whose names attribute, on line 3, is the given line: one error, there, with the message. */
  private static void assertOnlyErrorOnTheNamesLine(String namesLine, String message) {
    JavaFileObject source = packageInfo("@CloseCodeSpec(pages = \"fixtures/small/index.md\",", namesLine);
    assertOnlyError(compile(source), source, 3, message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2BAD", "class", "has space"})
  void aBadNameOverrideIsAnErrorAtTheNamesAttribute(String constant) {
    assertOnlyErrorOnTheNamesLine("    names = @CloseCodeSpec.Name(code = 1000, constant = \"" + constant + "\"))",
        "[closecodes] names(): '" + constant + "' for code 1000 is not a Java identifier");
  }

  /**
   * A constant shares its enum's namespace with the enum's own fields ({@code code},
   * {@code description}), and, in expressions, obscures the types the enum names ({@code Optional},
   * {@code Locale}): such a name would make generated code that does not compile.
   */
  @ParameterizedTest
  @ValueSource(strings = {"code", "description", "Optional", "Locale", "OtherPages", "Bye"})
  void aNameOverrideWithLowerCaseLettersIsAnErrorAtTheNamesAttribute(String constant) {
    assertOnlyErrorOnTheNamesLine("    names = @CloseCodeSpec.Name(code = 1000, constant = \"" + constant + "\"))",
        "[closecodes] names(): '" + constant + "' for code 1000 has lower-case letters;"
            + " a constant's name is in upper case, as NORMAL_CLOSURE is");
  }

  /**
   * javac drops the characters Java ignores in identifiers (a zero-width space, a soft hyphen, a
   * bidi control: invisible, and easily pasted in with a name), so {@code BYE} and a zero-width
   * space would compile as {@code BYE}, and beside a {@code BYE} would make an enum that does not
   * compile. The escape is
   * in the annotation's source as a user's would be; the message shows it escaped too.
   */
  @ParameterizedTest
  @CsvSource({
      "BYE\\u200b, BYE\\u200b, U+200B ZERO WIDTH SPACE, BYE",
      "BY\\u00adE, BY\\u00adE, U+00AD SOFT HYPHEN, BYE",
      "BYE\\u202e, BYE\\u202e, U+202E RIGHT-TO-LEFT OVERRIDE, BYE",
      "B\\u0007YE, B\\x07YE, U+0007 BEL, BYE"})
  void aNameOverrideWithACharacterJavaIgnoresIsAnError(String written, String shown, String character, String read) {
    assertOnlyErrorOnTheNamesLine("    names = @CloseCodeSpec.Name(code = 1000, constant = \"" + written + "\"))",
        "[closecodes] names(): '" + shown + "' for code 1000 holds " + character
            + ", which Java leaves out of a name, so the constant would be " + read + "; write it without");
  }

  /**
   * Two spellings of one accented letter are two names to javac: a constant written with a
   * combining accent (as some systems store text) cannot be typed from a keyboard, which gives the
   * composed letter.
   */
  @Test
  void aNameOverrideWithACombiningAccentIsAnErrorNamingTheComposedForm() {
    assertOnlyErrorOnTheNamesLine("    names = @CloseCodeSpec.Name(code = 1000, constant = \"E\\u0301TE\\u0301\"))",
        "[closecodes] names(): 'E\u0301TE\u0301' for code 1000 is not in Unicode's composed form (NFC),"
            + " which a keyboard types: Java tells it from \u00c9T\u00c9, which looks the same; write that");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MASK", "BY_CODE", "LOCALES"})
  void aNameOverrideThatIsAGeneratedMembersNameIsAnErrorNotARenaming(String constant) {
    assertOnlyErrorOnTheNamesLine("    names = @CloseCodeSpec.Name(code = 1000, constant = \"" + constant + "\"))",
        "[closecodes] names(): " + constant + " for code 1000 is the name of a member of"
            + " the generated CloseCode; give code 1000 another name");
  }

  @Test
  void twoNamesForOneCodeAreAnErrorNotTheLastOneWinning() {
    assertOnlyErrorOnTheNamesLine("    names = {@CloseCodeSpec.Name(code = 1000, constant = \"BYE\"),"
        + " @CloseCodeSpec.Name(code = 1000, constant = \"CIAO\")})",
        "[closecodes] names(): code 1000 is given two names, BYE and CIAO");
  }

  @Test
  void twoSpecsInOnePackageAreAnErrorOnTheSecondNamingTheFirst() {
    JavaFileObject first = JavaFileObjects.forSourceLines("org.example.ws.First",
        "package org.example.ws;",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\")",
        "final class First {}");
    JavaFileObject second = JavaFileObjects.forSourceLines("org.example.ws.Second",
        "package org.example.ws;",
        "",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
        "    checksFrom = dev.closecodes.CloseCodeSpec.ChecksFrom.PAGE)",
        "final class Second {}");
    assertOnlyError(compile(first, second), second, 3,
        "[closecodes] the @CloseCodeSpec on org.example.ws.First generates into package org.example.ws already;"
            + " a package takes one, for one set of the five types");
  }

  @Test
  void onATypeItGeneratesIntoTheTypesPackage() {
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.Codes",
        "package org.example.ws;",
        "/** Holder. */",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\")",
        "final class Codes {",
        "  /** No instances. */",
        "  private Codes() {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertOnlyWarningsAboutARegistryLessPage(compilation);
    assertThat(compilation.generatedSourceFile("org.example.ws.CloseCodes").isPresent()).isTrue();
  }
}
