package dev.closecodes.example.peers;

import dev.closecodes.example.CloseEvent;
import dev.closecodes.example.CloseFrames;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty 12 WebSocket server on 127.0.0.1, for the peers to talk to. Its endpoints:
 *
 * <ul>
 *   <li>{@code /echo}: waits for the client to close, answers the close, and records what the
 *       client sent in {@link #closesReceived()}
 *   <li>{@code /close?code=N&reason=R}: closes at once with that code and reason
 *   <li>{@code /empty}: closes at once with a close frame that carries no code
 *   <li>{@code /drop}: drops the TCP connection at once, with no close frame
 * </ul>
 *
 * <p>{@code /} serves an empty page for a browser to run scripts in.
 */
public final class PeerServer implements AutoCloseable {

  /**
   * A close the server received.
   *
   * @param code the code the client sent
   * @param reason the reason the client sent
   */
  public record ReceivedClose(int code, String reason) {}

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final BlockingQueue<ReceivedClose> closesReceived = new LinkedBlockingQueue<>();

  public PeerServer() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ContextHandler context = new ContextHandler("/");
    WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(server, context, container -> {
      container.setIdleTimeout(Duration.ofSeconds(30));
      container.addMapping("/echo", (request, response, callback) -> new Endpoint(Action.ECHO, Map.of(), closesReceived));
      container.addMapping("/close", (request, response, callback) ->
          new Endpoint(Action.CLOSE, query(request.getHttpURI().getQuery()), closesReceived));
      container.addMapping("/empty", (request, response, callback) -> new Endpoint(Action.EMPTY, Map.of(), closesReceived));
      container.addMapping("/drop", (request, response, callback) -> new Endpoint(Action.DROP, Map.of(), closesReceived));
    });
    webSockets.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        Content.Sink.write(response, true, "<!doctype html><title>closecodes peers</title>", callback);
        return true;
      }
    });
    context.setHandler(webSockets);
    server.setHandler(context);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public URI httpUri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  /** {@code ws://127.0.0.1:PORT} followed by {@code path}. */
  public URI webSocketUri(String path) {
    return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + path);
  }

  /** The closes clients sent to {@code /echo}, in order. */
  public BlockingQueue<ReceivedClose> closesReceived() {
    return closesReceived;
  }

  /**
   * Waits for the close a client sent with this code, passing over the abnormal closures that
   * earlier, aborted connections left.
   */
  public ReceivedClose awaitClose(int code) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      ReceivedClose received = closesReceived.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      if (received != null && (received.code() == code || received.code() != 1006)) {
        return received;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("the server did not stop", e);
    }
  }

  private static Map<String, String> query(String query) {
    Map<String, String> parameters = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return parameters;
  }

  enum Action { ECHO, CLOSE, EMPTY, DROP }

  /** One connection's endpoint. Public: Jetty calls its methods reflectively. */
  public static final class Endpoint implements Session.Listener.AutoDemanding {
    private final Action action;
    private final Map<String, String> parameters;
    private final BlockingQueue<ReceivedClose> closesReceived;

    Endpoint(Action action, Map<String, String> parameters, BlockingQueue<ReceivedClose> closesReceived) {
      this.action = action;
      this.parameters = parameters;
      this.closesReceived = closesReceived;
    }

    @Override
    public void onWebSocketOpen(Session session) {
      switch (action) {
        case CLOSE -> {
          int code = Integer.parseInt(parameters.get("code"));
          String reason = parameters.getOrDefault("reason", "");
          CloseFrames.requireSendable(code, reason); // what Jetty would send, the generated rules allow
          session.close(code, reason, org.eclipse.jetty.websocket.api.Callback.NOOP);
        }
        case EMPTY -> session.close(StatusCode.NO_CODE, null, org.eclipse.jetty.websocket.api.Callback.NOOP);
        case DROP -> session.disconnect();
        case ECHO -> {
          // wait for the client
        }
      }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
      if (action == Action.ECHO) {
        CloseEvent event = CloseEvent.received(statusCode, reason);
        closesReceived.add(new ReceivedClose(event.code(), event.reason()));
      }
    }
  }
}
