package dev.closecodes.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources of a compile's source folders, as both goals look for them. */
final class JavaSources {

  private JavaSources() {}

  /**
   * The source with its comments and its string, character and text-block literals blanked out,
   * line breaks kept: what is left is code, where an annotation or a declaration is what it looks
   * like. Unicode escapes are translated first, as javac translates them before anything else
   * ({@code \}{@code u0040} is an at sign). An unterminated comment or literal is blanked to its
   * end (javac reports it).
   */
  static String code(String text) {
    String source = unicodeEscapesTranslated(text);
    StringBuilder code = new StringBuilder(source);
    int i = 0;
    while (i < source.length()) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = literalEnd(source, i + 3, "\"\"\"");
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        end = literalEnd(source, i + 1, String.valueOf(source.charAt(i)));
      } else {
        i++;
        continue;
      }
      for (int blank = i; blank < end; blank++) {
        if (code.charAt(blank) != '\n' && code.charAt(blank) != '\r') {
          code.setCharAt(blank, ' ');
        }
      }
      i = end;
    }
    return code.toString();
  }

  /**
   * The text with each Unicode escape ({@code \}{@code u0040}, {@code \}{@code uuu0040}) replaced by
   * its character: only where the backslash follows an even number of backslashes, as in javac,
   * so that {@code "\\u0022"} stays a string's text.
   */
  private static String unicodeEscapesTranslated(String text) {
    if (!text.contains("\\u")) {
      return text;
    }
    StringBuilder translated = new StringBuilder(text.length());
    int backslashes = 0; // the contiguous backslashes just before i
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && backslashes % 2 == 0) {
        int digits = i + 1;
        while (digits < text.length() && text.charAt(digits) == 'u') {
          digits++;
        }
        if (digits > i + 1 && isHex(text, digits, 4)) {
          translated.append((char) Integer.parseInt(text, digits, digits + 4, 16));
          i = digits + 4;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      translated.append(c);
      i++;
    }
    return translated.toString();
  }

  private static boolean isHex(String text, int from, int count) {
    if (from + count > text.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a literal whose text starts at {@code from} ends, past its closing {@code quote}; a
   * backslash escapes the character after it.
   */
  private static int literalEnd(String source, int from, String quote) {
    for (int i = from; i < source.length(); i++) {
      if (source.charAt(i) == '\\') {
        i++;
      } else if (source.startsWith(quote, i)) {
        return i + quote.length();
      } else if (quote.length() == 1 && source.charAt(i) == '\n') {
        return i; // a string or character literal ends at its line, closed or not
      }
    }
    return source.length();
  }

  /**
   * Whether a goal's class output is the tests' compile's: then the test sources are the ones
   * compiled into it. Both goals take only this one setting for the tests' execution.
   */
  static boolean isTestOutput(File classesDirectory, File testOutputDirectory) {
    return testOutputDirectory != null
        && testOutputDirectory.toPath().toAbsolutePath().normalize()
            .equals(classesDirectory.toPath().toAbsolutePath().normalize());
  }

  /** The {@code .java} files below the folder, at any depth; none where it is no folder. */
  static List<Path> in(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
          .toList();
    }
  }
}
