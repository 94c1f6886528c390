package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.model.RichText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A macro shows as MDN shows it: its arguments are taken by position, quoted or not, so a number
 * before the display text ({@code RFC(6455, "Status codes")}) does not move the text along.
 */
class MacrosTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {{domxref("CloseEvent.code")}} was read.                 | CloseEvent.code was read.
      {{domxref("CloseEvent.code", "code")}} was read.         | code was read.
      {{ domxref( 'CloseEvent.code' , 'code' ) }} was read.    | code was read.
      Like {{HTTPStatus("502", "Bad Gateway")}}.               | Like Bad Gateway.
      Like {{HTTPStatus(502)}}.                                | Like 502.
      An {{Frobnicate(1, "x")}} macro.                         | An x macro.
      An {{Frobnicate("x", 2)}} macro.                         | An x macro.
      An {{Frobnicate("x", "a, b")}} macro.                    | An a, b macro.
      See {{RFC(6455)}}.                                       | See RFC 6455.
      See {{RFC(6455, "Status codes")}}.                       | See RFC 6455: Status codes.
      See {{RFC(6455, "Status codes", "7.4.1")}}.              | See RFC 6455, section 7.4.1: Status codes.
      See {{rfc("6455", "", "7.4")}}.                          | See RFC 6455, section 7.4.
      Gone {{Deprecated_Inline}} now.                          | Gone now.
      """)
  void aMacroShowsItsDisplayTextByPosition(String written, String shown) {
    assertEquals(shown, new RichText(RichTexts.normalize(Macros.expand(written))).plainText(), written);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {{domxref("CloseEvent.code")}}                 | CloseEvent.code
      {{domxref("CloseEvent.code", "code")}} is it.  | CloseEvent.code
      {{ domxref( 'CloseEvent.reason' ) }}           | CloseEvent.reason
      {{Frobnicate(1, "CloseEvent.code")}}           | CloseEvent.code
      {{domxref("a, b", "c")}}                       | a, b
      {{domxref(CloseEvent.code)}}                   | ``
      {{ReadOnlyInline}} {{domxref("CloseEvent")}}   | ``
      no macro at all                                | ``
      """)
  void aMacroRefersToItsFirstQuotedArgument(String written, String target) {
    assertEquals(target, Macros.target(written), written);
  }
}
