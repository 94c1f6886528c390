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
      int c = referenced("&" + name + ";");
      String read = Jsoup.parse("<p>&" + name + ";</p>").selectFirst("p").wholeText();
      assertEquals(new String(Character.toChars(c)), read, name);
      assertTrue(UnicodeCharacters.isFormat(c), name);
    }
  }

  /** HTML reads {@code &shy} without its {@code ;}, and no other name the warning knows. */
  @Test
  void theOneNameReadWithoutItsSemicolonIsTheOneHtmlReads() {
    for (int i = 0; i < InvisibleReferences.NAMED.length; i += 2) {
      String name = InvisibleReferences.NAMED[i];
      String read = Jsoup.parse("<p>&" + name + " x</p>").selectFirst("p").wholeText();
      boolean readWithout = !read.startsWith("&");
      assertEquals(readWithout, name.equals(InvisibleReferences.NAMED_WITHOUT_SEMICOLON), name);
      assertEquals(readWithout ? read.codePointAt(0) : -1, referenced("&" + name + " x"), name);
    }
  }

  /** The code point a reference at the start of {@code written} names; -1 for none HTML reads there. */
  private static int referenced(String written) {
    int end = InvisibleReferences.referenceEnd(written, 0, written.length());
    return end < 0 ? -1 : InvisibleReferences.referenced(written, 0, end);
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
    assertEquals(0x202E, referenced("&#x202E;"));
    assertEquals(0x202E, referenced("&#X202e;"));
    assertEquals(0x202E, referenced("&#x0000000202E;"));
    assertEquals(0x202E, referenced("&#x202E "));
    assertEquals(173, referenced("&#173;"));
    assertEquals(173, referenced("&#000173"));
    assertEquals(-1, referenced("&#x;"));
    assertEquals(-1, referenced("&#xZZ;"));
    assertEquals(-1, referenced("&#+173;"));
    assertEquals(-1, referenced("&#\u0661\u0667\u0663;"));
    assertEquals(Character.MAX_CODE_POINT + 1, referenced("&#123456789;"));
    assertEquals(-1, referenced("&amp;"));
    assertEquals(-1, referenced("&;"));
    for (String written : java.util.List.of("&#x0000202E;", "&#8238", "&#xD;", "&#000173;")) {
      String read = Jsoup.parse("<p>" + written + "</p>").selectFirst("p").wholeText();
      assertEquals(read.codePointAt(0), referenced(written), written); // as HTML reads it
    }
  }
}
