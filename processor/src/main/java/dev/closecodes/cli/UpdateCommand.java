package dev.closecodes.cli;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Page;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import dev.closecodes.read.FrontMatter;
import dev.closecodes.read.PageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code closecodes update PAGE}: fetches the current version of an MDN page from where MDN keeps
 * its sources ({@code mdn/content} for English, {@code mdn/translated-content} and
 * {@code mdn/translated-content-de} for the other locales, on GitHub), says what changed row by
 * row and what the generated API would gain or lose, and replaces the file only with
 * {@code --write}. Only this command reaches the network; builds never do.
 *
 * <p>Which page a file is a copy of is told from its path ({@code .../fr/web/api/closeevent/index.md},
 * as MDN lays its files out), else from its front matter's {@code slug} and its locale; both can
 * be given.
 */
record UpdateCommand(
    String page, String base, Optional<String> slug, Optional<String> locale, Optional<String> registry,
    boolean write, boolean exitCode, Duration timeout, Map<String, String> environment) {

  /** Where MDN's page sources are served raw: GitHub, unless {@code --base} says otherwise. */
  static final String DEFAULT_BASE = "https://raw.githubusercontent.com";

  /** The JVM's setting of the login schemes its HTTP client does not give a proxy it tunnels through. */
  private static final String TUNNELING_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

  /** A proxy's answer to a request without the user and password it asks for, or with wrong ones. */
  private static final int PROXY_AUTHENTICATION_REQUIRED = 407;

  /** How long one page may take to arrive whole, unless {@code --timeout} says otherwise. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private static final int MAX_TIMEOUT_SECONDS = 3600;

  /** The command as given, the proxy variables by name only: their values may hold a password. */
  @Override
  public String toString() {
    return "update " + page + " from " + base + " (slug " + slug.orElse("from the page") + ", locale "
        + locale.orElse("from the page") + ", registry " + registry.orElse("none") + ", write " + write
        + ", exit code " + exitCode + ", timeout " + timeout.toSeconds() + " s, proxy variables "
        + environment.keySet() + ")";
  }

  /**
   * Reads {@code update [OPTIONS] PAGE}; {@code args[0]} is the command's name. The environment
   * names the proxy, if any (see {@link EnvironmentProxy}).
   */
  static UpdateCommand parse(String[] args, Map<String, String> environment) throws UsageException {
    String base = DEFAULT_BASE;
    Optional<String> slug = Optional.empty();
    Optional<String> locale = Optional.empty();
    Optional<String> registry = Optional.empty();
    boolean write = false;
    boolean exitCode = false;
    Duration timeout = DEFAULT_TIMEOUT;
    List<String> pages = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(Main.STANDARD_INPUT)) {
        throw new UsageException("update: PAGE is a file, not standard input (-): update replaces it");
      }
      if (!arg.startsWith("-")) {
        pages.add(arg);
        continue;
      }
      if (arg.equals("--write")) {
        write = true;
        continue;
      }
      if (arg.equals(Main.EXIT_CODE)) {
        exitCode = true;
        continue;
      }
      if (!List.of("--base", "--slug", "--locale", "--registry", "--timeout").contains(arg)) {
        throw new UsageException("update: unknown option '" + arg + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException("update: " + arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--base" -> {
          if (!isBase(value)) {
            throw new UsageException("update: --base: '" + value + "' is not an http or https address such as"
                + " https://raw.githubusercontent.com (a host, a port and a path, nothing else)");
          }
          base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }
        case "--slug" -> {
          if (!Upstream.isSlug(value)) {
            throw new UsageException("update: --slug: '" + value + "' is not " + Upstream.SLUG_FORM);
          }
          slug = Optional.of(value);
        }
        case "--locale" -> locale = Optional.of(Main.languageTag("update", value));
        case "--registry" -> {
          if (value.equals(Main.STANDARD_INPUT)) {
            throw new UsageException("update: --registry: a file, not standard input (-)");
          }
          registry = Optional.of(value);
        }
        case "--timeout" -> timeout = Duration.ofSeconds(seconds(value));
        default -> throw new IllegalStateException("an option listed above: " + arg);
      }
    }
    if (pages.size() != 1) {
      throw new UsageException("update: needs one PAGE" + (pages.isEmpty() ? "" : ", not " + pages.size()));
    }
    return new UpdateCommand(pages.get(0), base, slug, locale, registry, write, exitCode, timeout,
        EnvironmentProxy.of(environment));
  }

  /**
   * Whether the text is an address the page's path can follow: http or https, a host, perhaps a
   * port and a path; a query or a fragment would swallow that path, and a user name is nothing
   * the HTTP client sends.
   */
  private static boolean isBase(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
          && uri.getRawFragment() == null && uri.getPort() <= 65535;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static int seconds(String value) throws UsageException {
    if (value.matches("[0-9]{1,4}")) {
      int seconds = Integer.parseInt(value);
      if (seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS) {
        return seconds;
      }
    }
    throw new UsageException("update: --timeout: '" + value + "' is not a number of seconds from 1 to "
        + MAX_TIMEOUT_SECONDS);
  }

  /**
   * Where MDN keeps a page's source: the repository and the path in it.
   *
   * @param repository {@code owner/name} on GitHub
   * @param path the file in it, from {@code files/}
   */
  record Upstream(String repository, String path) {

    /** What {@link #isSlug} accepts, as the errors say it. */
    static final String SLUG_FORM =
        "an MDN slug such as Web/API/CloseEvent (letters, digits, '-', '_' and '.' between single slashes)";

    /**
     * Whether the text can be the slug of a page of this kind: it becomes folders of the address
     * fetched, so it may hold no {@code ..}, no empty folder, and nothing an address would read
     * as more than a path (a space, {@code ?}, {@code #}, {@code %}).
     */
    static boolean isSlug(String text) {
      for (String folder : text.split("/", -1)) {
        if (folder.isEmpty() || folder.equals(".") || folder.equals("..") || !folder.matches("[A-Za-z0-9_.-]+")) {
          return false;
        }
      }
      return true;
    }

    /** The page of the given locale and slug, as MDN's repositories lay their files out. */
    static Upstream of(String locale, String slug) {
      String folder = locale.toLowerCase(Locale.ROOT);
      String repository = folder.equals("en-us") ? "mdn/content"
          : folder.equals("de") ? "mdn/translated-content-de"
          : "mdn/translated-content";
      return new Upstream(repository, "files/" + folder + "/" + slug.toLowerCase(Locale.ROOT) + "/index.md");
    }

    /** The same page's property {@code code}, where current MDN keeps the table. */
    Upstream codeProperty() {
      return new Upstream(repository, path.replaceFirst("/index\\.md$", "/code/index.md"));
    }

    String address(String base) {
      return base + "/" + repository + "/main/" + path;
    }
  }

  int run(PrintStream stdout, PrintStream stderr) {
    Diagnostics diagnostics = new Diagnostics();
    boolean changed = false;
    try {
      Document local = DocumentFiles.read(page, diagnostics);
      Page before = PageReader.read(local, diagnostics);
      Upstream upstream = upstream(local, before, diagnostics);
      Optional<Document> registryDocument = registry.map(file -> DocumentFiles.read(file, diagnostics));
      diagnostics.stopIfErrors();
      // An error of the local inputs (the registry's) ends the command before anything is fetched.
      CodeTable old = generated(local, registryDocument, true, diagnostics);

      Document current = fetch(upstream.address(base), diagnostics);
      Page after;
      Diagnostics reading = new Diagnostics();
      try {
        after = PageReader.read(current, reading);
        reading.all().forEach(diagnostics::report);
      } catch (Diagnostics.Abort unreadable) {
        if (reading.all().stream().noneMatch(diagnostic -> diagnostic.message() == Message.NO_TABLE)) {
          reading.all().forEach(diagnostics::report);
          throw unreadable;
        }
        // Current MDN documents the codes on the page of the property 'code'.
        String moved = upstream.codeProperty().address(base);
        diagnostics.report(Message.UPSTREAM_TABLE_MOVED, new RequestPart("page"), current.name(), moved);
        current = fetch(moved, diagnostics);
        after = PageReader.read(current, diagnostics);
      }

      int rowsChanged = ChangeReport.print(before, after, stdout);
      List<Diagnostic> api = apiChanges(old, generated(current, registryDocument, false, diagnostics), current).all();
      api.forEach(change -> stdout.println(Main.line(change)));
      stdout.println(api.size() + " change(s) to the generated API");

      byte[] mdn = withLineEndsOf(local.bytes(), current.bytes());
      boolean ownLineEnds = mdn != current.bytes();
      OptionalInt differs = firstDifferentLine(local.bytes(), mdn);
      changed = differs.isPresent();
      if (!changed) {
        stdout.println(page + (ownLineEnds ? " is MDN's current version but for its line ends (CRLF, where MDN's are LF)"
            : " is MDN's current version, byte for byte") + ": nothing to write");
      } else {
        if (rowsChanged == 0) {
          // The rows are the same, yet a rebuild from the new page generates other sources.
          stdout.println(page + " differs from MDN's current version (first at line " + differs.getAsInt()
              + "), though none of its close-code rows does: the generated Javadoc carries the page's text,"
              + " and CloseCodes its SHA-256");
        }
        if (write) {
          DocumentFiles.writeWhole(Path.of(page), mdn);
          stdout.println("wrote " + page + " from " + current.name());
        } else {
          stdout.println(page + " not written: run again with --write to replace it with " + current.name());
        }
      }
    } catch (Diagnostics.Abort reported) {
      // the errors say why
    } catch (IOException e) {
      diagnostics.report(Message.CANNOT_WRITE, new RequestPart("page"), page, DocumentFiles.reason(e));
    }
    diagnostics.all().forEach(diagnostic -> stderr.println(Main.line(diagnostic)));
    if (diagnostics.hasErrors()) {
      return 1;
    }
    return exitCode && changed ? Main.CHANGED : 0;
  }

  /**
   * MDN's page with the local copy's line ends: CRLF where the copy ends every line so (a checkout
   * on Windows) and MDN's page has no carriage return; else MDN's bytes themselves.
   */
  static byte[] withLineEndsOf(byte[] local, byte[] mdn) {
    boolean crlf = false;
    for (int i = 0; i < local.length; i++) {
      if (local[i] == '\n') {
        if (i == 0 || local[i - 1] != '\r') {
          return mdn; // a line ended by LF alone
        }
        crlf = true;
      }
    }
    int lines = 0;
    for (byte b : mdn) {
      if (b == '\r') {
        return mdn;
      }
      lines += b == '\n' ? 1 : 0;
    }
    if (!crlf) {
      return mdn;
    }
    byte[] converted = new byte[mdn.length + lines];
    int at = 0;
    for (byte b : mdn) {
      if (b == '\n') {
        converted[at++] = '\r';
      }
      converted[at++] = b;
    }
    return converted;
  }

  /** The first line, counted from 1, where the two pages' bytes differ; none where they are the same. */
  static OptionalInt firstDifferentLine(byte[] local, byte[] current) {
    int line = 1;
    for (int i = 0; i < Math.max(local.length, current.length); i++) {
      if (i >= local.length || i >= current.length || local[i] != current[i]) {
        return OptionalInt.of(line);
      }
      if (local[i] == '\n') {
        line++;
      }
    }
    return OptionalInt.empty();
  }

  /** The page the file is a copy of: from the options, else its path, else its front matter. */
  private Upstream upstream(Document local, Page read, Diagnostics diagnostics) {
    List<String> folders = List.of(Path.of(page).toAbsolutePath().normalize().toString().replace('\\', '/').split("/"));
    String pageLocale = locale.orElse(read.locale());
    if (locale.isEmpty()) {
      Pipeline.reportLocaleGuess(read, diagnostics); // where a guess chose which translation to fetch
    }
    // .../<locale>/web/api/closeevent/index.md: the locale's folder and the slug's below it
    // (folders that cannot be a slug, such as "My Pages", are not that layout)
    for (int i = folders.size() - 2; i >= 0; i--) {
      if (folders.get(i).equalsIgnoreCase(pageLocale) && i + 1 < folders.size() - 1) {
        String pathSlug = String.join("/", folders.subList(i + 1, folders.size() - 1));
        if (slug.isPresent() || Upstream.isSlug(pathSlug)) {
          return Upstream.of(pageLocale, slug.orElse(pathSlug));
        }
      }
    }
    Optional<String> chosen = slug;
    if (chosen.isEmpty()) {
      String[] lines = new String(local.bytes(), StandardCharsets.UTF_8).split("\\r?\\n", 80);
      chosen = FrontMatter.value(lines, "slug");
      if (chosen.isPresent() && !Upstream.isSlug(chosen.get())) {
        throw diagnostics.fail(Message.UPSTREAM_BAD_SLUG, new SourceLocation(page, FrontMatter.line(lines, "slug")),
            chosen.get(), Upstream.SLUG_FORM);
      }
    }
    if (chosen.isEmpty()) {
      throw diagnostics.fail(Message.UPSTREAM_UNKNOWN, new SourceLocation(page, 1), page);
    }
    if (pageLocale.equals(Page.UNKNOWN_LOCALE)) {
      throw diagnostics.fail(Message.UPSTREAM_LOCALE_UNKNOWN, new SourceLocation(page, 1), page, chosen.get());
    }
    if (locale.isEmpty() && !PageReader.isMdnLocale(pageLocale)) {
      // words tell a language, not which of its locales (pt: pt-BR or pt-PT)
      throw diagnostics.fail(Message.UPSTREAM_LOCALE_NOT_MDNS, new SourceLocation(page, 1), page, chosen.get(),
          pageLocale);
    }
    return Upstream.of(pageLocale, chosen.get());
  }

  /**
   * The page at the address, its bytes bounded as every document's are, and its whole answer
   * within the timeout: the HTTP client's own timeout ends when the headers arrive, and a server
   * that stalls in the body would otherwise hold the command for ever.
   */
  private Document fetch(String address, Diagnostics diagnostics) {
    RequestPart where = new RequestPart("page");
    Optional<EnvironmentProxy.Proxy> proxy;
    try {
      proxy = EnvironmentProxy.forAddress(URI.create(address), environment);
    } catch (IllegalArgumentException unusable) {
      throw diagnostics.fail(Message.UPSTREAM_UNREACHABLE, where, address, unusable.getMessage());
    }
    FutureTask<Fetched> download = new FutureTask<>(() -> download(address, proxy, timeout));
    Thread worker = new Thread(download, "closecodes-update-fetch");
    worker.setDaemon(true); // one given up on must not keep the command from ending
    worker.start();
    Fetched fetched;
    try {
      fetched = download.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      download.cancel(true);
      throw diagnostics.fail(Message.UPSTREAM_UNREACHABLE, where, address,
          "no whole answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw diagnostics.fail(Message.UPSTREAM_UNREACHABLE, where, address, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw diagnostics.fail(Message.UPSTREAM_UNREACHABLE, where, address, "interrupted");
    }
    if (fetched.page() == null) {
      throw diagnostics.fail(Message.UPSTREAM_UNREACHABLE, where, address, fetched.failure());
    }
    return fetched.page();
  }

  /**
   * Gives the user and password to the proxy that asks for them, and to nothing else, once: a
   * proxy that asks again has refused them, which the HTTP client reports only as an exception
   * that does not say so ("too many authentication attempts", "no credentials provided").
   */
  private static final class ProxyLogin extends Authenticator {

    private final PasswordAuthentication login;
    private final AtomicBoolean given = new AtomicBoolean();
    private volatile boolean refused;

    ProxyLogin(PasswordAuthentication login) {
      this.login = login;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.PROXY) {
        return null;
      }
      if (given.getAndSet(true)) {
        refused = true;
        return null;
      }
      return login;
    }

    /** Whether the proxy asked again after it was given the user and password. */
    boolean refused() {
      return refused;
    }
  }

  /** What one download gave: the page, or why there is none. */
  private record Fetched(Document page, String failure) {}

  private static Fetched download(String address, Optional<EnvironmentProxy.Proxy> proxy, Duration timeout) {
    ProxyLogin proxyLogin = null;
    try {
      HttpClient.Builder builder = HttpClient.newBuilder()
          .connectTimeout(timeout)
          .followRedirects(HttpClient.Redirect.NORMAL);
      if (proxy.isPresent()) {
        builder.proxy(ProxySelector.of(proxy.get().address()));
        if (proxy.get().login().isPresent()) {
          proxyLogin = new ProxyLogin(proxy.get().login().get());
          builder.authenticator(proxyLogin);
          // Java's HTTP client gives no Basic login to a proxy it tunnels through to an https
          // address unless this says it may; curl does, and a company's proxy asks for one. The
          // command has its JVM to itself, and a -D on its command line still decides.
          if (System.getProperty(TUNNELING_DISABLED_SCHEMES) == null) {
            System.setProperty(TUNNELING_DISABLED_SCHEMES, "");
          }
        }
      }
      HttpClient client = builder.build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout).GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() == PROXY_AUTHENTICATION_REQUIRED && proxy.isPresent()) {
          return new Fetched(null, proxy.get().login().isPresent() ? loginRefused(proxy.get())
              : "the proxy asks for a user and password (HTTP 407); give them in " + proxy.get().variable()
                  + " as http://USER:PASSWORD@HOST:PORT");
        }
        if (response.statusCode() != 200) {
          return new Fetched(null, "HTTP " + response.statusCode());
        }
        return new Fetched(new Document(address, DocumentFiles.readBounded(body)), null);
      }
    } catch (IOException | IllegalArgumentException e) {
      if (proxyLogin != null && proxyLogin.refused()) {
        return new Fetched(null, loginRefused(proxy.get()));
      }
      return new Fetched(null, reason(e, URI.create(address), proxy));
    } catch (InterruptedException e) {
      return new Fetched(null, "interrupted");
    }
  }

  private static String loginRefused(EnvironmentProxy.Proxy proxy) {
    String refused = "the proxy refused the user and password given in " + proxy.variable() + " (HTTP 407)";
    PasswordAuthentication login = proxy.login().orElseThrow();
    boolean beyondAscii = false;
    for (char c : (login.getUserName() + new String(login.getPassword())).toCharArray()) {
      beyondAscii |= c > 0x7F;
    }
    // the HTTP client encodes a Basic login in ISO-8859-1, curl passes on the bytes it was given
    return beyondAscii ? refused + "; Java sends them in ISO-8859-1, not in UTF-8 as curl does, which may be why"
        : refused;
  }

  /**
   * Why a fetch failed, in words: the HTTP client's exceptions for a host that is not known and a
   * connection that cannot be made carry no message, only a cause of their own kind.
   */
  private static String reason(Exception failure, URI address, Optional<EnvironmentProxy.Proxy> proxy) {
    // Through a proxy, the connection made, and the name looked up, are the proxy's.
    String connectedTo = proxy.isPresent()
        ? "the proxy " + proxy.get().address().getHostString() + ":" + proxy.get().address().getPort()
        : address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
    boolean cannotConnect = false;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
        return (proxy.isPresent() ? "the host of " + connectedTo : "the host " + address.getHost()) + " is not known";
      }
      if (cause instanceof HttpTimeoutException) {
        return cause instanceof HttpConnectTimeoutException ? "no connection to " + connectedTo + " within the timeout"
            : "no answer within the timeout";
      }
      cannotConnect |= cause instanceof ConnectException;
    }
    if (cannotConnect) {
      return "no connection could be made to " + connectedTo;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return failure.getClass().getSimpleName();
  }

  /**
   * The table the page and the registry generate. What reading the page said is not said again:
   * of the generation's own diagnostics, its errors are reported, and, when asked, the registry's
   * warnings, which name the constants whose changes the command reports.
   *
   * @throws Diagnostics.Abort after reporting an error of the generation
   */
  private static CodeTable generated(
      Document page, Optional<Document> registry, boolean sayRegistryWarnings, Diagnostics diagnostics) {
    Diagnostics generating = new Diagnostics();
    try {
      return Pipeline.run(request(page, registry), generating).table();
    } finally {
      for (Diagnostic diagnostic : generating.all()) {
        boolean aboutRegistry = registry.isPresent() && diagnostic.where() instanceof SourceLocation location
            && location.file().equals(registry.get().name());
        if (diagnostic.isError() || sayRegistryWarnings && aboutRegistry) {
          diagnostics.report(diagnostic);
        }
      }
    }
  }

  /**
   * What the generated API would gain, lose or rename, and how the checks would change, from
   * the page as it is to the current one, with the same registry.
   */
  private static Diagnostics apiChanges(CodeTable old, CodeTable now, Document after) {
    Diagnostics changes = new Diagnostics();
    SourceLocation at = new SourceLocation(after.name(), 1);
    compareConstants("CloseCode", constants(old.codes()), constants(now.codes()), at, changes);
    compareConstants("CloseCodeRange", rangeConstants(old.ranges()), rangeConstants(now.ranges()), at, changes);
    compareCheck("mayTravelInCloseFrame", old.mayTravelInCloseFrame(), now.mayTravelInCloseFrame(), at, changes);
    compareCheck("mayPassToBrowserClose", old.mayPassToBrowserClose(), now.mayPassToBrowserClose(), at, changes);
    compareCheck("isReportedLocallyOnly", old.reportedLocallyOnly(), now.reportedLocallyOnly(), at, changes);
    return changes;
  }

  private static Pipeline.Request request(Document page, Optional<Document> registry) {
    return new Pipeline.Request("closecodes.update", List.of(page), registry,
        registry.isPresent() ? ChecksFrom.REGISTRY : ChecksFrom.PAGE);
  }

  private static Map<String, String> constants(List<CodeTable.Code> codes) {
    Map<String, String> byCode = new TreeMap<>();
    codes.forEach(code -> byCode.put(Integer.toString(code.code()), code.constant()));
    return byCode;
  }

  private static Map<String, String> rangeConstants(List<CodeTable.Range> ranges) {
    Map<String, String> byRange = new TreeMap<>();
    ranges.forEach(range -> byRange.put(range.range().toString(), range.constant()));
    return byRange;
  }

  private static void compareConstants(
      String type, Map<String, String> old, Map<String, String> now, SourceLocation at, Diagnostics changes) {
    now.forEach((codes, constant) -> {
      String was = old.get(codes);
      if (was == null) {
        changes.report(Message.API_CONSTANT_ADDED, at, type, constant, codes);
      } else if (!was.equals(constant)) {
        changes.report(Message.API_CONSTANT_RENAMED, at, type, was, constant, codes);
      }
    });
    old.forEach((codes, constant) -> {
      if (!now.containsKey(codes)) {
        changes.report(Message.API_CONSTANT_REMOVED, at, type, constant, codes);
      }
    });
  }

  private static void compareCheck(
      String check, List<CodeRange> old, List<CodeRange> now, SourceLocation at, Diagnostics changes) {
    if (!old.equals(now)) {
      changes.report(Message.API_CHECK_CHANGED, at, check, ranges(now), ranges(old));
    }
  }

  private static String ranges(List<CodeRange> ranges) {
    List<String> text = new ArrayList<>();
    ranges.forEach(range -> text.add(range.toString()));
    return text.isEmpty() ? "nothing" : String.join(", ", text);
  }
}
