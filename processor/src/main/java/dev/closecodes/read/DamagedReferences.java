package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Finds the character references one letter off one HTML knows ({@code &paos;}, {@code &pos;},
 * {@code &lapos;}, {@code &apo;s} for {@code &apos;}), or parted from its {@code &} by a space
 * ({@code & quot;}), which HTML and Markdown show as text; the
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
    for (int amp = shown.indexOf('&'); amp >= 0; amp = shown.indexOf('&', amp + 1)) {
      // a space after the '&' ("& quot;") parts it from a name HTML knows
      boolean spaced = amp + 1 < shown.length() && (shown.charAt(amp + 1) == ' ' || shown.charAt(amp + 1) == '\t');
      int nameAt = spaced ? amp + 2 : amp + 1;
      int end = nameAt;
      while (end < shown.length() && UnicodeCharacters.isAsciiLetterOrDigit(shown.charAt(end))) {
        end++;
      }
      if (end - nameAt < (spaced ? SHORTEST_SPACED_NAME : SHORTEST_NAME) || end >= shown.length()
          || shown.charAt(end) != ';') {
        continue;
      }
      String name = shown.substring(nameAt, end);
      if (Entities.isNamedEntity(name) != spaced) {
        continue;
      }
      List<String> near = spaced ? List.of(name) : namesOneLetterOff(name);
      if (!near.isEmpty()) {
        DamagedTags.tell(Message.REFERENCE_DAMAGED, amp, hidden, lines, damaged, file, diagnostics,
            shown.substring(amp, end + 1), "'&" + String.join(";' or '&", near) + ";'");
      }
    }
    damaged.reportTheRest(file, diagnostics);
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
