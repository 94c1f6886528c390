package dev.closecodes.example.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.closecodes.example.jakarta.CloseCode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With Jakarta WebSocket on its class path (the tests' package {@code dev.closecodes.example.jakarta};
 * the example's main types, built without it, implement nothing of it), the generated
 * {@code CloseCode} is a Jakarta {@code CloseReason.CloseCode}: a Jakarta server (Jetty's, on 127.0.0.1) closes with
 * {@code new CloseReason(CloseCode.X, reason)} and the JDK's client receives exactly that code.
 */
class JakartaPeerTest {

  private static Server server;
  private static URI uri;

  /** Closes the session with the code the client names in a text message. */
  public static final class ClosingEndpoint extends Endpoint {
    @Override
    public void onOpen(Session session, EndpointConfig config) {
      session.addMessageHandler(new MessageHandler.Whole<String>() {
        @Override
        public void onMessage(String name) {
          try {
            session.close(new CloseReason(CloseCode.valueOf(name), "closed with " + name));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    }
  }

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    server.setHandler(context);
    JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) ->
        container.addEndpoint(ServerEndpointConfig.Builder.create(ClosingEndpoint.class, "/close").build()));
    server.start();
    uri = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/close");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @Test
  void withoutJakartaOnTheClassPathCloseCodeImplementsNothingOfIt() {
    assertEquals(List.of(), List.of(dev.closecodes.example.CloseCode.class.getInterfaces()));
    // the tests' class path holds javax.websocket too
    assertEquals(List.of(CloseReason.CloseCode.class, javax.websocket.CloseReason.CloseCode.class),
        List.of(CloseCode.class.getInterfaces()));
  }

  @ParameterizedTest
  @EnumSource(names = {"NORMAL_CLOSURE", "GOING_AWAY", "SERVICE_RESTART", "TRY_AGAIN_LATER", "BAD_GATEWAY"})
  void aJakartaServerClosesWithTheGeneratedCode(CloseCode code) throws Exception {
    CloseReason.CloseCode jakarta = code; // no adapter: the generated enum is one
    assertEquals(code.code(), jakarta.getCode());
    assertSame(code, new CloseReason(code, "x").getCloseCode());

    CompletableFuture<String> closed = new CompletableFuture<>();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(uri, new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
          }

          @Override
          public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
          }
        })
        .get(10, TimeUnit.SECONDS);
    socket.sendText(code.name(), true);
    assertEquals(code.code() + " closed with " + code.name(), closed.get(10, TimeUnit.SECONDS));
  }
}
