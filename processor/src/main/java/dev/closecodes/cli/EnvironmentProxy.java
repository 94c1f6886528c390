package dev.closecodes.cli;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The proxy the environment names for an address, read as curl reads it: {@code https_proxy}
 * (else {@code HTTPS_PROXY}) for https, {@code http_proxy} for http, else {@code all_proxy} (else
 * {@code ALL_PROXY}); none for a host that {@code no_proxy} (else {@code NO_PROXY}) names, or a
 * domain below one it names, or for every host where it is {@code *}, nor for a loopback address.
 * A user and password in the proxy's address ({@code http://USER:PASSWORD@HOST:PORT}) are given to
 * a proxy that asks for them. Java's HTTP client reads only its own system properties
 * ({@code -Dhttps.proxyHost}); where those name a proxy, they decide.
 * A CI job behind a proxy sets the environment for curl and git, and {@code update} is then one
 * more command that uses it.
 */
final class EnvironmentProxy {

  /** The variables read, as curl names them. */
  private static final List<String> VARIABLES =
      List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY");

  /** What an error says of an address whose user or password holds a character as it is. */
  private static final String UNESCAPED_LOGIN = "; in its user and password, write @ as %40, : as %3A (in the user),"
      + " / as %2F, ? as %3F, # as %23 and % as %25";

  /** The port curl takes for a proxy that names none. */
  private static final int DEFAULT_PORT = 1080;

  private EnvironmentProxy() {}

  /**
   * A proxy to go through.
   *
   * @param variable the variable that names it, for what is said of it
   * @param address where it is
   * @param login the user and password its address gives, for a proxy that asks for them
   */
  record Proxy(String variable, InetSocketAddress address, Optional<PasswordAuthentication> login) {

    /** Where it is, and from which variable; never the password. */
    @Override
    public String toString() {
      return variable + ": " + address.getHostString() + ":" + address.getPort()
          + (login.isPresent() ? " as " + login.get().getUserName() : "");
    }
  }

  /** The variables of the environment that name proxies, and no other, which may hold secrets. */
  static Map<String, String> of(Map<String, String> environment) {
    Map<String, String> read = new TreeMap<>();
    for (String name : VARIABLES) {
      if (environment.containsKey(name)) {
        read.put(name, environment.get(name));
      }
    }
    return read;
  }

  /**
   * The proxy to reach the address through; empty for none, or where the JVM's own settings decide.
   *
   * @throws IllegalArgumentException where the environment names a proxy the client cannot use
   *     (over TLS, SOCKS, or no address), with a message that says which variable and why, never
   *     the password
   */
  static Optional<Proxy> forAddress(URI address, Map<String, String> environment) {
    String scheme = address.getScheme().toLowerCase(Locale.ROOT);
    String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
    if (!System.getProperty(scheme + ".proxyHost", "").isEmpty() || bypassed(host, environment)) {
      return Optional.empty();
    }
    List<String> names = scheme.equals("https")
        ? List.of("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
        : List.of("http_proxy", "all_proxy", "ALL_PROXY"); // not HTTP_PROXY, which a CGI request can set
    for (String name : names) {
      String value = environment.getOrDefault(name, "").strip();
      if (!value.isEmpty()) {
        return Optional.of(proxyAt(name, value));
      }
    }
    return Optional.empty();
  }

  private static Proxy proxyAt(String name, String value) {
    URI proxy;
    try {
      proxy = new URI(value.contains("://") ? value : "http://" + value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + ": no proxy address such as http://proxy.example.com:3128"
          + (value.contains("@") ? UNESCAPED_LOGIN : ""));
    }
    if (proxy.getHost() == null && value.contains("@") || outsideLogin(proxy).contains("@")) {
      // an @, /, ? or # of the password taken as it is ends the user information early
      throw new IllegalArgumentException(name + ": no proxy address such as http://proxy.example.com:3128"
          + UNESCAPED_LOGIN);
    }
    String scheme = proxy.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw new IllegalArgumentException(name + ": a proxy reached over TLS (https://) is not one Java's HTTP client"
          + " can use; give its http:// address");
    }
    if (!scheme.equals("http")) {
      throw new IllegalArgumentException(name + ": a SOCKS proxy, or one of another kind (" + scheme
          + "://), is not one Java's HTTP client can use; give an http:// proxy");
    }
    if (proxy.getHost() == null) {
      throw new IllegalArgumentException(name + ": no proxy address such as http://proxy.example.com:3128");
    }
    return new Proxy(name, InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort() < 0 ? DEFAULT_PORT
        : proxy.getPort()), login(proxy.getRawUserInfo()));
  }

  /** What the parts of an address after its host say, where no {@code @} belongs. */
  private static String outsideLogin(URI proxy) {
    return Objects.toString(proxy.getRawPath(), "") + Objects.toString(proxy.getRawQuery(), "")
        + Objects.toString(proxy.getRawFragment(), "");
  }

  /**
   * The user and password of a proxy's address, as curl reads them: up to the first colon, and
   * after it, each then percent-decoded (so {@code %3A} is a colon in either); a user alone has the
   * empty password.
   */
  private static Optional<PasswordAuthentication> login(String rawUserInfo) {
    if (rawUserInfo == null) {
      return Optional.empty();
    }
    int colon = rawUserInfo.indexOf(':');
    String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
    String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
    return Optional.of(new PasswordAuthentication(percentDecoded(user), percentDecoded(password).toCharArray()));
  }

  /** Text with its {@code %XX} escapes, which {@link URI} has checked, read as UTF-8 bytes. */
  private static String percentDecoded(String raw) {
    byte[] encoded = raw.getBytes(StandardCharsets.UTF_8); // an escape's three bytes are ASCII
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length; i++) {
      if (encoded[i] == '%' && i + 2 < encoded.length) {
        bytes.write(Integer.parseInt(new String(encoded, i + 1, 2, StandardCharsets.US_ASCII), 16));
        i += 2;
      } else {
        bytes.write(encoded[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code no_proxy} takes the host out of the proxy's hands; a loopback address always is,
   * as Java's own default ({@code http.nonProxyHosts}) has it.
   */
  private static boolean bypassed(String host, Map<String, String> environment) {
    if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) {
      return true;
    }
    String list = environment.getOrDefault("no_proxy", environment.getOrDefault("NO_PROXY", ""));
    for (String entry : list.split(",")) {
      String named = entry.strip().toLowerCase(Locale.ROOT);
      named = named.startsWith(".") ? named.substring(1) : named;
      if (named.equals("*") || !named.isEmpty() && (host.equals(named) || host.endsWith("." + named))) {
        return true;
      }
    }
    return false;
  }
}
