package dev.closecodes.model;

/**
 * A WebSocket API for Java whose {@code CloseReason} takes a close code of its own interface.
 * {@code CloseCode} implements the interface of each one the consumer compiles against, so that a
 * constant goes straight into {@code new CloseReason(code, reason)}.
 */
public enum WebSocketApi {

  /** Jakarta WebSocket, of Jakarta EE 9 and later. */
  JAKARTA("jakarta.websocket.CloseReason.CloseCode", "Jakarta WebSocket"),

  /**
   * The same API under its first name, {@code javax.websocket} (JSR 356), as Java EE 8, Tomcat 9,
   * Jetty 9 and Spring Boot 2 have it.
   */
  JAVAX("javax.websocket.CloseReason.CloseCode", "javax.websocket");

  private final String closeCodeInterface;
  private final String shownName;

  WebSocketApi(String closeCodeInterface, String shownName) {
    this.closeCodeInterface = closeCodeInterface;
    this.shownName = shownName;
  }

  /** {@return the canonical name of the API's close-code interface} */
  public String closeCodeInterface() {
    return closeCodeInterface;
  }

  /** {@return the API's name, as the generated Javadoc gives it} */
  public String shownName() {
    return shownName;
  }
}
