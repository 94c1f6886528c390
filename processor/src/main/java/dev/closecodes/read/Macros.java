package dev.closecodes.read;

import dev.closecodes.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDN's KumaScript macros, such as {@code {{domxref("CloseEvent.code")}}}, read the way the site
 * shows them: a macro with arguments shows as code (its display text, else its first argument); a
 * macro without arguments ({@code {{ReadOnlyInline}}}) is a badge and shows nothing here.
 */
final class Macros {

  static final Pattern MACRO = Pattern.compile("\\{\\{\\s*([\\w-]+)\\s*(?:\\((.*?)\\))?\\s*\\}\\}");
  private static final Pattern STRING_ARGUMENT = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

  private Macros() {}

  /** Splits text into plain text and the code pieces its macros show as. */
  static List<Inline> expand(String text) {
    List<Inline> out = new ArrayList<>();
    Matcher matcher = MACRO.matcher(text);
    int last = 0;
    while (matcher.find()) {
      out.add(new Inline.Text(text.substring(last, matcher.start())));
      String shown = shownText(matcher.group(2));
      if (!shown.isEmpty()) {
        out.add(new Inline.Code(shown));
      }
      last = matcher.end();
    }
    out.add(new Inline.Text(text.substring(last)));
    return out;
  }

  /** The macro's first string argument, the name of what it refers to; empty for none. */
  static String target(String macro) {
    Matcher matcher = MACRO.matcher(macro);
    if (!matcher.find() || matcher.group(2) == null) {
      return "";
    }
    List<String> arguments = stringArguments(matcher.group(2));
    return arguments.isEmpty() ? "" : arguments.get(0);
  }

  private static String shownText(String arguments) {
    if (arguments == null) {
      return "";
    }
    List<String> strings = stringArguments(arguments);
    if (strings.size() >= 2 && !strings.get(1).isBlank()) {
      return strings.get(1);
    }
    return strings.isEmpty() ? arguments.strip() : strings.get(0);
  }

  private static List<String> stringArguments(String arguments) {
    List<String> strings = new ArrayList<>();
    Matcher matcher = STRING_ARGUMENT.matcher(arguments);
    while (matcher.find()) {
      strings.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return strings;
  }
}
