package dev.closecodes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  /**
   * The close-code interfaces of these APIs, in the order {@code CloseCode} implements them, this
   * enum's: the generated source and the lock file name them alike, whatever the set.
   *
   * @param apis the APIs
   * @return the canonical names of their close-code interfaces
   */
  public static List<String> closeCodeInterfaces(Set<WebSocketApi> apis) {
    List<String> interfaces = new ArrayList<>();
    for (WebSocketApi api : values()) {
      if (apis.contains(api)) {
        interfaces.add(api.closeCodeInterface);
      }
    }
    return interfaces;
  }

  /** {@return the API's name, as the generated Javadoc gives it} */
  public String shownName() {
    return shownName;
  }
}
