package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update} behind a company's proxy, as MDN's sources are reached: an https address, so a
 * tunnel through the proxy ({@code CONNECT}), which asks for a user and password first. Java's
 * HTTP client gives a tunnelling proxy no Basic login unless its JVM is told it may, so the command
 * runs in a JVM of its own, as it does for a user; it trusts the loopback HTTPS server's certificate
 * through a trust store made here. Nothing leaves the machine.
 */
class ProxyTunnelTest {

  private static final String HOST = "mdn-sources.invalid";
  private static final String PAGE_PATH = "/mdn/content/main/files/en-us/web/api/closeevent/index.md";
  private static final String STORE_PASSWORD = "loopback";

  @TempDir Path work;
  private HttpsServer mdn;
  private ServerSocket proxy;
  private final ExecutorService tunnels = Executors.newCachedThreadPool();
  private final List<String> connects = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    Path store = work.resolve("loopback.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "mdn", "-keyalg", "EC", "-dname", "CN=" + HOST, "-ext", "san=dns:" + HOST,
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
        .redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, keytool.waitFor(), said);

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, STORE_PASSWORD.toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, STORE_PASSWORD.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keyManagers.getKeyManagers(), null, null);

    String fixture = Files.readString(Path.of("src/test/resources/fixtures/small/index.md"), StandardCharsets.UTF_8);
    byte[] served = fixture.replace("Restart", "Restarting").getBytes(StandardCharsets.UTF_8);
    mdn = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    mdn.setHttpsConfigurator(new HttpsConfigurator(tls));
    mdn.createContext("/", exchange -> {
      boolean known = exchange.getRequestURI().getPath().equals(PAGE_PATH);
      exchange.sendResponseHeaders(known ? 200 : 404, known ? served.length : -1);
      if (known) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(served);
        }
      }
      exchange.close();
    });
    mdn.start();

    proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    tunnels.execute(() -> {
      while (!proxy.isClosed()) {
        try {
          Socket client = proxy.accept();
          tunnels.execute(() -> serveTunnel(client));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    mdn.stop(0);
    tunnels.shutdownNow();
  }

  /**
   * A proxy as a company runs one: {@code CONNECT} to {@link #HOST} only with the user
   * {@code ci-bot} and the password {@code p@ss:w%rd}, else 407, on the same connection.
   */
  private void serveTunnel(Socket client) {
    String expected =
        "Basic " + Base64.getEncoder().encodeToString("ci-bot:p@ss:w%rd".getBytes(StandardCharsets.UTF_8));
    try (client) {
      BufferedReader head =
          new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream toClient = client.getOutputStream();
      while (true) {
        String requestLine = head.readLine();
        if (requestLine == null) {
          return;
        }
        String authorization = null;
        for (String line = head.readLine(); line != null && !line.isEmpty(); line = head.readLine()) {
          if (line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
            authorization = line.substring(20).strip();
          }
        }
        synchronized (connects) {
          connects.add(requestLine + (authorization == null ? "" : " (with a login)"));
        }
        if (!requestLine.startsWith("CONNECT " + HOST + ":443 ") || !expected.equals(authorization)) {
          toClient.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
              + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          toClient.flush();
          continue;
        }
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), mdn.getAddress().getPort())) {
          toClient.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          toClient.flush();
          // The client speaks TLS only after the 200, so the reader has buffered none of it.
          tunnels.execute(() -> copy(upstream, client));
          copy(client, upstream);
        }
        return;
      }
    } catch (IOException closed) {
      // the client or the server ended the tunnel
    }
  }

  private static void copy(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException closed) {
      // either end closed
    }
  }

  /** {@code update} of a copy of the fixture page, in a JVM of its own, with {@code https_proxy} as given. */
  private MainTest.Run update(String httpsProxy) throws Exception {
    Path page = work.resolve("mdn/en-us/web/api/closeevent/index.md");
    Files.createDirectories(page.getParent());
    Files.copy(Path.of("src/test/resources/fixtures/small/index.md"), page,
        StandardCopyOption.REPLACE_EXISTING);
    ProcessBuilder builder = MainTest.inItsOwnJvm(
        List.of("-Djavax.net.ssl.trustStore=" + work.resolve("loopback.p12"),
            "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12"),
        List.of("update", "--timeout", "20", "--base", "https://" + HOST, page.toString()));
    builder.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
    builder.environment().put("https_proxy", httpsProxy);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] err = process.getErrorStream().readAllBytes();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ended");
    return new MainTest.Run(process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void aTunnelThroughAProxyThatAsksForALoginIsGivenTheOneInItsAddress() throws Exception {
    String at = "@127.0.0.1:" + proxy.getLocalPort();
    MainTest.Run run = update("http://ci-bot:p%40ss:w%25rd" + at);
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("1 row(s) changed"), run.out());
    synchronized (connects) {
      assertEquals("CONNECT " + HOST + ":443 HTTP/1.1 (with a login)", connects.get(connects.size() - 1),
          connects::toString);
    }

    MainTest.Run refused = update("http://ci-bot:wrong-one" + at);
    assertEquals(1, refused.status(), refused.err());
    assertEquals("closecodes: error: cannot fetch https://" + HOST + PAGE_PATH + ": the proxy refused the user and"
        + " password given in https_proxy (HTTP 407)", refused.err().strip());
    assertFalse(refused.err().contains("wrong-one"), refused.err());

    MainTest.Run none = update("http://127.0.0.1:" + proxy.getLocalPort());
    assertEquals(1, none.status(), none.err());
    assertEquals("closecodes: error: cannot fetch https://" + HOST + PAGE_PATH + ": the proxy asks for a user and"
        + " password (HTTP 407); give them in https_proxy as http://USER:PASSWORD@HOST:PORT", none.err().strip());
  }
}
