package dev.closecodes.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The front matter a page opens with: YAML blocks between {@code ---} lines, two in a row on some
 * pages (a copy's own block above the original's). Only plain {@code field: value} lines are read.
 */
public final class FrontMatter {

  /** The properties a page of its own may be about, in lower case. */
  private static final List<String> PROPERTIES = List.of("code", "reason", "wasclean");

  private FrontMatter() {}

  /** The first value of the field in any of the page's front-matter blocks, without its quotes. */
  public static Optional<String> value(String[] lines, String field) {
    int end = end(lines);
    for (int i = 0; i < end; i++) {
      String line = lines[i];
      if (line.startsWith(field) && line.length() > field.length() && line.charAt(field.length()) == ':') {
        String value = unquoted(line.substring(field.length() + 1).strip());
        if (!value.isEmpty()) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /** The index of the first line past the front matter and the blank lines after it; 0 for none. */
  static int end(String[] lines) {
    int i = 0;
    while (i < lines.length && lines[i].strip().equals("---")) {
      int close = i + 1;
      while (close < lines.length && !lines[close].strip().equals("---")) {
        close++;
      }
      i = close + 1;
      while (i < lines.length && lines[i].isBlank()) {
        i++;
      }
    }
    return Math.min(i, lines.length);
  }

  /**
   * The member of {@code CloseEvent} the page is about, as its front matter names it
   * ({@code slug: Web/API/CloseEvent/code}, else {@code browser-compat: api.CloseEvent.code}, else a
   * title such as {@code CloseEvent.code} or {@code "CloseEvent: code property"} in any language),
   * in lower case; empty for the page of the interface, or a page that does not say.
   */
  static String member(String[] lines) {
    String slug = value(lines, "slug").orElse("").toLowerCase(Locale.ROOT);
    String compat = value(lines, "browser-compat").orElse("").toLowerCase(Locale.ROOT);
    if (slug.contains("closeevent/")) {
      return slug.substring(slug.lastIndexOf("closeevent/") + "closeevent/".length()).strip();
    }
    if (slug.isEmpty() && compat.startsWith("api.closeevent.")) {
      return compat.substring("api.closeevent.".length()).strip();
    }
    String title = value(lines, "title").orElse("").toLowerCase(Locale.ROOT);
    if (slug.isEmpty() && compat.isEmpty() && title.startsWith("closeevent.")) {
      return title.substring("closeevent.".length()).strip();
    }
    if (slug.isEmpty() && compat.isEmpty() && title.startsWith("closeevent:")) {
      for (String word : title.substring("closeevent:".length()).split("[^a-z]+")) {
        if (PROPERTIES.contains(word)) {
          return word; // "code property", "code-Eigenschaft", "thuộc tính code"
        }
      }
    }
    return "";
  }

  private static String unquoted(String value) {
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
