package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.Page;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated code a person reads in one pass: no code line longer than 120 characters but a string
 * literal alone on its line, each constant's description once in code, where the code came from
 * said once, and accessors that say what they return once.
 */
class GeneratedSourceShapeTest {

  private static final int MAX_LINE = 120;

  /** A line that is one string literal, with what may close the statement after it. */
  private static final Pattern LITERAL_ALONE = Pattern.compile("\\s*(\\+ )?\"([^\"\\\\]|\\\\.)*\"[,);]*");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");

  /** An accessor's Javadoc that says the same thing twice: "Returns X." and "@return X". */
  private static final Pattern SAID_TWICE =
      Pattern.compile("\\* Returns (.+?)\\.\\n\\s*\\*\\n\\s*\\* @return \\1\\n");

  private static Document document(Path file, String name) {
    try {
      return new Document(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The generations to look at: the received page, two pages with a registry (as the processor
   * generates them, with the mark for coverage tools), and the corpus's pages.
   */
  private static List<Pipeline.Request> requests() {
    Document registry = document(SpecSource.REGISTRY, "iana/websocket-close-codes.csv");
    List<Pipeline.Request> requests = new ArrayList<>();
    requests.add(new Pipeline.Request("org.example.ws",
        List.of(document(SpecSource.RECEIVED_PAGE, "mdn/fr/web/api/closeevent/index.md")), Optional.of(registry),
        ChecksFrom.REGISTRY));
    // as the processor generates them: with the mark for coverage tools, on the nested types too
    requests.add(new Pipeline.Request("org.example.ws",
        List.of(document(Path.of("src/test/resources/fixtures/small-fr/index.md"), "fixtures/small-fr/index.md"),
            document(Path.of("src/test/resources/fixtures/small/index.md"), "fixtures/small/index.md")),
        Optional.of(document(Path.of("src/test/resources/fixtures/small/registry.csv"), "registry.csv")),
        ChecksFrom.REGISTRY, List.of(), List.of(), Set.of(), true, true));
    for (Corpus.Page page : Corpus.pages()) {
      if (page.hasTable()) {
        requests.add(new Pipeline.Request("org.example.ws", List.of(document(page.file(), page.relativePath())),
            Optional.of(registry), ChecksFrom.REGISTRY));
      }
    }
    return requests;
  }

  @TestFactory
  Stream<DynamicTest> everyGenerationReadsInOnePass() {
    return requests().stream().map(request -> dynamicTest(request.pages().get(0).name(), () -> {
      Generation generation = Generation.run(request);
      assertFalse(generation.hasErrors(), generation.diagnostics().toString());
      CodeTable table = generation.table().orElseThrow();
      for (GeneratedFile file : generation.files()) {
        assertNoLongCodeLine(file);
        assertTrue(SAID_TWICE.matcher(file.source()).results().findAny().isEmpty(), file.typeName());
      }
      assertWhereItCameFromIsSaidOnce(generation, table);
      assertEachDescriptionIsOnceInCode(generation.source("CloseCode"), table);
    }));
  }

  private static void assertNoLongCodeLine(GeneratedFile file) {
    boolean inComment = false;
    for (String line : file.source().split("\n", -1)) {
      String stripped = line.strip();
      boolean comment = inComment || stripped.startsWith("/*") || stripped.startsWith("*") || stripped.startsWith("//");
      inComment = comment && !stripped.endsWith("*/") && (inComment || stripped.startsWith("/*"));
      if (!comment && line.length() > MAX_LINE) {
        assertTrue(LITERAL_ALONE.matcher(line).matches(), file.typeName() + ": " + line);
      }
    }
  }

  /** The documents' hashes are in {@code CloseCodes} alone; the other types point to it. */
  private static void assertWhereItCameFromIsSaidOnce(Generation generation, CodeTable table) {
    for (GeneratedFile file : generation.files()) {
      boolean closeCodes = file.typeName().equals("CloseCodes");
      for (Page page : table.pages()) {
        assertEquals(closeCodes ? 2 : 0, count(file.source(), page.sha256()), file.typeName());
      }
      if (!closeCodes) {
        assertTrue(file.source().contains("the documents {@link CloseCodes} lists"), file.typeName());
      }
    }
  }

  /**
   * Each constant's arguments hold its names and the primary page's description, and its entry in
   * {@code OtherPages} each other page's: the summary and the descriptions by locale are made from
   * them, not written out again.
   */
  private static void assertEachDescriptionIsOnceInCode(String closeCode, CodeTable table) {
    for (CodeTable.Code code : table.codes()) {
      Matcher constant = Pattern.compile("\\n  " + code.constant() + "\\((.*?)\\)[,;]\\n", Pattern.DOTALL)
          .matcher(closeCode);
      assertTrue(constant.find(), code.constant());
      long literals = STRING_LITERAL.matcher(constant.group(1)).results().count();
      assertEquals(3, literals, code.constant() + ": " + constant.group(1));
      Matcher otherPages = Pattern.compile("DESCRIPTIONS\\.put\\(CloseCode\\." + code.constant()
          + ",\\s*new String\\[\\] \\{(.*?)\\}\\);\\n", Pattern.DOTALL).matcher(closeCode);
      if (table.pages().size() == 1) {
        assertFalse(otherPages.find(), code.constant());
      } else {
        assertTrue(otherPages.find(), code.constant());
        assertEquals(table.pages().size() - 1, STRING_LITERAL.matcher(otherPages.group(1)).results().count(),
            code.constant() + ": " + otherPages.group(1));
      }
      assertFalse(closeCode.contains(JavaCode.literal(code.code() + " ")), code.constant());
    }
  }

  private static int count(String text, String piece) {
    int count = 0;
    for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      count++;
    }
    return count;
  }
}
