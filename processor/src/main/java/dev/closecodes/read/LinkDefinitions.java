package dev.closecodes.read;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A page's link reference definitions ({@code [label]: destination "title"}), each on a line of
 * its own outside code blocks and comments, after a blank line, a heading or another definition,
 * as CommonMark has them. A cell or a paragraph is read alone, so one that links by reference
 * ({@code [text][label]}, {@code [label][]}, {@code [label]}) is given the definitions it names
 * ahead of its text, for commonmark to resolve as it would on the whole page. The first definition
 * of a label holds; a label that starts with {@code ^} is a footnote, no link.
 */
final class LinkDefinitions {

  /** No definitions: every text is read as it is. */
  static final LinkDefinitions NONE = new LinkDefinitions(Map.of(), new BitSet());

  /** CommonMark's limit on a label's length. */
  private static final int MAX_LABEL = 999;

  /** Each definition's line, without its indentation, by its label in {@link #normalize normal} form. */
  private final Map<String, String> byLabel;

  /** The lines, counted from 0, of the definitions {@link #lines()} gives. */
  private final BitSet lines;

  private LinkDefinitions(Map<String, String> byLabel, BitSet lines) {
    this.byLabel = byLabel;
    this.lines = lines;
  }

  /**
   * The definitions of a page.
   *
   * @param unquoted the page's text with its quotations' markers blanked, as its tables are read
   * @param hidden the lines in code blocks and comments
   */
  static LinkDefinitions find(String unquoted, HiddenLines hidden) {
    Map<String, String> byLabel = new HashMap<>();
    BitSet lines = new BitSet();
    // The definitions in a row just read, lines counted from 0: they are kept as no paragraph's only
    // where nothing but a blank line, a hidden one or the end follows them (a title on a line of its
    // own, "title", is read with its definition by the parser, as before).
    int runStart = -1;
    int runEnd = -1; // past the run's last line
    boolean mayStart = true; // the line before ends any paragraph
    int lineStart = 0;
    for (int line = 1; lineStart <= unquoted.length(); line++) {
      int lineEnd = DocumentText.lineEnd(unquoted, lineStart);
      int first = lineStart;
      while (first < lineEnd && unquoted.charAt(first) == ' ') {
        first++;
      }
      if (hidden.hidden(line) || first == lineEnd) {
        mayStart = true;
        if (runStart >= 0) {
          lines.set(runStart, runEnd);
        }
        runStart = -1;
      } else {
        int labelEnd = mayStart && first - lineStart <= 3 ? labelEnd(unquoted, first, lineEnd) : -1;
        boolean definition = labelEnd > 0 && isDefinitionAfterLabel(unquoted, labelEnd + 1, lineEnd);
        if (definition) {
          byLabel.putIfAbsent(normalize(unquoted.substring(first + 1, labelEnd)), unquoted.substring(first, lineEnd));
          runStart = runStart < 0 ? line - 1 : runStart;
          runEnd = line;
        } else {
          runStart = -1;
        }
        mayStart = definition || unquoted.charAt(first) == '#';
      }
      lineStart = lineEnd + 1;
    }
    if (runStart >= 0) {
      lines.set(runStart, runEnd);
    }
    return byLabel.isEmpty() ? NONE : new LinkDefinitions(byLabel, lines);
  }

  /**
   * The lines, counted from 0, of the definitions that stand as a block of their own, ended by a
   * blank line, a hidden one or the page's end: no paragraph's text, which CommonMark takes them
   * out of.
   */
  BitSet lines() {
    return (BitSet) lines.clone();
  }

  /**
   * The text with the definitions of the labels it brackets ahead of it, a blank line between; the
   * text itself where it brackets none that is defined.
   */
  String withDefinitionsOf(String markdown) {
    if (byLabel.isEmpty() || markdown.indexOf('[') < 0) {
      return markdown;
    }
    int[] nextClose = new int[markdown.length() + 1]; // where the next ']' stands, from each position
    nextClose[markdown.length()] = -1;
    for (int i = markdown.length() - 1; i >= 0; i--) {
      nextClose[i] = markdown.charAt(i) == ']' ? i : nextClose[i + 1];
    }
    StringBuilder definitions = new StringBuilder();
    Set<String> given = new HashSet<>();
    for (int open = markdown.indexOf('['); open >= 0; open = markdown.indexOf('[', open + 1)) {
      int close = nextClose[open + 1];
      if (close < 0) {
        break;
      }
      if (close - open - 1 <= MAX_LABEL) {
        String label = normalize(markdown.substring(open + 1, close));
        String definition = byLabel.get(label);
        if (definition != null && given.add(label)) {
          definitions.append(definition).append('\n');
        }
      }
    }
    return definitions.isEmpty() ? markdown : definitions.append('\n').append(markdown).toString();
  }

  /** A label as CommonMark matches it: case folded, its white space collapsed and trimmed. */
  private static String normalize(String label) {
    String stripped = label.strip();
    StringBuilder collapsed = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      // the white space a regular expression's \s matches
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
      if (!space) {
        collapsed.append(c);
      } else if (!inSpace) {
        collapsed.append(' ');
      }
      inSpace = space;
    }
    return collapsed.toString().toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  /** Where the {@code ]} of a definition's label that opens at {@code open} stands, or -1. */
  private static int labelEnd(String text, int open, int lineEnd) {
    if (text.charAt(open) != '[' || (open + 1 < lineEnd && text.charAt(open + 1) == '^')) {
      return -1;
    }
    for (int i = open + 1; i < lineEnd && i - open <= MAX_LABEL + 1; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1;
      } else if (c == ']') {
        boolean blank = text.substring(open + 1, i).isBlank();
        return !blank && i + 1 < lineEnd && text.charAt(i + 1) == ':' ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Whether what follows a label's {@code ]} makes a definition: a colon, a destination on the
   * same line, and nothing after it but a title closed on the line.
   */
  private static boolean isDefinitionAfterLabel(String text, int colon, int lineEnd) {
    int i = DocumentText.afterBlanks(text, colon + 1, lineEnd);
    int destinationStart = i;
    if (i < lineEnd && text.charAt(i) == '<') {
      int close = text.indexOf('>', i);
      if (close < 0 || close >= lineEnd || text.substring(i + 1, close).indexOf('<') >= 0) {
        return false;
      }
      i = close + 1;
    } else {
      while (i < lineEnd && text.charAt(i) > ' ' && text.charAt(i) != '\u007f') {
        i++;
      }
      if (i == destinationStart) {
        return false;
      }
    }
    int titleStart = DocumentText.afterBlanks(text, i, lineEnd);
    if (titleStart == lineEnd) {
      return true;
    }
    if (titleStart == i) {
      return false; // a title is set apart from the destination
    }
    char open = text.charAt(titleStart);
    char close = open == '(' ? ')' : open;
    if (open != '"' && open != '\'' && open != '(') {
      return false;
    }
    int end = lineEnd;
    while (end > titleStart && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end - titleStart >= 2 && text.charAt(end - 1) == close && text.charAt(end - 2) != '\\';
  }
}
