package dev.closecodes.example.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javax.websocket.CloseReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where javax.websocket (JSR 356: Tomcat 9, Jetty 9, Spring Boot 2) is on the class path, a
 * constant goes into its {@code CloseReason} as it is, and means the code javax.websocket's own
 * constants mean; a server of that API sends {@code getCloseCode().getCode()}.
 */
class JavaxCloseReasonTest {

  @ParameterizedTest
  @EnumSource(CloseCode.class)
  void aConstantIsJavaxWebSocketsCloseCodeOfTheSameCode(CloseCode code) {
    CloseReason.CloseCode javax = code; // no adapter: the generated enum is one
    assertEquals(code.code(), javax.getCode());
    CloseReason reason = new CloseReason(code, "closed with " + code);
    assertSame(code, reason.getCloseCode());
    assertEquals(code.code(), reason.getCloseCode().getCode());
    // javax.websocket's own lookup, which a receiving endpoint uses, gives the same code back
    assertEquals(code.code(), CloseReason.CloseCodes.getCloseCode(code.code()).getCode());
  }
}
