package dev.closecodes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What is left of a source as code, as javac's lexer would see it. */
class JavaSourcesTest {

  @Test
  void commentsAndLiteralsAreBlankedLineBreaksKept() {
    assertEquals("int a; " + " ".repeat(10) + "\n" + " ".repeat(11) + "\nint b; " + " ".repeat(4) + " ",
        JavaSources.code("int a; // @Spec x\n/* @Spec */\nint b; \"@S\" "));
    assertEquals("char c = " + " ".repeat(3) + "; int d;", JavaSources.code("char c = '\"'; int d;"));
    assertEquals("s = " + " ".repeat(3) + "\n" + " ".repeat(3) + "\n" + " ".repeat(3) + ";",
        JavaSources.code("s = \"\"\"\n\"@x\n\"\"\";"));
  }

  /**
   * A Unicode escape is translated first, as javac does, where its backslash is preceded by an
   * even number of backslashes; after an odd number it is text, here of a string literal.
   */
  @Test
  void unicodeEscapesAreTranslatedFirstWhereJavacTranslatesThem() {
    assertEquals("@Spec int a;", JavaSources.code("\\u0040Spec int a;"));
    assertEquals("@Spec int a;", JavaSources.code("\\uuu0040Spec int a;"));
    assertEquals(" ".repeat(9) + " + x", JavaSources.code("\"\\\\u0022\" + x"));
    assertEquals("s = " + " ".repeat(3) + "; @Spec", JavaSources.code("s = \\u0022@\\u0022; \\u0040Spec"));
  }
}
