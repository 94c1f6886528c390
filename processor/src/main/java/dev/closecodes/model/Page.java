package dev.closecodes.model;

import java.util.List;

/**
 * What was read from one MDN {@code CloseEvent} page.
 *
 * @param source the page's name as the user gave it
 * @param locale the page's locale, such as {@code fr} or {@code en-US}; {@code und} when unknown
 * @param localeFrom what told the page's locale
 * @param sha256 the SHA-256 of the page's bytes with CRLF line ends read as LF, in lower-case hex
 *     ({@code Document.sha256()})
 * @param rows the close-code table's rows in page order
 * @param prose the page's text about the interface and its properties
 */
public record Page(String source, String locale, LocaleFrom localeFrom, String sha256, List<PageRow> rows,
    PageProse prose) {

  /** The locale of a page whose language cannot be told, in BCP 47. */
  public static final String UNKNOWN_LOCALE = "und";

  public Page {
    rows = List.copyOf(rows);
  }

  /** The same page, its locale given rather than told from the page. */
  public Page withLocale(String givenLocale) {
    return new Page(source, givenLocale, LocaleFrom.GIVEN, sha256, rows, prose);
  }

  /**
   * What told a page's locale.
   *
   * @param kind what it was
   * @param line the 1-based line of the markup's declaration of the page's language where it has
   *     one; 1 where it has none
   * @param overruled what a weaker sign said, where this one overruled it: the language the markup
   *     declares, where the links, or the path against the page's words, overruled it; the locale
   *     the links named, where the words did; empty for the others
   * @param wordsSay the language the page's words are in, where it is not the declared one's, or
   *     where it is the declared one's against the path's; empty for the others
   */
  public record LocaleFrom(Kind kind, int line, String overruled, String wordsSay) {

    /** The locale given for the page, by the annotation or the command line. */
    public static final LocaleFrom GIVEN = new LocaleFrom(Kind.GIVEN, 1, "", "");

    /** What told it, where nothing was overruled and nothing disagrees. */
    public LocaleFrom(Kind kind, int line) {
      this(kind, line, "", "");
    }

    /** What can tell a page's locale, in the order each is asked. */
    public enum Kind {
      /** Given for the page. */
      GIVEN,
      /** A folder of its path, as MDN lays out its pages ({@code files/fr/...}). */
      PATH,
      /** Its markup's declaration, {@code <html lang="fr">}, as a saved page has. */
      DECLARATION,
      /**
       * Most of its links into MDN's pages: a guess. Where they go into another translation's
       * pages than those of the language its markup declares, they overrule it.
       */
      LINKS,
      /**
       * The language its words are in, told from them: a guess, where nothing above told it, or
       * where the links go into the pages of another language (en-US's, as a translation links
       * the pages not yet translated). No region shows in a word.
       */
      WORDS,
      /** Nothing: the locale is {@link Page#UNKNOWN_LOCALE}. */
      NOTHING
    }
  }
}
