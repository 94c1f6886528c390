package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several pages: Javadoc in the primary page's locale, and description(Locale) at run time. */
class SeveralPagesTest {

  /** Loads the classes a compilation produced. */
  static final class CompiledClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) throws IOException {
      super(SeveralPagesTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name = file.toUri().getPath().replaceFirst("^.*?/CLASS_OUTPUT/", "").replace(".class", "").replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  @Test
  void descriptionByLocaleFallsBackToThePrimaryPage() throws Exception {
    Compilation compilation = Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Xdoclint:all/private")
        .compile(JavaFileObjects.forSourceLines("org.example.ws.package-info",
            "/** Close codes. */",
            "@CloseCodeSpec(pages = {\"fixtures/small-fr/index.md\", \"fixtures/small/index.md\"},",
            "    registry = \"fixtures/small/registry.csv\")",
            "package org.example.ws;",
            "import dev.closecodes.CloseCodeSpec;"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("org.example.ws.CloseCode")
        .contentsAsUtf8String().contains("{@code 1000}: La connexion a rempli son objet.");

    Class<?> closeCode = new CompiledClasses(compilation).loadClass("org.example.ws.CloseCode");
    Method of = closeCode.getMethod("of", int.class);
    Method description = closeCode.getMethod("description", Locale.class);
    Object normal = ((java.util.Optional<?>) of.invoke(null, 1000)).orElseThrow();
    assertEquals("La connexion a rempli son objet.", description.invoke(normal, Locale.FRANCE));
    assertEquals("La connexion a rempli son objet.", description.invoke(normal, Locale.JAPANESE));
    assertEquals("The connection completed its purpose.", description.invoke(normal, Locale.US));
    assertEquals("The connection completed its purpose.", description.invoke(normal, Locale.UK));
    // Only the English page has 1012; the French primary page, and so the fallback, has no text for it.
    Object restart = ((java.util.Optional<?>) of.invoke(null, 1012)).orElseThrow();
    assertEquals("Reserved. See WebSocket.", description.invoke(restart, Locale.ENGLISH));
    assertEquals("", closeCode.getMethod("description").invoke(restart));
    assertEquals("", description.invoke(restart, Locale.FRENCH));

    Class<?> range = new CompiledClasses(compilation).loadClass("org.example.ws.CloseCodeRange");
    Object libraries = ((java.util.Optional<?>) range.getMethod("of", int.class).invoke(null, 3500)).orElseThrow();
    assertEquals("For libraries and frameworks.", range.getMethod("description", Locale.class).invoke(libraries, Locale.US));
    assertEquals("Pour les bibliothèques et les frameworks.",
        range.getMethod("description", Locale.class).invoke(libraries, Locale.CANADA_FRENCH));
  }

  /**
   * A locale asks for the page in its own script before one of its region: Chinese is written in
   * traditional characters in Taiwan, Hong Kong and Macao, and the JDK on macOS names a user's
   * locale with its script ({@code zh-Hant-TW}), which no page's tag equals. The language alone
   * would give the first Chinese page, in the other script.
   */
  @Test
  void aLocaleGetsThePageOfItsScriptThenOfItsRegion(@TempDir Path basedir) throws Exception {
    String english;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/small/index.md")) {
      english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> pages = Map.of("en.md", "The connection completed its purpose.",
        "hans.md", "SIMPLIFIED", "hant.md", "TRADITIONAL", "pt-pt.md", "EUROPEAN", "pt-br.md", "BRAZILIAN");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Files.writeString(basedir.resolve(page.getKey()),
          english.replace("The connection <em>completed</em> its purpose.", page.getValue()));
    }
    Compilation compilation = Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + basedir)
        .compile(JavaFileObjects.forSourceLines("org.example.ws.package-info",
            "@dev.closecodes.CloseCodeSpec(",
            "    pages = {\"en.md\", \"hans.md\", \"hant.md\", \"pt-br.md\", \"pt-pt.md\"},",
            "    locales = {\"en-US\", \"zh-CN\", \"zh-TW\", \"pt-BR\", \"pt-PT\"},",
            "    registry = \"fixtures/small/registry.csv\")",
            "package org.example.ws;"));
    assertThat(compilation).succeeded();
    Class<?> closeCode = new CompiledClasses(compilation).loadClass("org.example.ws.CloseCode");
    Object normal = ((Optional<?>) closeCode.getMethod("of", int.class).invoke(null, 1000)).orElseThrow();
    Method description = closeCode.getMethod("description", Locale.class);
    // the locale asked for, and the page whose text it gets
    String expected = """
        zh-TW       TRADITIONAL
        zh-Hant-TW  TRADITIONAL
        zh-Hant-HK  TRADITIONAL
        zh-HK       TRADITIONAL
        zh-MO       TRADITIONAL
        zh-Hant     TRADITIONAL
        zh-CN       SIMPLIFIED
        zh-Hans-CN  SIMPLIFIED
        zh-SG       SIMPLIFIED
        zh          SIMPLIFIED
        pt-PT       EUROPEAN
        pt          BRAZILIAN
        en-GB       ENGLISH
        ja-JP       ENGLISH
        """;
    for (String line : expected.lines().toList()) {
      String[] wanted = line.strip().split(" +");
      String text = wanted[1].equals("ENGLISH") ? "The connection completed its purpose." : wanted[1];
      assertEquals(text, description.invoke(normal, Locale.forLanguageTag(wanted[0])), wanted[0]);
    }
  }
}
