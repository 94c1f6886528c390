package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Finds the character references one letter off one HTML knows ({@code &paos;}, {@code &pos;},
 * {@code &lapos;}, {@code &apo;s} for {@code &apos;}), or parted from its {@code &} by a space
 * ({@code & quot;}), or whose {@code ;} was lost ({@code &aposautre}, {@code &apos ;}), which
 * HTML and Markdown show as text; and those HTML reads without a {@code ;} run into the word after
 * them ({@code Ungü&ltige} shows {@code Ungü<ige}); the
 * reading stays a browser's, and each is a warning at its line. A name of one or two letters
 * ({@code R&D;}) is too near too many references to tell, and one that no reference is near
 * ({@code &hello;}) is text as written. Past the first ten, one warning counts the rest.
 */
final class DamagedReferences {

  /** The shortest name told: a shorter one is one letter from many references. */
  private static final int SHORTEST_NAME = 3;

  /** The shortest name HTML knows told after an {@code &} and a space: {@code & lt;} is no word. */
  private static final int SHORTEST_SPACED_NAME = 2;

  /** How many references one letter off a warning names. */
  private static final int NAMED = 3;

  private static final String NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private DamagedReferences() {}

  /**
   * Reports each such reference of {@code shown} outside the lines {@code hidden} hides.
   *
   * @param shown the text the page's markup is read from, its code spans blanked
   */
  static void report(String shown, HiddenLines hidden, String file, Diagnostics diagnostics) {
    DamagedTags.Lines lines = new DamagedTags.Lines(shown);
    DamagedTags.Told damaged = new DamagedTags.Told(Message.MORE_DAMAGED_REFERENCES);
    Map<String, List<String>> nearByName = new HashMap<>(); // a page may repeat one name thousands of times
    for (int amp = shown.indexOf('&'); amp >= 0; amp = shown.indexOf('&', amp + 1)) {
      // a space after the '&' ("& quot;") parts it from a name HTML knows
      boolean spaced = amp + 1 < shown.length() && (shown.charAt(amp + 1) == ' ' || shown.charAt(amp + 1) == '\t');
      int nameAt = spaced ? amp + 2 : amp + 1;
      int end = nameAt;
      while (end < shown.length() && UnicodeCharacters.isAsciiLetterOrDigit(shown.charAt(end))) {
        end++;
      }
      if (!spaced && end > nameAt && end < shown.length() && shown.charAt(end) != ';') {
        reportSemicolonLost(shown, amp, end, hidden, lines, damaged, file, diagnostics);
        continue;
      }
      if (end - nameAt < (spaced ? SHORTEST_SPACED_NAME : SHORTEST_NAME) || end >= shown.length()
          || shown.charAt(end) != ';') {
        continue;
      }
      String name = shown.substring(nameAt, end);
      if (Entities.isNamedEntity(name) != spaced) {
        continue;
      }
      List<String> near = spaced ? List.of(name) : nearByName.get(name);
      if (near == null) { // no lambda: a compile's fresh JVM would bootstrap one
        near = namesOneLetterOff(name);
        nearByName.put(name, near);
      }
      if (!near.isEmpty()) {
        DamagedTags.tell(Message.REFERENCE_DAMAGED, amp, hidden, lines, damaged, file, diagnostics,
            shown.substring(amp, end + 1), "'&" + String.join(";' or '&", near) + ";'");
      }
    }
    damaged.reportTheRest(file, diagnostics);
  }

  /**
   * Reports the reference from {@code amp} whose name, up to {@code end}, no {@code ;} follows:
   * where white space and a {@code ;} follow a name HTML knows ({@code &apos ;}), or where the name
   * of one that needs its {@code ;}, of four letters or more, opens the word ({@code &aposautre},
   * {@code &apos altro}); not where HTML reads it without its {@code ;} ({@code &quot}), nor an
   * address's parameter ({@code ?a=1&image=2}).
   */
  private static void reportSemicolonLost(String shown, int amp, int end, HiddenLines hidden, DamagedTags.Lines lines,
      DamagedTags.Told damaged, String file, Diagnostics diagnostics) {
    String word = shown.substring(amp + 1, Math.min(end, amp + 1 + LONGEST_NAME)); // a hostile page's may be long
    int semicolon = end;
    while (semicolon < shown.length() && (shown.charAt(semicolon) == ' ' || shown.charAt(semicolon) == '\t')) {
      semicolon++;
    }
    String quoted;
    String name;
    if (semicolon > end && semicolon < shown.length() && shown.charAt(semicolon) == ';'
        && word.length() >= SHORTEST_NAME && Entities.isNamedEntity(word)) {
      quoted = shown.substring(amp, semicolon + 1); // "&apos ;"
      name = word;
    } else {
      name = null;
      for (int length = word.length(); length >= SHORTEST_NAME_WITHOUT_SEMICOLON && name == null; length--) {
        String prefix = word.substring(0, length);
        if (Entities.isNamedEntity(prefix) && !Entities.isBaseNamedEntity(prefix)) {
          name = prefix;
        }
      }
      if (shown.charAt(end) == '=' || inAnAddress(shown, amp)) {
        return;
      }
      if (name == null) {
        reportInAWord(shown, amp, word, end, hidden, lines, damaged, file, diagnostics);
        return;
      }
      quoted = shown.substring(amp, Math.min(end, amp + 1 + LONGEST_NAME)); // "&aposautre", "&apos"
    }
    DamagedTags.tell(Message.REFERENCE_DAMAGED, amp, hidden, lines, damaged, file, diagnostics, quoted,
        "'&" + name + ";'");
  }

  /**
   * Reports the reference from {@code amp} that HTML reads without its {@code ;} ({@code &lt},
   * {@code &reg}) where a letter or digit follows its name, or where it is a sign of mathematics
   * after a letter, on a line of HTML ({@code Ungü&ltige}, {@code &registered}, {@code Zei&gt an}),
   * which a browser shows as the reference's character run into the word ({@code Ungü<ige}).
   * {@code word} is what follows the {@code &}, up to {@code end}.
   */
  private static void reportInAWord(String shown, int amp, String word, int end, HiddenLines hidden,
      DamagedTags.Lines lines, DamagedTags.Told damaged, String file, Diagnostics diagnostics) {
    String name = null;
    for (int length = word.length(); length >= 2 && name == null; length--) {
      String prefix = word.substring(0, length);
      if (Entities.isBaseNamedEntity(prefix)) {
        name = prefix; // HTML takes the longest it knows: "&notin" is "¬in"
      }
    }
    if (name == null) {
      return;
    }
    int wordStart = amp;
    while (wordStart > 0 && amp - wordStart < QUOTED
        && UnicodeCharacters.isLetterOrDigit(shown.codePointBefore(wordStart))) {
      wordStart -= Character.charCount(shown.codePointBefore(wordStart));
    }
    int nameEnd = amp + 1 + name.length();
    int wordEnd = Math.min(end, nameEnd + QUOTED);
    String character = Entities.getByName(name);
    // At a word's end it is as often meant ("Away&quot", "WebSocket&reg"), but not a sign of
    // mathematics after a letter ("Zei&gt an"); and Markdown shows it as written.
    boolean signAfterALetter = !character.isEmpty() && amp > 0
        && UnicodeCharacters.isLetter(shown.codePointBefore(amp))
        && UnicodeCharacters.type(character.codePointAt(0)) == Character.MATH_SYMBOL;
    if (nameEnd == end && !signAfterALetter || !hidden.readAsHtml(lines.at(amp))) {
      return;
    }
    String shownThere = shown.substring(wordStart, amp) + character + shown.substring(nameEnd, wordEnd);
    DamagedTags.tell(Message.REFERENCE_IN_A_WORD, amp, hidden, lines, damaged, file, diagnostics,
        shown.substring(wordStart, wordEnd), "&" + name, "&" + name + ";", shownThere);
  }

  /** How many characters of a word around a reference inside it are quoted on each side, at most. */
  private static final int QUOTED = 40;

  /** The longest name of a reference HTML knows ({@code &CounterClockwiseContourIntegral;}) and more. */
  private static final int LONGEST_NAME = 40;

  /** The shortest name told that lost its {@code ;}: {@code &and}, {@code &int} may be words. */
  private static final int SHORTEST_NAME_WITHOUT_SEMICOLON = 4;

  /** How far back an address's start is looked for, for each such {@code &}: a page may hold thousands. */
  private static final int ADDRESS_LOOKED_BACK = 256;

  /** Whether the {@code &} at {@code amp} is inside an address: its word holds {@code ://} or a {@code ?} before it. */
  private static boolean inAnAddress(String shown, int amp) {
    int from = Math.max(0, amp - ADDRESS_LOOKED_BACK);
    for (int at = amp - 1; at >= from; at--) {
      char c = shown.charAt(at);
      if (c == '?' || c == ':' && shown.startsWith("//", at + 1)) {
        return true;
      }
      if (c <= ' ' || c == '"' || c == '\'' || c == '(' || c == '<' || c == '>') {
        return false;
      }
    }
    return false;
  }

  /**
   * The names of references HTML knows that are one letter off {@code name}, up to three: the name
   * in small letters, two letters swapped, a letter lost or a letter added, in that order; else,
   * only where none is, a letter changed, which reaches more names by chance.
   */
  private static List<String> namesOneLetterOff(String name) {
    Set<String> near = new LinkedHashSet<>();
    addIfKnown(name.toLowerCase(Locale.ROOT), near); // "&APOS;": names are in small letters but a few
    for (int i = 0; i + 1 < name.length(); i++) {
      addIfKnown(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2), near);
    }
    for (int i = 0; i <= name.length(); i++) {
      for (int k = 0; k < NAME_CHARACTERS.length(); k++) {
        addIfKnown(name.substring(0, i) + NAME_CHARACTERS.charAt(k) + name.substring(i), near);
      }
    }
    for (int i = 0; i < name.length() && name.length() > SHORTEST_NAME; i++) {
      addIfKnown(name.substring(0, i) + name.substring(i + 1), near);
    }
    if (near.isEmpty()) {
      for (int i = 0; i < name.length(); i++) {
        for (int k = 0; k < NAME_CHARACTERS.length(); k++) {
          addIfKnown(name.substring(0, i) + NAME_CHARACTERS.charAt(k) + name.substring(i + 1), near);
        }
      }
    }
    List<String> named = new ArrayList<>(near);
    return named.size() > NAMED ? named.subList(0, NAMED) : named;
  }

  private static void addIfKnown(String candidate, Set<String> near) {
    if (Entities.isNamedEntity(candidate)) {
      near.add(candidate);
    }
  }
}
