package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * closecodes' own sources hold no invisible character in their comments or code, raw or as a
 * Unicode escape that javac reads as one: the project warns of them in pages, and its own Javadoc
 * once held a bidi control where it meant to name one. String and character literals may hold
 * them, as data the reader works with.
 */
class OwnSourcesTest {

  /** The processor's, the annotation's and the Maven plugin's sources, and the generated types' templates. */
  private static final List<Path> FOLDERS = List.of(Path.of("src/main"), Path.of("annotation/src/main"),
      Path.of("maven-plugin/src/main"));

  @Test
  void noCommentOrCodeHoldsAnInvisibleCharacter() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".template"))
            .toList()) {
          String text = asJavacReadsIt(Files.readString(file, StandardCharsets.UTF_8));
          int line = 1;
          String quote = null; // the literal the scan is in: ", ' or """
          for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            line += c == '\n' ? 1 : 0;
            if (quote != null) {
              if (c == '\\') {
                i++; // the escaped character is the literal's
              } else if (text.startsWith(quote, i)) {
                i += quote.length() - 1;
                quote = null;
              }
            } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
              int end = text.startsWith("//", i) ? text.indexOf('\n', i) : text.indexOf("*/", i);
              end = end < 0 ? text.length() : end;
              String comment = text.substring(i, end);
              String where = file + ":" + line;
              comment.codePoints().filter(OwnSourcesTest::isInvisible).forEach(
                  invisible -> found.add(where + ": U+" + Integer.toHexString(invisible)));
              line += (int) comment.chars().filter(ch -> ch == '\n').count();
              i = end - 1;
            } else if (text.startsWith("\"\"\"", i)) {
              quote = "\"\"\"";
              i += 2;
            } else if (c == '"' || c == '\'') {
              quote = String.valueOf((char) c);
            } else if (isInvisible(c)) {
              found.add(file + ":" + line + ": U+" + Integer.toHexString(c));
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** The text with its Unicode escapes read, where a backslash follows an even number of backslashes. */
  private static String asJavacReadsIt(String text) {
    StringBuilder read = new StringBuilder(text.length());
    int backslashes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        int digits = i + 1;
        while (digits < text.length() && text.charAt(digits) == 'u') {
          digits++;
        }
        if (digits + 4 <= text.length() && text.substring(digits, digits + 4).matches("[0-9a-fA-F]{4}")) {
          read.append((char) Integer.parseInt(text.substring(digits, digits + 4), 16));
          i = digits + 3;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      read.append(c);
    }
    return read.toString();
  }
}
