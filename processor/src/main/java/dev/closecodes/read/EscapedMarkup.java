package dev.closecodes.read;

/**
 * A table whose markup was escaped: {@code &lt;table&gt;}, or {@code &amp;lt;table&amp;gt;} where
 * a tool escaped text already escaped. A browser shows such tags as text, so the page shows no
 * table; {@link PageReader} reads the table its tags make, with a warning, where the page shows no
 * other.
 *
 * @param written how the first escaped table tag opens, up to its name ({@code &amp;lt;table})
 * @param layers how many times the markup was escaped
 */
record EscapedMarkup(String written, int layers) {

  private static final String OPENER = "lt;table";

  /** The page's first escaped table tag, or null where it has none. */
  static EscapedMarkup find(String text) {
    if (text.indexOf("lt;") < 0 && DocumentText.indexOfIgnoringCase(text, "lt;", 0, text.length()) < 0) {
      return null; // most pages: no escaped tag at all
    }
    for (int at = DocumentText.indexOfIgnoringCase(text, OPENER, 0, text.length()); at >= 0;
        at = DocumentText.indexOfIgnoringCase(text, OPENER, at + 1, text.length())) {
      int end = at + OPENER.length();
      if (end < text.length() && isNameCharacter(text.charAt(end))) {
        continue; // another name (&lt;tablex)
      }
      int start = at;
      int layers = 1;
      while (start >= "amp;".length() && text.regionMatches(true, start - "amp;".length(), "amp;", 0, 4)) {
        start -= "amp;".length();
        layers++;
      }
      if (start > 0 && text.charAt(start - 1) == '&') {
        return new EscapedMarkup(text.substring(start - 1, end), layers);
      }
    }
    return null;
  }

  /**
   * The text with its escaping undone as many times as the markup was escaped: each {@code &lt;},
   * {@code &gt;}, {@code &quot;} and {@code &#39;} the character it stands for, and then each
   * {@code &amp;} an ampersand, so that text escaped once more than the markup ({@code &amp;amp;})
   * keeps the escape HTML reads as its ampersand. No line break is added or taken away.
   */
  String unescape(String text) {
    String unescaped = text;
    for (int layer = 0; layer < layers; layer++) {
      unescaped = replaceIgnoringCase(unescaped, "&lt;", "<");
      unescaped = replaceIgnoringCase(unescaped, "&gt;", ">");
      unescaped = replaceIgnoringCase(unescaped, "&quot;", "\"");
      unescaped = unescaped.replace("&#39;", "'");
      unescaped = replaceIgnoringCase(unescaped, "&amp;", "&");
    }
    return unescaped;
  }

  private static boolean isNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private static String replaceIgnoringCase(String text, String escape, String character) {
    int at = DocumentText.indexOfIgnoringCase(text, escape, 0, text.length());
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; at >= 0; at = DocumentText.indexOfIgnoringCase(text, escape, copied, text.length())) {
      out.append(text, copied, at).append(character);
      copied = at + escape.length();
    }
    return out.append(text, copied, text.length()).toString();
  }
}
