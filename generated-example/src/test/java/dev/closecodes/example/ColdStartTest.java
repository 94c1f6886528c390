package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor runs in the fresh JVM of each compile, where what costs most is code run for the
 * first time. Two first uses cost out of all proportion to what they do, and one line of code
 * brings either back unnoticed: a lambda or method reference, which the JVM bootstraps through
 * {@code java.lang.invoke} the first time it runs (a millisecond or more each, cold), and
 * {@code java.security.MessageDigest}, whose first use loads and registers the platform's security
 * providers. So javac runs here in a new JVM, as a build runs it, and its log of loaded classes
 * must show neither coming from closecodes' own code, in a full run or in one that the cache serves.
 * (The shaded libraries keep their own lambdas; they are not this project's to change.) Nor does
 * reading the received page load commonmark, whose Markdown is simple paragraphs read in one pass,
 * or the JDK's normalizer, whose words are in scripts folded without it, or jsoup's HTML parser,
 * whose setup (a {@code Document}'s entity tables and CSS selector, some 160 classes) cost more
 * than reading the page's simple markup in one pass. A compile the cache serves prints what its
 * entry holds, as printed the first time, without building the catalogue of messages or reading
 * the lock file's warnings again.
 */
class ColdStartTest {

  /** A class the JVM spins for a lambda or method reference in closecodes' own packages. */
  private static final Pattern OWN_LAMBDA =
      Pattern.compile("\\] (dev\\.closecodes\\.(?!shaded\\.)[\\w.$]+?)\\$\\$Lambda");

  private static final Path SPEC_SOURCE = MavenRuns.PROJECT.resolve("spec-source/src/main/resources");

  @TempDir Path work;

  @Test
  void aCompileBootstrapsNoLambdaOfClosecodesAndLoadsNoSecurityProvider() throws Exception {
    Path project = project("received", SPEC_SOURCE.resolve("mdn/fr/web/api/closeevent/index.md"));
    List<String> fullRun = loadedClasses(project, "full");
    List<String> cacheHit = loadedClasses(project, "hit");
    assertTrue(fullRun.contains("dev.closecodes.read.PageReader"), "the first compile reads the page");
    assertFalse(cacheHit.contains("dev.closecodes.read.PageReader"), "the second compile is served by the cache");
    assertEquals(List.of(), fullRun.stream().filter(name -> name.startsWith("dev.closecodes.shaded.commonmark.")).toList(),
        "the received page's Markdown is all simple paragraphs, read without commonmark's parser");
    assertFalse(fullRun.contains("java.text.Normalizer"),
        "the received page's words are in scripts folded without the JDK's normalizer");
    assertEquals(List.of(), jsoupParser(fullRun), "the received page's markup is read without jsoup's parser");
    assertEquals(List.of(), cacheHit.stream().filter(name -> name.equals("dev.closecodes.diagnostics.Message")
            || name.startsWith("dev.closecodes.processor.LockFile")).toList(),
        "the cache's entry holds what a compile it serves prints: it builds no catalogue of messages "
            + "and reads no lock file's warnings");
    for (List<String> run : List.of(fullRun, cacheHit)) {
      assertEquals(List.of(), ownLambdas(run));
      assertEquals(List.of(), run.stream().filter(name -> name.equals("java.security.MessageDigest")
          || name.startsWith("sun.security.provider.")).toList());
    }
  }

  /** The current English page, where this machine has the corpus, is read as cheaply. */
  @Test
  void theCurrentEnglishPageNeedsNoMarkdownOrHtmlParserOrNormalizer() throws Exception {
    Path versions = MavenRuns.PROJECT.resolve("../shared/corpus/mdn/en-us/code");
    assumeTrue(Files.isDirectory(versions), "the corpus is not on this machine");
    Path newest;
    try (Stream<Path> pages = Files.list(versions)) {
      newest = pages.filter(page -> page.toString().endsWith(".md")).max(Comparator.naturalOrder()).orElseThrow();
    }
    List<String> fullRun = loadedClasses(project("english", newest), "english");
    assertTrue(fullRun.contains("dev.closecodes.read.PageReader"), "the compile reads the page");
    assertEquals(List.of(), fullRun.stream().filter(name -> name.startsWith("dev.closecodes.shaded.commonmark.")).toList(),
        newest.getFileName() + ": its Markdown is read without commonmark's parser");
    assertFalse(fullRun.contains("java.text.Normalizer"), newest.getFileName() + ": its words need no normalizer");
    assertEquals(List.of(), jsoupParser(fullRun), newest.getFileName() + ": its markup is read without jsoup's parser");
  }

  /** The loaded classes that only jsoup's parser and its documents' setup load. */
  private static List<String> jsoupParser(List<String> loaded) {
    List<String> parser = new ArrayList<>();
    for (String name : loaded) {
      if (name.equals("dev.closecodes.shaded.jsoup.parser.Tokeniser")
          || name.equals("dev.closecodes.shaded.jsoup.parser.XmlTreeBuilder")
          || name.equals("dev.closecodes.shaded.jsoup.helper.DataUtil")
          || name.equals("dev.closecodes.shaded.jsoup.nodes.EntitiesData")
          || name.equals("dev.closecodes.shaded.jsoup.select.QueryParser")) {
        parser.add(name);
      }
    }
    return parser;
  }

  /** A project folder as Maven lays it out, with the page, the registry and a lock file. */
  private Path project(String name, Path page) throws IOException {
    Path project = work.resolve(name);
    ConsumerProjects.write(project.resolve("pom.xml"), "<project/>\n");
    ConsumerProjects.write(project.resolve("src/main/java/com/example/ws/package-info.java"), """
        /** Close codes. */
        @CloseCodeSpec(pages = "page.md", registry = "registry.csv", lockFile = "closecodes.lock")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """);
    Files.copy(page, project.resolve("page.md"));
    Files.copy(SPEC_SOURCE.resolve("iana/websocket-close-codes.csv"), project.resolve("registry.csv"));
    return project;
  }

  /**
   * The jar's entries are stored, not compressed: in a compile's cold JVM, inflating the classes a
   * full run loads cost more than reading them. Its manifest still opens it, for {@code java -jar}
   * and for tools that read a jar as a stream.
   */
  @Test
  void theProcessorJarStoresItsEntriesUncompressed() throws IOException {
    Path jar = MavenRuns.builtJar("processor", "closecodes.jar");
    List<String> compressed = new ArrayList<>();
    int classes = 0;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        classes += entry.getName().endsWith(".class") ? 1 : 0;
        if (entry.getMethod() != ZipEntry.STORED) {
          compressed.add(entry.getName());
        }
      }
    }
    assertTrue(classes > 300, classes + " classes");
    assertEquals(List.of(), compressed);
    try (JarInputStream stream = new JarInputStream(Files.newInputStream(jar))) {
      assertEquals("dev.closecodes.cli.Main", stream.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  /** Compiles the project in a new JVM; the names of the classes it loaded, in order. */
  private List<String> loadedClasses(Path project, String name) throws IOException, InterruptedException {
    Path log = work.resolve(name + "-classes.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-J-Xlog:class+load=info:file=" + log,
        "-cp", MavenRuns.builtJar("processor/annotation", "closecodes-annotation").toString(),
        "-processorpath", MavenRuns.builtJar("processor", "closecodes.jar").toString(),
        "-d", "target/classes", "-s", "target/generated-sources/annotations",
        "src/main/java/com/example/ws/package-info.java".replace('/', File.separatorChar)));
    Process javac = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, javac.waitFor(), output);
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int start = line.indexOf("] ");
      int end = line.indexOf(' ', start + 2);
      if (start >= 0 && end > start) {
        classes.add(line.substring(start + 2, end));
      }
    }
    return classes;
  }

  private static List<String> ownLambdas(List<String> classes) {
    List<String> hosts = new ArrayList<>();
    for (String loaded : classes) {
      Matcher lambda = OWN_LAMBDA.matcher("] " + loaded);
      if (lambda.find()) {
        hosts.add(lambda.group(1));
      }
    }
    return hosts;
  }
}
