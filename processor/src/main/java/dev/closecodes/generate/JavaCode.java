package dev.closecodes.generate;

import com.palantir.javapoet.CodeBlock;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import java.util.List;

/**
 * Pieces of Java code that vary with the documents: literals, enum constants and the checks'
 * conditions. JavaPoet lays out the argument lists, wrapping them where a line grows long.
 */
final class JavaCode {

  /** How far continuation lines stand in from their statement. */
  static final String CONTINUATION = "    ";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JavaCode() {}

  /**
   * A string literal in ASCII: quotes, backslashes and the usual controls escaped as Java writes
   * them, every other character outside printable ASCII as a {@code \}{@code uXXXX} escape. So the
   * literal means the same under every platform charset and {@code -encoding}, and no character
   * that an editor takes for a line end ({@code U+2028}) breaks it.
   */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            out.append(c);
          } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * The source in ASCII: every other character as a {@code \}{@code uXXXX} escape, which javac
   * reads as the character in comments and code alike. So the file's bytes are the same under every
   * platform charset and {@code -encoding}, and no invisible character (a bidi control that
   * reverses how a line displays) stands in it raw.
   */
  static String ascii(String source) {
    StringBuilder out = null; // made only at the first character to escape
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c < 0x80 && (c >= 0x20 || c == '\n')) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(source.length() + 64).append(source, 0, i);
      }
      out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
          .append(HEX[c & 0xF]);
    }
    return out == null ? source : out.toString();
  }

  /**
   * An enum constant, indented by two spaces: {@code NAME(a, b, c,}, wrapped where the line grows
   * long, then each of {@code ownLines} on a line of its own, then {@code terminator}.
   *
   * @param arguments the first arguments, as code
   * @param ownLines the last arguments, as code, one a line: a constant's descriptions
   * @param terminator {@code ,} or {@code ;}
   */
  static String enumConstant(String name, List<String> arguments, List<String> ownLines, String terminator) {
    CodeBlock.Builder code = CodeBlock.builder().add("$L(", name);
    for (int i = 0; i < arguments.size(); i++) {
      code.add(i == 0 ? "$L" : ",$W$L", arguments.get(i));
    }
    code.add("$>$>"); // the lines of their own stand where wrapped arguments do
    for (int i = 0; i < ownLines.size(); i++) {
      code.add(i == 0 && arguments.isEmpty() ? "$L" : ",\n$L", ownLines.get(i));
    }
    code.add(")$L$<$<", terminator);
    return "  " + code.build().toString().replace("\n", "\n  ");
  }

  /**
   * The statements that fill the other pages' descriptions, one a constant, named with its type
   * (a constant may share the map's name): {@code DESCRIPTIONS.put(Type.NAME, new String[] {}, then
   * each of its descriptions in the pages after the primary one, in order, on a line of its own.
   *
   * @param type the enum's name
   * @param constants the enum's constants, in order
   * @param indent the indentation of the statements
   * @return the statements, each line ended; empty where there is no constant
   */
  static String otherPages(String type, List<? extends CodeTable.Constant> constants, String indent) {
    StringBuilder out = new StringBuilder();
    for (CodeTable.Constant constant : constants) {
      CodeBlock.Builder code = CodeBlock.builder()
          .add("DESCRIPTIONS.put($L.$L,$Wnew String[] {", type, constant.constant())
          .add("$>$>"); // the descriptions stand where wrapped arguments do
      List<String> texts = constant.translated();
      for (int page = 0; page < texts.size(); page++) {
        code.add(page == 0 ? "\n$L" : ",\n$L", literal(texts.get(page)));
      }
      code.add("});$<$<");
      out.append(indent).append(code.build().toString().replace("\n", "\n" + indent)).append('\n');
    }
    return out.toString();
  }

  /** The most ranges a check compares one by one; a larger set is searched in an array. */
  static final int MAX_COMPARED_RANGES = 8;

  /**
   * The condition that {@code code} is in the set: {@code false} for none, else one comparison a
   * line, {@code ||} before each after the first. A set of more than
   * {@link #MAX_COMPARED_RANGES} ranges is searched in the array named {@code array} instead, so
   * that no set makes an expression deep enough to trouble a compiler.
   *
   * @param indent the indentation of the {@code return} statement the condition ends
   */
  static String condition(List<CodeRange> set, String array, String indent) {
    if (set.isEmpty()) {
      return "false";
    }
    if (set.size() > MAX_COMPARED_RANGES) {
      return "inRanges(" + array + ", code)";
    }
    StringBuilder out = new StringBuilder();
    for (CodeRange range : set) {
      if (out.length() > 0) {
        out.append('\n').append(indent).append(CONTINUATION).append("|| ");
      }
      out.append(range.isSingle()
          ? "code == " + range.from()
          : "(code >= " + range.from() + " && code <= " + range.to() + ")");
    }
    return out.toString();
  }

  /**
   * The ranges as an array initializer, each range's first and last code in turn, ten ranges a
   * line: {@code {1000, 1003, 1007, 1014}}.
   *
   * @param indent the indentation of the declaration it ends
   */
  static String ranges(List<CodeRange> set, String indent) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < set.size(); i++) {
      out.append(i % 10 == 0 ? "\n" + indent + CONTINUATION : " ")
          .append(set.get(i).from()).append(", ").append(set.get(i).to()).append(i < set.size() - 1 ? "," : "");
    }
    return out.append('\n').append(indent).append('}').toString();
  }
}
