package dev.closecodes.model;

import java.util.List;

/**
 * What was read from one MDN {@code CloseEvent} page.
 *
 * @param source the page's name as the user gave it
 * @param locale the page's locale, such as {@code fr} or {@code en-US}; {@code und} when unknown
 * @param sha256 the SHA-256 of the page's bytes with CRLF line ends read as LF, in lower-case hex
 *     ({@code Document.sha256()})
 * @param rows the close-code table's rows in page order
 * @param prose the page's text about the interface and its properties
 */
public record Page(String source, String locale, String sha256, List<PageRow> rows, PageProse prose) {

  /** The locale of a page whose language cannot be told, in BCP 47. */
  public static final String UNKNOWN_LOCALE = "und";

  public Page {
    rows = List.copyOf(rows);
  }

  /** The same page, its locale given rather than told from the page. */
  public Page withLocale(String givenLocale) {
    return new Page(source, givenLocale, sha256, rows, prose);
  }
}
