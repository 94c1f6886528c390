package dev.closecodes.model;

/**
 * The page's own words about the interface and the properties a {@code CloseEvent} value carries.
 * Any of them may be empty when the page does not say it.
 *
 * @param summary the opening paragraph about the {@code CloseEvent} interface; empty on the page of
 *     one of its properties, whose opening is that property's definition
 * @param code what the page says of {@code CloseEvent.code}
 * @param reason what the page says of {@code CloseEvent.reason}
 * @param wasClean what the page says of {@code CloseEvent.wasClean}
 */
public record PageProse(RichText summary, RichText code, RichText reason, RichText wasClean) {

  public static final PageProse EMPTY =
      new PageProse(RichText.EMPTY, RichText.EMPTY, RichText.EMPTY, RichText.EMPTY);
}
