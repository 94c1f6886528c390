package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.text.UnicodeCharacters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The references the warning knows stand for what HTML reads them as. */
class InvisibleReferencesTest {

  @Test
  void eachNamedReferenceIsTheFormatCharacterHtmlReadsItAs() {
    for (int i = 0; i < InvisibleReferences.NAMED.length; i += 2) {
      String name = InvisibleReferences.NAMED[i];
      int c = InvisibleReferences.referenced(name);
      String read = Jsoup.parse("<p>&" + name + ";</p>").selectFirst("p").wholeText();
      assertEquals(new String(Character.toChars(c)), read, name);
      assertTrue(UnicodeCharacters.isFormat(c), name);
    }
  }

  /**
   * HTML reads a reference to a C1 control as the character Windows-1252 puts at that byte, and as
   * the control only where it puts none: the warning is about those alone.
   */
  @Test
  void aC1ReferenceIsWarnedOfWhereHtmlReadsItAsTheControl() {
    for (int c = 0x80; c <= 0x9F; c++) {
      String read = Jsoup.parse("<p>&#" + c + ";</p>").selectFirst("p").wholeText();
      assertEquals(read.equals(String.valueOf((char) c)), InvisibleReferences.isInvisible(c), Integer.toHexString(c));
    }
    assertTrue(InvisibleReferences.isInvisible(0x1F));
    assertTrue(InvisibleReferences.isInvisible(0x7F));
    assertEquals(false, InvisibleReferences.isInvisible('\t'));
    assertEquals(false, InvisibleReferences.isInvisible(-1));
  }

  @Test
  void numericReferencesInHexadecimalOrDecimal() {
    assertEquals(0x202E, InvisibleReferences.referenced("#x202E"));
    assertEquals(0x202E, InvisibleReferences.referenced("#X202e"));
    assertEquals(173, InvisibleReferences.referenced("#173"));
    assertEquals(-1, InvisibleReferences.referenced("#x"));
    assertEquals(-1, InvisibleReferences.referenced("#xZZ"));
    assertEquals(-1, InvisibleReferences.referenced("#123456789"));
    assertEquals(-1, InvisibleReferences.referenced("amp"));
  }
}
