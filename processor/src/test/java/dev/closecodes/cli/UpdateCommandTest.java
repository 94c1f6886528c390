package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.SpecSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closecodes update} against a real HTTP server on the loopback address, laid out as
 * GitHub serves MDN's sources raw ({@code /OWNER/REPO/main/files/LOCALE/SLUG/index.md}), serving
 * fixture pages and the real pages of the corpus. Nothing leaves the machine.
 */
class UpdateCommandTest {

  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/small/index.md");

  @TempDir Path work;
  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  /** Paths whose answer stops after its first bytes until the test ends, as a stalled server's does. */
  private final Set<String> stalled = ConcurrentHashMap.newKeySet();
  private final CountDownLatch testOver = new CountDownLatch(1);
  private final List<String> requested = new ArrayList<>();
  private String base;
  /** The {@code Proxy-Authorization} the server asks of a request, acting as a proxy; null for none. */
  private volatile String proxyAuthorization;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      synchronized (requested) {
        requested.add(exchange.getRequestURI().getPath());
      }
      String path = exchange.getRequestURI().getPath();
      if (proxyAuthorization != null
          && !proxyAuthorization.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
        exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"corp\"");
        exchange.sendResponseHeaders(407, -1);
        exchange.close();
        return;
      }
      byte[] body = served.get(path);
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        try (OutputStream out = exchange.getResponseBody()) {
          if (stalled.contains(path)) {
            out.write(body, 0, 16);
            out.flush();
            awaitTheTestsEnd();
          }
          out.write(body);
        } catch (IOException closedByTheClient) {
          // a stalled answer's reader gave up
        }
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    testOver.countDown();
    server.stop(0);
  }

  private void awaitTheTestsEnd() {
    try {
      testOver.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void anAnswerThatStallsIsAnErrorWhenTheTimeoutEndsNotAHang() throws IOException {
    Path page = localFixture();
    String address = "/mdn/content/main/files/en-us/web/api/closeevent/index.md";
    served.put(address, Files.readAllBytes(FIXTURE));
    stalled.add(address);

    long start = System.nanoTime();
    MainTest.Run run = MainTest.run("update", "--timeout", "1", "--base", base, page.toString());
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains("cannot fetch " + base + address + ": no whole answer within 1 s"), run.err());
    assertTrue(seconds < 10, "gave up after " + seconds + " s");
  }

  @Test
  void aTimeoutThatIsNoWholeNumberOfSecondsIsAUsageError() {
    for (String timeout : List.of("0", "-1", "1.5", "soon", "100000", "99999999999999999999")) {
      MainTest.Run run = MainTest.run("update", "--timeout", timeout, "page.md");
      assertEquals(2, run.status(), run.err());
      assertTrue(run.err().startsWith("closecodes: update: --timeout: '" + timeout + "' is not a number of seconds"
          + " from 1 to 3600"), run.err());
    }
  }

  /** The fixture page as a local copy at MDN's path for en-US's {@code Web/API/CloseEvent}. */
  private Path localFixture() throws IOException {
    return fixtureAt("mdn/en-us/web/api/closeevent/index.md");
  }

  /** The fixture page copied to the path, below the test's folder. */
  private Path fixtureAt(String path) throws IOException {
    Path page = work.resolve(path);
    Files.createDirectories(page.getParent());
    Files.copy(FIXTURE, page);
    return page;
  }

  @Test
  void showsTheRowsAndTheApiThatChangeAndWritesOnlyWhenAsked() throws IOException {
    Path page = localFixture();
    byte[] before = Files.readAllBytes(page);
    String current = Files.readString(FIXTURE, StandardCharsets.UTF_8)
        .replace("<td>Service Restart</td><td><strong>Reserved.</strong> See", "<td>Service Restart</td><td>Restarting. See")
        .replace("<tr><td><code>3000</code>", "<tr><td><code>1013</code></td><td>Try Again Later</td><td>Later.</td></tr>\n"
            + "        <tr><td><code>3000</code>");
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", current.getBytes(StandardCharsets.UTF_8));

    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("1013 added: Later."), run.out());
    assertTrue(run.out().contains("1012 re-described"), run.out());
    assertTrue(run.out().contains("2 row(s) changed"), run.out());
    assertTrue(run.out().contains("the generated API would gain CloseCode.TRY_AGAIN_LATER (1013)"), run.out());
    assertTrue(run.out().contains("CloseCodes.mayTravelInCloseFrame would accept"), run.out());
    assertTrue(run.out().contains("not written: run again with --write"), run.out());
    assertArrayEquals(before, Files.readAllBytes(page), "not written without --write");

    MainTest.Run written = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(0, written.status(), written.err());
    assertEquals(current, Files.readString(page, StandardCharsets.UTF_8));
    MainTest.Run again = MainTest.run("update", "--base", base, page.toString());
    assertTrue(again.out().contains("0 row(s) changed") && again.out().contains("0 change(s) to the generated API"),
        again.out());
  }

  /**
   * A page kept as a link to a file elsewhere (a checkout shared by projects) stays a link: the
   * file it names is what {@code --write} replaces.
   */
  @Test
  void writingAPageThatIsALinkReplacesTheFileItNamesAndKeepsTheLink() throws IOException {
    Path page = localFixture();
    Path shared = Files.move(page, page.resolveSibling("shared-copy.md"));
    Files.createSymbolicLink(page, shared.getFileName());
    String current = Files.readString(FIXTURE, StandardCharsets.UTF_8).replace("Restart", "Restarting");
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", current.getBytes(StandardCharsets.UTF_8));

    MainTest.Run written = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(0, written.status(), written.err());
    assertTrue(Files.isSymbolicLink(page), "still a link");
    assertEquals(current, Files.readString(shared, StandardCharsets.UTF_8));
  }

  /**
   * A copy that is MDN's page byte for byte is said to be current, with nothing to write; one
   * whose rows are the same but whose text is not (the generated Javadoc carries that text, and
   * {@code CloseCodes} the page's SHA-256) is said to differ, where "0 row(s) changed" alone read
   * as nothing to take.
   */
  @Test
  void updateSaysWhetherThePageIsMdnsByteForByte() throws IOException {
    Path page = localFixture();
    serveTheFixtureWith("", "");
    MainTest.Run current = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(0, current.status(), current.err());
    assertTrue(current.out().contains(page + " is MDN's current version, byte for byte: nothing to write"),
        current.out());
    assertFalse(current.out().contains("wrote"), current.out());

    serveTheFixtureWith("is sent to", "is delivered to");
    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("0 row(s) changed"), run.out());
    assertTrue(run.out().contains(page + " differs from MDN's current version (first at line 8), though none of its"
        + " close-code rows does: the generated Javadoc carries the page's text, and CloseCodes its SHA-256"), run.out());
    assertTrue(run.out().contains("not written: run again with --write"), run.out());
  }

  /**
   * A scheduled job that watches MDN for a new version of the page runs {@code update --exit-code}:
   * 3 when MDN's page is not the copy byte for byte (a row, or only its text), 0 when it is, 1 on
   * an error, as {@code git diff --exit-code} tells differences, since 1 means an error here.
   */
  @Test
  void updateWithExitCodeExitsThreeWhenThePageChanged() throws IOException {
    Path page = localFixture();
    serveTheFixtureWith("", "");
    MainTest.Run current = MainTest.run("update", "--exit-code", "--base", base, page.toString());
    assertEquals(0, current.status(), current.err());

    serveTheFixtureWith("Restart", "Restarting");
    MainTest.Run behind = MainTest.run("update", "--exit-code", "--base", base, page.toString());
    assertEquals(3, behind.status(), behind.err());
    assertTrue(behind.out().contains("1 row(s) changed"), behind.out());
    assertEquals(0, MainTest.run("update", "--base", base, page.toString()).status(), "3 only when asked");

    serveTheFixtureWith("is sent to", "is delivered to");
    assertEquals(3, MainTest.run("update", "--exit-code", "--base", base, page.toString()).status(),
        "a page reworded outside its rows changes the generated Javadoc");

    served.clear();
    assertEquals(1, MainTest.run("update", "--exit-code", "--base", base, page.toString()).status(),
        "an error is 1, not 3");
  }

  /**
   * A registry that cannot be read is an error at its line, with exit 1, before anything is
   * fetched: {@code update} printed the rows that changed and exited 0, without a word of the
   * registry, when its generation of the API failed.
   */
  @Test
  void aRegistryThatCannotBeReadIsAnErrorAtItsLineAndNothingIsFetched() throws IOException {
    Path page = localFixture();
    byte[] before = Files.readAllBytes(page);
    Path registry = Files.writeString(work.resolve("codes.csv"), "1000,1000,Normal,wire,RFC 6455\n");
    serveTheFixtureWith("Restart", "Restarting");

    MainTest.Run run = MainTest.run("update", "--write", "--exit-code", "--registry", registry.toString(),
        "--base", base, page.toString());
    assertEquals(1, run.status(), run.out());
    assertTrue(run.err().contains(registry + ":1: error: the registry's header must be"), run.err());
    assertEquals(List.of(), requested);
    assertEquals("", run.out());
    assertArrayEquals(before, Files.readAllBytes(page));
  }

  /**
   * A registry's warnings are said, once, as {@code generate} says them: they name the constants
   * whose changes the command reports.
   */
  @Test
  void aRegistrysWarningIsSaidOnce() throws IOException {
    Path page = localFixture();
    Path registry = Files.writeString(work.resolve("codes.csv"), "from,to,name,status,reference\n"
        + "1000,1000,Normal Closure,wire,RFC 6455\n"
        + "1001,1001,Normal Closure,wire,RFC 6455\n");
    serveTheFixtureWith("Restart", "Restarting");

    MainTest.Run run = MainTest.run("update", "--registry", registry.toString(), "--base", base, page.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.err().lines().filter(line -> line.startsWith(registry + ":3: warning")).count(), run.err());
    assertTrue(run.out().contains("1 row(s) changed"), run.out());
  }

  /**
   * Behind a proxy that the environment names, as a CI job sets {@code https_proxy} for curl and
   * git, the page is fetched through it: here the loopback server is the proxy, and the host of
   * the address is one no resolver knows.
   */
  @Test
  void thePageIsFetchedThroughTheProxyTheEnvironmentNames() throws Exception {
    Path page = localFixture();
    serveTheFixtureWith("Restart", "Restarting");
    String[] args = {"update", "--base", "http://mdn-sources.invalid", page.toString()};
    MainTest.Run run = update(args, Map.of("http_proxy", base));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("1 row(s) changed"), run.out());
    assertEquals(List.of("/mdn/content/main/files/en-us/web/api/closeevent/index.md"), requested);

    MainTest.Run refused = update(args, Map.of("http_proxy", "socks5://127.0.0.1:1080"));
    assertEquals(1, refused.status());
    assertTrue(refused.err().startsWith("closecodes: error: cannot fetch"
        + " http://mdn-sources.invalid/mdn/content/main/files/en-us/web/api/closeevent/index.md: http_proxy:"),
        refused.err());
  }

  /**
   * Behind a proxy that asks for a user and password, as a company's proxy does, they are given
   * where the environment has them, in the proxy's address, as curl takes them; one the proxy
   * refuses, or none, is an error that says so, and never shows the password.
   */
  @Test
  void aProxyThatAsksForAUserAndPasswordIsGivenTheOnesInItsAddress() throws Exception {
    Path page = localFixture();
    serveTheFixtureWith("Restart", "Restarting");
    proxyAuthorization = "Basic " + Base64.getEncoder().encodeToString("ci-bot:p@ss:w%rd".getBytes(StandardCharsets.UTF_8));
    String proxy = base.replace("http://", "http://ci-bot:p%40ss:w%25rd@");
    String address = "http://mdn-sources.invalid/mdn/content/main/files/en-us/web/api/closeevent/index.md";
    String[] args = {"update", "--base", "http://mdn-sources.invalid", page.toString()};

    MainTest.Run run = update(args, Map.of("http_proxy", proxy));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("1 row(s) changed"), run.out());

    MainTest.Run refused = update(args, Map.of("http_proxy", base.replace("http://", "http://ci-bot:wrong-one@")));
    assertEquals(1, refused.status(), refused.err());
    assertEquals("closecodes: error: cannot fetch " + address + ": the proxy refused the user and password given"
        + " in http_proxy (HTTP 407)", refused.err().strip());

    MainTest.Run none = update(args, Map.of("http_proxy", base));
    assertEquals(1, none.status(), none.err());
    assertEquals("closecodes: error: cannot fetch " + address + ": the proxy asks for a user and password"
        + " (HTTP 407); give them in http_proxy as http://USER:PASSWORD@HOST:PORT", none.err().strip());
  }

  /**
   * Java's HTTP client sends a Basic login in ISO-8859-1, where curl sends the bytes given (UTF-8):
   * a proxy that takes a login beyond ASCII from curl can refuse it from closecodes, and the error
   * then says that this may be why.
   */
  @Test
  void aLoginBeyondAsciiThatTheProxyRefusesIsSaidToBeSentInIso88591() throws Exception {
    Path page = localFixture();
    serveTheFixtureWith("Restart", "Restarting");
    proxyAuthorization = "Basic " + Base64.getEncoder().encodeToString("j\u00f6rg:p\u00e4ss".getBytes(StandardCharsets.UTF_8));
    String[] args = {"update", "--base", "http://mdn-sources.invalid", page.toString()};

    MainTest.Run refused = update(args, Map.of("http_proxy", base.replace("http://", "http://j%C3%B6rg:p%C3%A4ss@")));
    assertEquals(1, refused.status(), refused.err());
    assertTrue(refused.err().contains("the proxy refused the user and password given in http_proxy (HTTP 407);"
        + " Java sends them in ISO-8859-1, not in UTF-8 as curl does, which may be why"), refused.err());
    assertFalse(refused.err().contains("p\u00e4ss"), refused.err());

    MainTest.Run ascii = update(args, Map.of("http_proxy", base.replace("http://", "http://ci-bot:wrong-one@")));
    assertFalse(ascii.err().contains("ISO-8859-1"), "a login in ASCII is the same bytes either way: " + ascii.err());
  }

  /** The command as text (a log line, a debugger) names the proxy variables, never what they hold. */
  @Test
  void theCommandAsTextShowsNoPassword() throws UsageException {
    String text = UpdateCommand.parse(new String[] {"update", "page.md"},
        Map.of("https_proxy", "http://ci-bot:s3cret@proxy.corp:3128", "PATH", "/bin")).toString();
    assertTrue(text.contains("https_proxy"), text);
    assertFalse(text.contains("s3cret") || text.contains("ci-bot"), text);
  }

  /** {@code update} with the environment given, in this JVM. */
  private static MainTest.Run update(String[] args, Map<String, String> environment) throws UsageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = UpdateCommand.parse(args, environment)
        .run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new MainTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * A page checked out with CRLF line ends (Git for Windows' default) is MDN's page but for them:
   * {@code update} said it differed from its first line, a scheduled {@code --exit-code} job failed
   * every day, and {@code --write} replaced every line end. It compares the text, says the line
   * ends differ only, and writes MDN's page with the file's own line ends.
   */
  @Test
  void aPageWithItsOwnLineEndsIsComparedAndWrittenWithThem() throws IOException {
    Path page = localFixture();
    String lf = Files.readString(page, StandardCharsets.UTF_8);
    Files.writeString(page, lf.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    serveTheFixtureWith("", "");
    MainTest.Run current = MainTest.run("update", "--write", "--exit-code", "--base", base, page.toString());
    assertEquals(0, current.status(), current.err() + current.out());
    assertTrue(current.out().contains(page + " is MDN's current version but for its line ends (CRLF, where MDN's are"
        + " LF): nothing to write"), current.out());
    assertEquals(lf.replace("\n", "\r\n"), Files.readString(page, StandardCharsets.UTF_8));

    serveTheFixtureWith("Restart", "Restarting");
    MainTest.Run written = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(0, written.status(), written.err());
    assertTrue(written.out().contains("wrote " + page + " from "), written.out());
    assertEquals(lf.replace("Restart", "Restarting").replace("\n", "\r\n"), Files.readString(page, StandardCharsets.UTF_8),
        "MDN's page, with the file's own line ends");
  }

  /** MDN serves the English fixture with one word replaced; with none, as it is. */
  private void serveTheFixtureWith(String word, String replacement) throws IOException {
    String text = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md",
        (word.isEmpty() ? text : text.replace(word, replacement)).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPageWhoseTableMovedToThePropertyPageFollowsIt() throws IOException {
    Path page = localFixture();
    String withoutTable = "---\ntitle: CloseEvent\nslug: Web/API/CloseEvent\n---\n\nSee {{domxref(\"CloseEvent.code\")}}.\n";
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", withoutTable.getBytes(StandardCharsets.UTF_8));
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/code/index.md", Files.readAllBytes(FIXTURE));

    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("has no close-code table any more; it is on the page of the property 'code', "
        + base + "/mdn/content/main/files/en-us/web/api/closeevent/code/index.md"), run.err());
    assertTrue(run.out().contains("0 row(s) changed"), run.out());
  }

  @Test
  void anUpstreamPageThatCannotBeReadIsAnErrorAtItsAddressNotFollowed() throws IOException {
    Path page = localFixture();
    byte[] before = Files.readAllBytes(page);
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", new byte[] {'<', 0, 'p', '>'});
    MainTest.Run run = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains(base + "/mdn/content/main/files/en-us/web/api/closeevent/index.md:1: error: this is a"
        + " binary file"), run.err());
    assertFalse(run.err().contains("has no close-code table any more"), run.err());
    assertFalse(requested.contains("/mdn/content/main/files/en-us/web/api/closeevent/code/index.md"), requested::toString);
    assertArrayEquals(before, Files.readAllBytes(page));
  }

  @Test
  void anUnreachablePageIsAnErrorAndNothingIsWritten() throws IOException {
    Path page = localFixture();
    byte[] before = Files.readAllBytes(page);
    MainTest.Run run = MainTest.run("update", "--write", "--base", base, page.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("closecodes: error: cannot fetch " + base
        + "/mdn/content/main/files/en-us/web/api/closeevent/index.md: HTTP 404"), run.err());
    assertArrayEquals(before, Files.readAllBytes(page));
  }

  @Test
  void aPageOutsideMdnsLayoutIsFoundByItsFrontMatterOrItsOptions() throws IOException {
    Path page = fixtureAt("src/closecodes/close-codes.md");
    served.put("/mdn/translated-content/main/files/fr/web/api/closeevent/code/index.md", Files.readAllBytes(FIXTURE));
    // The front matter gives the slug; the links give the locale (en-US), which is a guess, and said:
    // a translation links the pages not yet translated into en-US.
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", Files.readAllBytes(FIXTURE));
    MainTest.Run guessed = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, guessed.status(), guessed.err());
    assertTrue(guessed.err().contains(page + ":1: warning: the page's locale is taken to be en-US, where most of its"
        + " links into MDN's pages go, as its path names none; that is a guess"), guessed.err());
    MainTest.Run given = MainTest.run("update", "--base", base, "--locale", "fr", "--slug", "Web/API/CloseEvent/code",
        page.toString());
    assertEquals(0, given.status(), given.err());
    assertFalse(given.err().contains("locale is taken to be"), given.err());
    assertTrue(requested.contains("/mdn/translated-content/main/files/fr/web/api/closeevent/code/index.md"), requested::toString);

    // A copy that put a block of its own above the original front matter is still found by its slug.
    Path copy = work.resolve("src/closecodes/copy.md");
    Files.writeString(copy, "---\ntitle: a copy\nstatus: needs-translation\n---\n\n"
        + Files.readString(FIXTURE, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    requested.clear();
    MainTest.Run copied = MainTest.run("update", "--base", base, copy.toString());
    assertEquals(0, copied.status(), copied.err());
    assertTrue(requested.contains("/mdn/content/main/files/en-us/web/api/closeevent/index.md"), requested::toString);

    Path bare = work.resolve("src/closecodes/bare.md");
    Files.writeString(bare, Files.readString(FIXTURE, StandardCharsets.UTF_8).replace("slug: Web/API/CloseEvent\n", ""),
        StandardCharsets.UTF_8);
    MainTest.Run unknown = MainTest.run("update", "--base", base, bare.toString());
    assertEquals(1, unknown.status());
    assertTrue(unknown.err().contains(bare + ":1: error: cannot tell which MDN page"), unknown.err());
  }

  /** Why a page could not be fetched is said in words: the HTTP client's exceptions for these have no message. */
  @Test
  void aConnectionRefusedAndAnUnknownHostAreSaidInWords() throws IOException {
    Path page = localFixture();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    MainTest.Run refused = MainTest.run("update", "--timeout", "10", "--base", "http://127.0.0.1:" + closedPort,
        page.toString());
    assertEquals(1, refused.status(), refused.err());
    assertEquals("closecodes: error: cannot fetch http://127.0.0.1:" + closedPort
        + "/mdn/content/main/files/en-us/web/api/closeevent/index.md: no connection could be made to 127.0.0.1:"
        + closedPort + "\n", refused.err());

    // .invalid is a name no resolver may answer (RFC 2606)
    MainTest.Run unknown = MainTest.run("update", "--timeout", "10", "--base", "http://no-such-host.invalid",
        page.toString());
    assertEquals(1, unknown.status(), unknown.err());
    assertEquals("closecodes: error: cannot fetch http://no-such-host.invalid/mdn/content/main/files/en-us/web/api/"
        + "closeevent/index.md: the host no-such-host.invalid is not known\n", unknown.err());
  }

  /** A base address with more than a scheme, a host, a port and a path would be fetched as something else. */
  @Test
  void aBaseThatIsNoPlainAddressIsAUsageError() {
    for (String base : List.of("http://", "https://host#frag", "http://127.0.0.1:8765/?q=1", "http://exa mple.com",
        "http://127.0.0.1:99999", "http://[::1", "http://user:secret@example.com", "ftp://example.com", "example.com")) {
      assertUsageError("update: --base: '" + base + "' is not an http or https address such as"
          + " https://raw.githubusercontent.com (a host, a port and a path, nothing else)", "update", "--base", base,
          "page.md");
    }
    assertEquals(List.of(), requested);
  }

  /**
   * The locale and the slug become a path of the address fetched: one that is no language tag or
   * no slug is a usage error before anything is asked of the server, not a request for another path
   * ({@code ..}), a query, or an address the HTTP client refuses.
   */
  @Test
  void aLocaleOrSlugThatIsNoneIsAUsageErrorAndNothingIsFetched() throws IOException {
    Path page = localFixture();
    for (String locale : List.of("fr/../../de", "fr_FR", "xx-!!", "")) {
      assertUsageError("update: --locale: '" + locale + "' is not a language tag such as fr or en-US",
          "update", "--base", base, "--locale", locale, page.toString());
    }
    for (String slug : List.of("Web/API/Close Event", "/Web/API/CloseEvent/", "../../../x", "Web/API//CloseEvent",
        "Web/API/CloseEvent?x=1#y", "Web/API/%43loseEvent", "")) {
      assertUsageError("update: --slug: '" + slug + "' is not an MDN slug such as Web/API/CloseEvent (letters, digits,"
          + " '-', '_' and '.' between single slashes)", "update", "--base", base, "--slug", slug, page.toString());
    }
    assertEquals(List.of(), requested);
  }

  /** The command line is a usage error (exit 2) whose first line is {@code closecodes: MESSAGE}. */
  private static void assertUsageError(String message, String... args) {
    MainTest.Run run = MainTest.run(args);
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: " + message + "\n"), run.err());
  }

  /**
   * A page whose front matter gives the slug but whose locale cannot be told is an error that says
   * the locale is missing, not that the front matter has no slug. Where its words tell their
   * language, that is the locale, a guess that is said; where the language is that of more than
   * one of MDN's locales (Portuguese: pt-BR and pt-PT), it is an error that says so.
   */
  @Test
  void aPageWhoseLocaleCannotBeToldSaysSoNotThatItHasNoSlug() throws IOException {
    Path page = work.resolve("src/closecodes/close-codes.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "---\ntitle: CloseEvent\nslug: Web/API/CloseEvent\n---\n\n| Code | Name | Description |\n"
        + "| --- | --- | --- |\n| `1000` | Normal Closure | Done. |\n", StandardCharsets.UTF_8);
    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains(page + ":1: error: cannot tell which locale's MDN page " + page + " is a copy of"
        + " (the slug is Web/API/CloseEvent): its path has no MDN locale folder, its markup declares no language"
        + " and its links point into none; give it with --locale"), run.err());
    assertEquals(List.of(), requested);

    Files.writeString(page, Files.readString(FIXTURE, StandardCharsets.UTF_8).replace("/en-US/docs/", "/docs/"),
        StandardCharsets.UTF_8);
    served.put("/mdn/content/main/files/en-us/web/api/closeevent/index.md", Files.readAllBytes(FIXTURE));
    MainTest.Run english = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, english.status(), english.err());
    assertTrue(english.err().contains(page + ":1: warning: the page's locale is taken to be en-US, the language its"
        + " words are in"), english.err());
    assertEquals(List.of("/mdn/content/main/files/en-us/web/api/closeevent/index.md"), requested);

    requested.clear();
    Files.writeString(page, "---\ntitle: CloseEvent\nslug: Web/API/CloseEvent\n---\n\nO evento é enviado quando a"
        + " conexão é fechada, com o código e o motivo do fechamento da conexão pelo servidor ou pelo navegador, e"
        + " não há nada a fazer com ele em uma conexão que foi fechada.\n\n| Code | Name | Description |\n"
        + "| --- | --- | --- |\n| `1000` | Normal Closure | Fechamento normal da conexão. |\n", StandardCharsets.UTF_8);
    MainTest.Run portuguese = MainTest.run("update", "--base", base, page.toString());
    assertEquals(1, portuguese.status(), portuguese.err());
    assertTrue(portuguese.err().contains(page + ":1: error: cannot tell which locale's MDN page " + page + " is a"
        + " copy of (the slug is Web/API/CloseEvent): the page is taken to be of pt, which is no locale MDN"
        + " publishes pages in, or the language of more than one; give it with --locale"), portuguese.err());
    assertEquals(List.of(), requested);
  }

  /** A slug read from a page's front matter is held to the same form, and the error is at its line. */
  @Test
  void aFrontMatterSlugThatIsNoneIsAnErrorAtItsLineAndNothingIsFetched() throws IOException {
    Path page = work.resolve("src/closecodes/close-codes.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, Files.readString(FIXTURE, StandardCharsets.UTF_8)
        .replace("slug: Web/API/CloseEvent\n", "slug: ../../../../other/repository\n"), StandardCharsets.UTF_8);
    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(1, run.status(), run.err());
    // after the warning that the links gave the locale
    assertEquals(List.of(page + ":1: warning", page + ":3: error: the front matter's slug '../../../../other/repository'"
        + " is not an MDN slug such as Web/API/CloseEvent (letters, digits, '-', '_' and '.' between single slashes);"
        + " give the page's with --slug"),
        run.err().lines().map(line -> line.contains(": warning: ") ? line.substring(0, line.indexOf(": warning: ") + 9)
            : line).toList());
    assertEquals(List.of(), requested);
  }

  /**
   * Folders below a locale's folder that cannot be a slug ({@code My Pages}) are not MDN's layout:
   * the page is found by its front matter, as one outside that layout is.
   */
  @Test
  void aPathBelowALocaleFolderThatIsNoSlugIsNotTakenForOne() throws IOException {
    Path page = fixtureAt("mdn/fr/My Pages/index.md");
    served.put("/mdn/translated-content/main/files/fr/web/api/closeevent/index.md", Files.readAllBytes(FIXTURE));
    MainTest.Run run = MainTest.run("update", "--base", base, page.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(List.of("/mdn/translated-content/main/files/fr/web/api/closeevent/index.md"), requested);
  }

  @Test
  void theReceivedPageAgainstTheCurrentFrenchPageOfTheCorpus() throws IOException {
    Optional<Path> corpus = Corpus.mdnFolder();
    assumeTrue(corpus.isPresent(), "the MDN corpus is not on this machine");
    Path latest;
    try (var pages = Files.list(corpus.get().resolve("fr/closeevent"))) {
      latest = pages.sorted().reduce((first, second) -> second).orElseThrow();
    }
    Path page = work.resolve("mdn/fr/web/api/closeevent/index.md");
    Files.createDirectories(page.getParent());
    Files.copy(SpecSource.RECEIVED_PAGE, page);
    served.put("/mdn/translated-content/main/files/fr/web/api/closeevent/index.md", Files.readAllBytes(latest));

    MainTest.Run run = MainTest.run("update", "--base", base, "--registry", SpecSource.REGISTRY.toString(),
        page.toString());
    assertEquals(0, run.status(), run.err());
    // The received page is the French page damaged: the current one reads every row back in clear.
    assertTrue(run.out().contains("re-described"), run.out());
    assertTrue(run.out().contains(" change(s) to the generated API"), run.out());
    assertFalse(run.out().contains("0 row(s) changed"), run.out());
  }
}
