package dev.closecodes.example.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.example.CloseCodes;
import dev.closecodes.example.CloseEvent;
import dev.closecodes.example.CloseFrames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real browser against a real server: what headless Chromium's {@code WebSocket} does must be
 * what the generated checks and close-frame rules say it does.
 */
class BrowserPeerTest {

  /** Opens a socket, calls close(code, reason) once open, and reports the throw and the close event. */
  static final String CLOSE_SCRIPT = """
      const [url, code, reason, done] = arguments;
      const ws = new WebSocket(url);
      ws.onerror = () => {};
      ws.onclose = (event) => done({thrown: 'not opened', code: event.code, reason: event.reason, wasClean: event.wasClean});
      ws.onopen = () => {
        let thrown = null;
        try {
          if (reason === null) { ws.close(Number(code)); } else { ws.close(Number(code), reason); }
        } catch (e) {
          thrown = e.name;
          ws.close();
        }
        ws.onclose = (event) => done({thrown: thrown, code: event.code, reason: event.reason, wasClean: event.wasClean});
      };
      """;

  /** Opens a socket and reports the close event the server's behaviour leads to. */
  static final String LISTEN_SCRIPT = """
      const [url, done] = arguments;
      const ws = new WebSocket(url);
      ws.onerror = () => {};
      ws.onclose = (event) => done({code: event.code, reason: event.reason, wasClean: event.wasClean});
      """;

  private static PeerServer server;
  private static Optional<Chromium> chromium;

  @BeforeAll
  static void start() throws Exception {
    server = new PeerServer();
    chromium = Chromium.start();
    chromium.ifPresent(browser -> browser.open(server.httpUri().toString()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null && chromium.isPresent()) {
      chromium.get().close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static Chromium browser() {
    assumeTrue(chromium.isPresent(), Chromium.missing());
    return chromium.get();
  }

  static CloseEvent event(Map<String, Object> result) {
    return new CloseEvent(((Number) result.get("code")).intValue(), (String) result.get("reason"),
        (Boolean) result.get("wasClean"));
  }

  static Stream<Integer> boundaryCodes() {
    return BoundaryCodes.ALL.stream();
  }

  @ParameterizedTest(name = "close({0})")
  @MethodSource("boundaryCodes")
  void closeThrowsExactlyWhenTheGeneratedCheckSaysSo(int code) throws InterruptedException {
    server.closesReceived().clear();
    Map<String, Object> result =
        browser().runAsync(CLOSE_SCRIPT, server.webSocketUri("/echo").toString(), Integer.toString(code), null);
    if (CloseCodes.mayPassToBrowserClose(code)) {
      assertNull(result.get("thrown"), "close(" + code + ") threw");
      assertEquals(new CloseEvent(code, "", true), event(result));
      assertEquals(new PeerServer.ReceivedClose(code, ""), server.awaitClose(code));
    } else {
      assertEquals("InvalidAccessError", result.get("thrown"), "close(" + code + ")");
    }
  }

  @ParameterizedTest(name = "close({0}) as web-platform-tests writes it")
  @MethodSource("webPlatformCodes")
  void closeWithWebPlatformTestsValues(String jsValue, int clamped) {
    Map<String, Object> result = browser().runAsync(CLOSE_SCRIPT, server.webSocketUri("/echo").toString(), jsValue, null);
    assertEquals(CloseCodes.mayPassToBrowserClose(clamped) ? null : "InvalidAccessError", result.get("thrown"));
  }

  static Stream<Arguments> webPlatformCodes() {
    return Stream.of(Arguments.of("NaN", 0), Arguments.of(String.valueOf(0x10000 + 1000), 65535),
        Arguments.of("500", 500), Arguments.of("3999.4", 3999));
  }

  @ParameterizedTest(name = "close(1000, reason of {0})")
  @MethodSource("reasons")
  void reasonsPastTheLimitThrowSyntaxError(String description, String reason) throws InterruptedException {
    server.closesReceived().clear();
    Map<String, Object> result = browser().runAsync(CLOSE_SCRIPT, server.webSocketUri("/echo").toString(), "1000", reason);
    if (CloseCodes.isAcceptableReason(reason)) {
      assertNull(result.get("thrown"));
      assertEquals(new CloseEvent(1000, reason, true), event(result));
      assertEquals(new PeerServer.ReceivedClose(1000, reason), server.awaitClose(1000));
    } else {
      assertEquals("SyntaxError", result.get("thrown"));
    }
  }

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of("123 ASCII bytes", "r".repeat(123)),
        Arguments.of("124 ASCII bytes", "r".repeat(124)),
        Arguments.of("123 bytes of é", "é".repeat(61) + "r"),
        Arguments.of("124 bytes of é", "é".repeat(62)),
        Arguments.of("an emoji", "bye 😳"));
  }

  @ParameterizedTest(name = "the server closes with {0}")
  @MethodSource("wireCodes")
  void theBrowserSeesTheServersCloseAsTheRuntimeSays(int code) {
    String reason = "server says bye ✓";
    String url = server.webSocketUri("/close?code=" + code + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)).toString();
    CloseEvent expected = CloseFrames.receivedByBrowser(CloseFrames.encode(code, reason));
    assertEquals(expected, event(browser().runAsync(LISTEN_SCRIPT, url)));
  }

  static Stream<Integer> wireCodes() {
    return BoundaryCodes.ALL.stream().filter(CloseCodes::mayTravelInCloseFrame);
  }

  @Test
  void anEmptyClosePayloadIsNoStatus() {
    CloseEvent expected = CloseFrames.receivedByBrowser(new byte[0]);
    assertEquals(new CloseEvent(1005, "", true), expected);
    assertEquals(expected, event(browser().runAsync(LISTEN_SCRIPT, server.webSocketUri("/empty").toString())));
  }

  @Test
  void aDroppedConnectionIsAbnormal() {
    CloseEvent expected = CloseFrames.noCloseFrame();
    assertEquals(expected, event(browser().runAsync(LISTEN_SCRIPT, server.webSocketUri("/drop").toString())));
  }

  @Test
  void closeWithNoArgumentsSendsNoStatus() throws InterruptedException {
    server.closesReceived().clear();
    String script = """
        const [url, done] = arguments;
        const ws = new WebSocket(url);
        ws.onopen = () => ws.close();
        ws.onclose = (event) => done({code: event.code, reason: event.reason, wasClean: event.wasClean});
        """;
    assertEquals(CloseFrames.receivedByBrowser(new byte[0]), event(browser().runAsync(script, server.webSocketUri("/echo").toString())));
    assertEquals(1005, server.awaitClose(1005).code());
  }
}
