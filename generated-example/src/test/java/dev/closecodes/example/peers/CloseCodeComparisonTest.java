package dev.closecodes.example.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.example.CloseCodes;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import jakarta.websocket.CloseReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import okhttp3.internal.ws.WebSocketProtocol;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.junit.jupiter.api.Test;

/**
 * Measures, for the boundary codes, what each peer and library accepts, beside the generated
 * checks, and keeps the README's table equal to what was measured. The table is written to
 * {@code target/close-code-comparison.md} on every run.
 */
class CloseCodeComparisonTest {

  private static final String START = "<!-- close-code-comparison:start -->";
  private static final String END = "<!-- close-code-comparison:end -->";

  /** The columns, in order; each answers whether a code is accepted. */
  private static Map<String, IntPredicate> libraryColumns() {
    Map<String, IntPredicate> columns = new LinkedHashMap<>();
    columns.put("generated `mayTravelInCloseFrame`", CloseCodes::mayTravelInCloseFrame);
    columns.put("generated `mayPassToBrowserClose`", CloseCodes::mayPassToBrowserClose);
    columns.put("Netty 4.1 `isValidStatusCode`", WebSocketCloseStatus::isValidStatusCode);
    columns.put("Jetty 12 `isTransmittableStatusCode`", CloseStatus::isTransmittableStatusCode);
    columns.put("OkHttp 4 `validateCloseCode`", code -> WebSocketProtocol.INSTANCE.closeCodeExceptionMessage(code) == null);
    columns.put("Jakarta WebSocket 2.2 `getCloseCode`", code -> {
      try {
        CloseReason.CloseCodes.getCloseCode(code);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    });
    columns.put("javax.websocket 1.1 `getCloseCode`", code -> {
      try {
        javax.websocket.CloseReason.CloseCodes.getCloseCode(code);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    });
    return columns;
  }

  @Test
  void theReadmeTableIsWhatThePeersDo() throws Exception {
    Set<Integer> jdkSendClose = JdkClientPeerTest.codesSendCloseAccepts();
    Optional<List<Integer>> chromiumClose = chromiumCloseAccepts();

    Map<String, IntPredicate> columns = new LinkedHashMap<>();
    Map<String, IntPredicate> libraries = libraryColumns();
    List<String> names = new ArrayList<>(libraries.keySet());
    columns.put(names.get(0), libraries.get(names.get(0)));
    columns.put(names.get(1), libraries.get(names.get(1)));
    chromiumClose.ifPresent(accepted -> columns.put("Chromium `WebSocket.close(code)`", accepted::contains));
    columns.put("JDK `WebSocket.sendClose`", jdkSendClose::contains);
    for (String name : names.subList(2, names.size())) {
      columns.put(name, libraries.get(name));
    }
    String table = table(columns);
    Path written = Path.of("target", "close-code-comparison.md");
    Files.writeString(written, table, StandardCharsets.UTF_8);

    // The browser must do exactly what the generated check says.
    chromiumClose.ifPresent(accepted -> BoundaryCodes.ALL.forEach(code ->
        assertEquals(CloseCodes.mayPassToBrowserClose(code), accepted.contains(code), "Chromium close(" + code + ")")));
    jdkSendClose.forEach(code -> assertTrue(CloseCodes.mayTravelInCloseFrame(code), "the JDK sends " + code));

    assumeTrue(chromiumClose.isPresent(), Chromium.missing() + "; the README's table has a Chromium column");
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md has no " + START + " ... " + END + " block");
    assertEquals(table, readme.substring(start + START.length() + 1, end),
        "README.md's table differs from what was measured; copy " + written.toAbsolutePath() + " into it");
  }

  /** The boundary codes headless Chromium's {@code close(code)} accepts, or empty without a browser. */
  private static Optional<List<Integer>> chromiumCloseAccepts() throws Exception {
    Optional<Chromium> started = Chromium.start();
    if (started.isEmpty()) {
      return Optional.empty();
    }
    try (PeerServer server = new PeerServer(); Chromium browser = started.get()) {
      browser.open(server.httpUri().toString());
      List<Integer> accepted = new ArrayList<>();
      for (int code : BoundaryCodes.ALL) {
        Map<String, Object> result = browser.runAsync(BrowserPeerTest.CLOSE_SCRIPT,
            server.webSocketUri("/echo").toString(), Integer.toString(code), null);
        if (result.get("thrown") == null) {
          accepted.add(code);
        }
      }
      return Optional.of(accepted);
    }
  }

  private static String table(Map<String, IntPredicate> columns) {
    StringBuilder table = new StringBuilder("| code |");
    columns.keySet().forEach(name -> table.append(' ').append(name).append(" |"));
    table.append("\n| --- |");
    columns.keySet().forEach(name -> table.append(" --- |"));
    table.append('\n');
    for (int code : BoundaryCodes.ALL) {
      table.append("| ").append(code).append(" |");
      columns.values().forEach(accepts -> table.append(accepts.test(code) ? " yes |" : " no |"));
      table.append('\n');
    }
    return table.toString();
  }

}
