package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.WebSocketApi;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.Javac;
import dev.closecodes.testing.SpecSource;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated types compile in whatever package the consumer gives them, beside whatever types
 * of the consumer's are there: a type of the package shadows a type of {@code java.lang} of the
 * same name that a file uses without importing it, so a consumer's {@code System} or
 * {@code Character} would otherwise break the generated code, or turn its Javadoc's links to the
 * consumer's type.
 */
class ConsumerPackageTest {

  private static final String PACKAGE = "org.example.ws";

  @TempDir Path folder;

  /** The simple names of the public top-level types of {@code java.lang} in the running JDK. */
  private static List<String> javaLangTypeNames() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    Path javaLang = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", "java.base", "java", "lang");
    try (Stream<Path> files = Files.list(javaLang)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
          continue;
        }
        String simpleName = name.substring(0, name.length() - ".class".length());
        try {
          if (Modifier.isPublic(Class.forName("java.lang." + simpleName, false, null).getModifiers())) {
            names.add(simpleName);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    return List.copyOf(names);
  }

  /** A consumer's type of this name in the generated types' package, documented for doclint. */
  private Path consumerType(String simpleName) throws IOException {
    Path source = folder.resolve("consumer").resolve(PACKAGE.replace('.', '/')).resolve(simpleName + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package %s;

        /** A type of the consumer's, named as a type of java.lang is. */
        public final class %s {

          /** Not instantiated. */
          private %s() {}
        }
        """.formatted(PACKAGE, simpleName, simpleName), StandardCharsets.UTF_8);
    return source;
  }

  /** A WebSocket API's close code, as much of it as {@code CloseCode} implements. */
  private Path closeReason(WebSocketApi api) throws IOException {
    String pkg = api.closeCodeInterface().substring(0, api.closeCodeInterface().indexOf(".CloseReason"));
    Path source = folder.resolve("consumer/" + pkg.replace('.', '/') + "/CloseReason.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package %s;

        /** Stands for the API's close reason. */
        public final class CloseReason {

          /** Not instantiated. */
          private CloseReason() {}

          /** A close code. */
          public interface CloseCode {

            /** {@return the code} */
            int getCode();
          }
        }
        """.formatted(pkg), StandardCharsets.UTF_8);
    return source;
  }

  private static Document document(Path file, String name) throws IOException {
    return new Document(name, Files.readAllBytes(file));
  }

  /**
   * The received page and the registry; and two pages, which add a nested class of descriptions;
   * each with and without {@code @Generated}, with and without the mark for coverage tools, and
   * with the close codes of no WebSocket API, of one, or of both.
   */
  private static List<Pipeline.Request> requests() throws IOException {
    Document registry = document(SpecSource.REGISTRY, "iana/websocket-close-codes.csv");
    Document received = document(SpecSource.RECEIVED_PAGE, "mdn/fr/web/api/closeevent/index.md");
    Document english = document(Path.of("src/test/resources/fixtures/small/index.md"), "fixtures/small/index.md");
    List<Pipeline.Request> requests = new ArrayList<>();
    for (boolean generatedAnnotation : new boolean[] {true, false}) {
      requests.add(new Pipeline.Request(PACKAGE, List.of(received), Optional.of(registry), ChecksFrom.REGISTRY,
          List.of(), List.of("fr"), generatedAnnotation ? Set.of() : EnumSet.allOf(WebSocketApi.class),
          generatedAnnotation, generatedAnnotation));
      requests.add(new Pipeline.Request(PACKAGE, List.of(received, english), Optional.of(registry),
          ChecksFrom.REGISTRY, List.of(), List.of("fr", "en-US"),
          Set.of(generatedAnnotation ? WebSocketApi.JAKARTA : WebSocketApi.JAVAX), generatedAnnotation,
          !generatedAnnotation));
    }
    return requests;
  }

  @Test
  void theTypesCompileBesideAConsumerTypeNamedAsEachTypeOfJavaLang() throws IOException {
    List<String> names = javaLangTypeNames();
    assertTrue(names.containsAll(List.of("Character", "Object", "Override", "String", "System")), names.toString());
    int request = 0;
    for (Pipeline.Request each : requests()) {
      Generation generation = Generation.run(each);
      assertFalse(generation.hasErrors(), generation.diagnostics().toString());
      List<Path> sources = new ArrayList<>();
      Path generated = folder.resolve("generated" + request);
      for (GeneratedFile file : generation.files()) {
        Path source = generated.resolve(file.path());
        Files.createDirectories(source.getParent());
        Files.writeString(source, file.source(), StandardCharsets.UTF_8);
        sources.add(source);
      }
      for (String name : names) {
        sources.add(consumerType(name));
      }
      for (WebSocketApi api : WebSocketApi.values()) {
        sources.add(closeReason(api));
      }
      assertEquals(List.of(), Javac.compilePaths(sources, folder.resolve("classes" + request)),
          "pages " + each.pages().size() + ", @Generated " + each.generatedAnnotation() + ", mark " + each.coverageMark()
              + ", APIs " + each.closeCodeApis());
      request++;
    }
  }

  /** A type a Javadoc comment refers to: what a link, an exception or a see-also names. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\{@(?:link|linkplain) +([\\w.#]+)|@(?:throws|exception|see) +([\\w.#]+)");

  /**
   * The source with its string and character literals blanked, and each comment replaced by the
   * names its Javadoc tags refer to: what an import can be used by.
   */
  private static String codeAndReferences(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int at = 0;
    while (at < source.length()) {
      char c = source.charAt(at);
      if (c == '"' || c == '\'') {
        int end = at + 1;
        while (source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(' ');
        at = end + 1;
      } else if (source.startsWith("//", at)) {
        int end = source.indexOf('\n', at);
        at = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", at)) {
        int end = source.indexOf("*/", at + 2);
        Matcher references = REFERENCE.matcher(source.substring(at, end));
        while (references.find()) {
          out.append(' ').append(references.group(1) != null ? references.group(1) : references.group(2)).append(' ');
        }
        at = end + 2;
      } else {
        out.append(c);
        at++;
      }
    }
    return out.toString();
  }

  /** An import's simple name, and what it imports. */
  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);$");

  /**
   * Each file imports only what its code or its Javadoc's references use: the Eclipse compiler and
   * IDEs warn of an unused import, and a consumer's build may make that an error.
   */
  @Test
  void everyImportIsUsed() throws IOException {
    for (Pipeline.Request each : requests()) {
      for (GeneratedFile file : Generation.run(each).files()) {
        String source = file.source();
        Matcher imports = IMPORT.matcher(source);
        String body = IMPORT.matcher(source).replaceAll("");
        while (imports.find()) {
          String simpleName = imports.group(2);
          assertTrue(Pattern.compile("\\b" + simpleName + "\\b").matcher(codeAndReferences(body)).find(),
              file.typeName() + " imports " + imports.group(1) + "." + simpleName + " without using it");
        }
      }
    }
  }
}
