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
  static final List<String> PROPERTIES = List.of("code", "reason", "wasclean");

  private FrontMatter() {}

  /** The first value of the field in any of the page's front-matter blocks, without its quotes. */
  public static Optional<String> value(String[] lines, String field) {
    Field found = field(lines, field, false);
    return found == null ? Optional.empty() : Optional.of(found.value());
  }

  /** The number (from 1) of the line that gives the field's first value; 0 where none does. */
  public static int line(String[] lines, String field) {
    Field found = field(lines, field, false);
    return found == null ? 0 : found.line() + 1;
  }

  /**
   * The number (from 1) of the line that makes this the page of the interface {@code CloseEvent}
   * itself, not of one of its members ({@code slug: Web/API/CloseEvent}, else
   * {@code browser-compat: api.CloseEvent}); 0 where the front matter says otherwise, or nothing.
   */
  static int interfacePageLine(String[] lines) {
    Field slug = field(lines, "slug", false);
    if (slug != null) {
      String path = slug.value().toLowerCase(Locale.ROOT);
      path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      return path.equals("web/api/closeevent") || path.endsWith("/web/api/closeevent") ? slug.line() + 1 : 0;
    }
    Field compat = field(lines, "browser-compat", false);
    return compat != null && compat.value().toLowerCase(Locale.ROOT).equals("api.closeevent") ? compat.line() + 1 : 0;
  }

  /**
   * Whether the front matter gives the page a {@code slug}, as MDN's own pages' does, under a name
   * one letter off too (a damaged page's {@code swug}).
   */
  static boolean namesAnMdnSlug(String[] lines) {
    return field(lines, "slug", true) != null;
  }

  /** A field's value and the index of its line. */
  private record Field(String value, int line) {}

  /**
   * The first field of the name with a value, in any block; with {@code oneLetterOff}, the first
   * whose name is the name or one letter off it ({@code swug}), a damaged page's.
   */
  private static Field field(String[] lines, String name, boolean oneLetterOff) {
    int end = end(lines);
    for (int i = 0; i < end; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      boolean named = colon == name.length() && line.startsWith(name);
      if (colon > 0 && (named || oneLetterOff && Vocabulary.withinOneEdit(line.substring(0, colon), name))) {
        String value = unquoted(line.substring(colon + 1).strip());
        if (!value.isEmpty()) {
          return new Field(value, i);
        }
      }
    }
    return null;
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
   * The member of {@code CloseEvent} a page is about, in lower case (empty for the page of the
   * interface, or a page that does not say), the index of the line that names it, and whether
   * words one letter off were read to find it.
   */
  record Member(String name, int line, boolean repaired) {

    /** Whether the front matter names no page at all: it has no slug, compatibility key or title. */
    boolean saysNothing() {
      return name.isEmpty() && line == 0;
    }
  }

  /**
   * The member of {@code CloseEvent} the page is about, as its front matter names it
   * ({@code slug: Web/API/CloseEvent/code}, else {@code browser-compat: api.CloseEvent.code}, else a
   * title such as {@code CloseEvent.code} or {@code "CloseEvent: code property"} in any language).
   * Where the words as written name none, field names and the interface's name one letter off
   * ({@code swug: web/api/cwoseevent/code}) are read as those words; the members' names never are,
   * since a word one letter from {@code code} may be another member's.
   */
  static Member member(String[] lines) {
    Member exact = member(lines, false);
    if (!exact.name().isEmpty()) {
      return exact;
    }
    Member repaired = member(lines, true);
    return repaired.name().isEmpty() ? exact : repaired;
  }

  private static Member member(String[] lines, boolean oneLetterOff) {
    Field slug = field(lines, "slug", oneLetterOff);
    Field compat = field(lines, "browser-compat", oneLetterOff);
    if (slug != null) {
      String path = interfaceNamed(slug.value(), oneLetterOff);
      int at = path.lastIndexOf("closeevent/");
      return new Member(at < 0 ? "" : path.substring(at + "closeevent/".length()).strip(), slug.line(), oneLetterOff);
    }
    if (compat != null) {
      String key = interfaceNamed(compat.value(), oneLetterOff);
      return new Member(key.startsWith("api.closeevent.") ? key.substring("api.closeevent.".length()).strip() : "",
          compat.line(), oneLetterOff);
    }
    Field title = field(lines, "title", oneLetterOff);
    if (title == null) {
      return new Member("", 0, false);
    }
    String text = interfaceNamed(title.value(), oneLetterOff);
    if (text.startsWith("closeevent.")) {
      return new Member(text.substring("closeevent.".length()).strip(), title.line(), oneLetterOff);
    }
    if (text.startsWith("closeevent:")) {
      for (String word : text.substring("closeevent:".length()).split("[^a-z]+")) {
        if (PROPERTIES.contains(word)) {
          return new Member(word, title.line(), oneLetterOff); // "code property", "code-Eigenschaft", "thuộc tính code"
        }
      }
    }
    return new Member("", title.line(), false);
  }

  /**
   * The value in lower case; with {@code oneLetterOff}, each run of letters one letter off
   * {@code closeevent} is that name.
   */
  private static String interfaceNamed(String value, boolean oneLetterOff) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!oneLetterOff) {
      return lower;
    }
    StringBuilder restored = new StringBuilder(lower.length());
    int i = 0;
    while (i < lower.length()) {
      int wordEnd = i;
      while (wordEnd < lower.length() && lower.charAt(wordEnd) >= 'a' && lower.charAt(wordEnd) <= 'z') {
        wordEnd++;
      }
      if (wordEnd == i) {
        restored.append(lower.charAt(i++));
        continue;
      }
      String word = lower.substring(i, wordEnd);
      restored.append(Vocabulary.withinOneEdit(word, "closeevent") ? "closeevent" : word);
      i = wordEnd;
    }
    return restored.toString();
  }

  private static String unquoted(String value) {
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
