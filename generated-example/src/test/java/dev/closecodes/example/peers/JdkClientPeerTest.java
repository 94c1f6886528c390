package dev.closecodes.example.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.example.CloseCodes;
import dev.closecodes.example.CloseEvent;
import dev.closecodes.example.CloseFrames;
import java.net.ProtocolException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JDK's {@code java.net.http.WebSocket} client against the same server. */
class JdkClientPeerTest {

  private static PeerServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    server = new PeerServer();
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /**
   * What the client's listener heard first: the close event of its {@code onClose}, or the error of
   * its {@code onError}. The JDK has no "was clean" flag: it reports a connection that ended without
   * a close frame through {@code onClose} with 1006, which {@code CloseEvent.received} reads as such.
   */
  record Outcome(CloseEvent event, Throwable error) {
    static Outcome of(CloseEvent event) {
      return new Outcome(event, null);
    }
  }

  static final class Heard implements WebSocket.Listener {
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      outcome.complete(Outcome.of(CloseEvent.received(statusCode, reason)));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      outcome.complete(new Outcome(null, error));
    }
  }

  static Heard connect(String path) throws Exception {
    Heard heard = new Heard();
    client.newWebSocketBuilder().buildAsync(server.webSocketUri(path), heard).get(10, TimeUnit.SECONDS);
    return heard;
  }

  static Stream<Integer> wireCodes() {
    return BoundaryCodes.ALL.stream().filter(CloseCodes::mayTravelInCloseFrame);
  }

  /** What the JDK client hears when the server closes with a code, measured. */
  static Outcome heardFromServer(int code, String reason) throws Exception {
    Heard heard = connect("/close?code=" + code + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
    return heard.outcome.get(10, TimeUnit.SECONDS);
  }

  @ParameterizedTest(name = "the server closes with {0}")
  @MethodSource("wireCodes")
  void onCloseReceivesWhatTheRuntimeSays(int code) throws Exception {
    String reason = "server says bye ✓";
    Outcome heard = heardFromServer(code, reason);
    if (code == 1010) {
      // RFC 6455 defines 1010 as a client's complaint that the server did not negotiate an
      // extension; the JDK fails the connection when a server sends it. Browsers accept it.
      assertTrue(heard.error() instanceof ProtocolException, String.valueOf(heard));
    } else {
      assertEquals(Outcome.of(CloseFrames.receive(CloseFrames.encode(code, reason))), heard);
    }
  }

  @Test
  void anEmptyClosePayloadIsNoStatus() throws Exception {
    Heard heard = connect("/empty");
    assertEquals(Outcome.of(CloseFrames.receive(new byte[0])), heard.outcome.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aDroppedConnectionIsAbnormal() throws Exception {
    Heard heard = connect("/drop");
    assertEquals(Outcome.of(CloseFrames.noCloseFrame()), heard.outcome.get(10, TimeUnit.SECONDS));
  }

  /** Which boundary codes {@code sendClose} accepts, measured one connection a code. */
  static SortedSet<Integer> codesSendCloseAccepts() throws Exception {
    SortedSet<Integer> accepted = new TreeSet<>();
    try (PeerServer echo = new PeerServer()) {
      for (int code : BoundaryCodes.ALL) {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(echo.webSocketUri("/echo"), new Heard()).get(10, TimeUnit.SECONDS);
        try {
          socket.sendClose(code, "").get(10, TimeUnit.SECONDS);
          accepted.add(code);
          PeerServer.ReceivedClose received = echo.awaitClose(code);
          if (received == null || received.code() != code) {
            throw new AssertionError("the server did not receive close " + code + ": " + received);
          }
        } catch (ExecutionException | IllegalArgumentException e) {
          Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
          if (!(cause instanceof IllegalArgumentException)) {
            throw e;
          }
          socket.abort();
        }
      }
    }
    return accepted;
  }

  @Test
  void sendCloseAcceptsOnlyCodesThatMayTravel() throws Exception {
    SortedSet<Integer> accepted = codesSendCloseAccepts();
    assertFalse(accepted.isEmpty());
    for (int code : accepted) {
      assertTrue(CloseCodes.mayTravelInCloseFrame(code), "the JDK sends " + code);
    }
    assertTrue(accepted.contains(1000));
    assertNull(accepted.stream().filter(CloseCodes::isReportedLocallyOnly).findFirst().orElse(null));
  }

}
