package dev.closecodes.read;

import dev.closecodes.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MDN's KumaScript macros, such as {@code {{domxref("CloseEvent.code")}}}, read the way the site
 * shows them: a macro with arguments shows as code (its display text, the second argument, else its
 * first; {@code RFC(6455, "Status codes", "7.4.1")} as {@code RFC 6455, section 7.4.1: Status
 * codes}); a macro without arguments ({@code {{ReadOnlyInline}}}) is a badge and shows nothing here.
 *
 * <p>A macro is {@code {{}}, a name of letters, digits, {@code _} or {@code -}, optionally
 * arguments in parentheses on one line, then {@code }}}, with white space allowed between the
 * parts. It is found by a scan that reads each character a bounded number of times, so no page can
 * make it slow (a regular expression for the same thing backtracks quadratically).
 */
final class Macros {

  private Macros() {}

  /**
   * One macro in a text.
   *
   * @param start where its {@code {{} starts
   * @param end just after its {@code }}}
   * @param name its name as written ({@code domxref})
   * @param arguments what stands between its parentheses; null when it has none
   */
  record Macro(int start, int end, String name, String arguments) {}

  /** Splits text into plain text and the code pieces its macros show as. */
  static List<Inline> expand(String text) {
    if (!text.contains("{{")) {
      return List.of(new Inline.Text(text));
    }
    List<Inline> out = new ArrayList<>();
    int last = 0;
    for (Macro macro : find(text)) {
      out.add(new Inline.Text(text.substring(last, macro.start())));
      String shown = shownText(macro.name(), macro.arguments());
      if (!shown.isEmpty()) {
        out.add(new Inline.Code(shown));
      }
      last = macro.end();
    }
    out.add(new Inline.Text(text.substring(last)));
    return out;
  }

  /** The text with its macros removed. */
  static String strip(String text) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Macro macro : find(text)) {
      out.append(text, last, macro.start());
      last = macro.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The macros in the text, left to right, none inside another. */
  static List<Macro> find(String text) {
    List<Macro> macros = new ArrayList<>();
    Scanner scanner = new Scanner(text);
    for (Optional<Macro> found = scanner.next(0); found.isPresent(); found = scanner.next(found.get().end())) {
      macros.add(found.get());
    }
    return macros;
  }

  /** The first macro's first quoted argument, the name of what it refers to; empty for none. */
  static String target(String text) {
    Optional<Macro> macro = new Scanner(text).next(0);
    if (macro.isEmpty() || macro.get().arguments() == null) {
      return "";
    }
    List<String> arguments = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    positionalArguments(macro.get().arguments(), arguments, quoted);
    for (int i = 0; i < arguments.size(); i++) {
      if (quoted.get(i)) {
        return arguments.get(i);
      }
    }
    return "";
  }

  /**
   * What a macro shows: its second argument where that is text (the display text), else its first;
   * MDN's {@code RFC} macro shows as the site writes it ({@code RFC 6455, section 7.4.1: Status
   * codes}). Arguments count by position, quoted or not.
   */
  private static String shownText(String name, String arguments) {
    if (arguments == null) {
      return "";
    }
    List<String> all = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    positionalArguments(arguments, all, quoted);
    if (name.equalsIgnoreCase("rfc") && !all.isEmpty() && !all.get(0).isBlank()) {
      String section = all.size() > 2 && !all.get(2).isBlank() ? ", section " + all.get(2) : "";
      String title = all.size() > 1 && !all.get(1).isBlank() ? ": " + all.get(1) : "";
      return "RFC " + all.get(0) + section + title;
    }
    if (all.size() >= 2 && quoted.get(1) && !all.get(1).isBlank()) {
      return all.get(1);
    }
    return all.isEmpty() ? arguments.strip() : all.get(0);
  }

  /**
   * The arguments between commas, in order: a quoted one without its quotes, any other stripped.
   * An unclosed quote ends the list.
   */
  private static void positionalArguments(String arguments, List<String> out, List<Boolean> quoted) {
    int i = 0;
    while (i < arguments.length()) {
      while (i < arguments.length() && Scanner.isSpace(arguments.charAt(i))) {
        i++;
      }
      if (i >= arguments.length()) {
        break;
      }
      char quote = arguments.charAt(i);
      String argument;
      boolean isQuoted = quote == '"' || quote == '\'';
      if (isQuoted) {
        int close = arguments.indexOf(quote, i + 1);
        if (close < 0) {
          break;
        }
        argument = arguments.substring(i + 1, close);
        i = close + 1;
      } else {
        int comma = arguments.indexOf(',', i);
        int end = comma < 0 ? arguments.length() : comma;
        argument = arguments.substring(i, end).strip();
        i = end;
      }
      out.add(argument);
      quoted.add(isQuoted);
      int comma = arguments.indexOf(',', i);
      if (comma < 0) {
        break;
      }
      i = comma + 1;
    }
  }

  /** A letter, digit, {@code _} or {@code -}: what a macro's name, and a property's, is made of. */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  /** Where the run of {@linkplain #isWordChar word characters} starting at {@code from} ends. */
  static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Finds macros left to right. */
  private static final class Scanner {
    private final String text;
    /** For each position, the first {@code )} at or after it that closes a macro on the same line; -1 for none. */
    private int[] closing;

    Scanner(String text) {
      this.text = text;
    }

    Optional<Macro> next(int from) {
      for (int start = text.indexOf("{{", from); start >= 0; start = text.indexOf("{{", start + 1)) {
        Optional<Macro> macro = at(start);
        if (macro.isPresent()) {
          return macro;
        }
      }
      return Optional.empty();
    }

    private Optional<Macro> at(int start) {
      int nameStart = skipSpace(start + 2);
      int nameEnd = wordEnd(text, nameStart);
      if (nameEnd == nameStart) {
        return Optional.empty();
      }
      int i = skipSpace(nameEnd);
      String arguments = null;
      if (i < text.length() && text.charAt(i) == '(') {
        int close = closingParenthesis(i + 1);
        if (close < 0) {
          return Optional.empty();
        }
        arguments = text.substring(i + 1, close);
        i = skipSpace(close + 1);
      }
      return text.startsWith("}}", i)
          ? Optional.of(new Macro(start, i + 2, text.substring(nameStart, nameEnd), arguments)) : Optional.empty();
    }

    private int skipSpace(int i) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** Worked out once for the whole text, from its end, so each lookup is constant time. */
    private int closingParenthesis(int from) {
      if (closing == null) {
        closing = new int[text.length() + 1];
        closing[text.length()] = -1;
        int next = -1;
        int nextNonSpace = text.length();
        for (int i = text.length() - 1; i >= 0; i--) {
          char c = text.charAt(i);
          if (isLineTerminator(c)) {
            next = -1; // arguments stay on one line
          } else if (c == ')' && text.startsWith("}}", nextNonSpace)) {
            next = i;
          }
          closing[i] = next;
          if (!isSpace(c)) {
            nextNonSpace = i;
          }
        }
      }
      return closing[from];
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineTerminator(char c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
  }
}
