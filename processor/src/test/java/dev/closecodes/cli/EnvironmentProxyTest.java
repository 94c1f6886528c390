package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code update} goes through the proxy the environment names, as curl and git do (a CI job behind
 * a proxy sets {@code https_proxy} for them): Java's HTTP client reads only its own system
 * properties, and the command failed to connect where curl, in the same job, had fetched the page.
 */
class EnvironmentProxyTest {

  private static final URI GITHUB = URI.create("https://raw.githubusercontent.com/mdn/content/main/files/x/index.md");
  private static final URI PLAIN = URI.create("http://mirror.example.com/mdn/content/main/files/x/index.md");

  private static Optional<InetSocketAddress> proxy(URI address, Map<String, String> environment) {
    return EnvironmentProxy.forAddress(address, environment).map(EnvironmentProxy.Proxy::address);
  }

  private static Optional<InetSocketAddress> at(String host, int port) {
    return Optional.of(InetSocketAddress.createUnresolved(host, port));
  }

  @Test
  void eachSchemeHasItsOwnVariableInEitherCase() {
    assertEquals(at("proxy.corp", 3128), proxy(GITHUB, Map.of("https_proxy", "http://proxy.corp:3128")));
    assertEquals(at("proxy.corp", 3128), proxy(GITHUB, Map.of("HTTPS_PROXY", "http://proxy.corp:3128/")));
    assertEquals(Optional.empty(), proxy(GITHUB, Map.of("http_proxy", "http://proxy.corp:3128")));
    assertEquals(at("proxy.corp", 8080), proxy(PLAIN, Map.of("http_proxy", "proxy.corp:8080")));
    assertEquals(Optional.empty(), proxy(PLAIN, Map.of()));
    assertEquals(Optional.empty(), proxy(GITHUB, Map.of("https_proxy", "")), "set to nothing: none");
    // as curl: the lower-case name first, and a proxy without a port on 1080
    assertEquals(at("lower", 1080), proxy(GITHUB, Map.of("https_proxy", "http://lower", "HTTPS_PROXY", "http://upper")));
  }

  @Test
  void noProxyNamesHostsAndTheDomainsBelowThem() {
    Map<String, String> environment = Map.of("https_proxy", "http://proxy.corp:3128",
        "no_proxy", "localhost, .internal.example,githubusercontent.com");
    assertEquals(Optional.empty(), proxy(GITHUB, environment), "a domain below one named");
    assertEquals(Optional.empty(), proxy(URI.create("https://a.internal.example/x"), environment));
    assertEquals(at("proxy.corp", 3128), proxy(URI.create("https://usercontent.com/x"), environment),
        "a name that only ends with the same letters is another host");
    assertEquals(Optional.empty(), proxy(GITHUB, Map.of("https_proxy", "http://p:1", "NO_PROXY", "*")));
    for (String loopback : new String[] {"http://localhost:8080/x", "http://127.0.0.1:8080/x", "http://[::1]:8080/x"}) {
      assertEquals(Optional.empty(), proxy(URI.create(loopback), Map.of("http_proxy", "http://p:1")), loopback);
    }
  }

  @Test
  void aProxyTheClientCannotUseIsAnErrorThatSaysWhy() {
    for (Map.Entry<String, String> unusable : Map.of(
        "https://proxy.corp:3128", "a proxy reached over TLS",
        "socks5://proxy.corp:1080", "a SOCKS proxy",
        "http://proxy corp:3128", "no proxy address").entrySet()) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> proxy(GITHUB, Map.of("https_proxy", unusable.getKey())));
      String message = error.getMessage();
      assertEquals(true, message.startsWith("https_proxy: "), message);
      assertEquals(true, message.contains(unusable.getValue()), message);
      assertEquals(false, message.contains("secret"), "a password is never shown: " + message);
    }
  }

  /**
   * A password (or user) that holds an {@code @}, {@code /}, {@code ?} or {@code #} as it is, not
   * escaped, makes an address that does not say where the proxy is, or says it wrongly: the error
   * says how to write them, and shows neither.
   */
  @Test
  void aLoginWithCharactersLeftUnescapedIsAnErrorThatSaysHowToWriteThem() {
    for (String address : List.of(
        "http://ci-bot:se@cret@proxy.corp:3128",
        "http://ci-bot:se/cret@proxy.corp:3128",
        "http://ci-bot:1/secret@proxy.corp:3128",
        "http://ci-bot:se?cret@proxy.corp:3128",
        "http://ci-bot:se#cret@proxy.corp:3128",
        "ci-bot:se@cret@proxy.corp:3128")) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> proxy(GITHUB, Map.of("https_proxy", address)), address);
      String message = error.getMessage();
      assertEquals(true, message.startsWith("https_proxy: "), message);
      assertEquals(true, message.contains("write @ as %40"), message);
      assertEquals(false, message.contains("cret"), "a password is never shown: " + message);
    }
    assertEquals(at("proxy.corp", 3128), proxy(GITHUB, Map.of("https_proxy", "http://ci-bot:se%40cret@proxy.corp:3128")),
        "the same written as the error says");
  }

  /**
   * A proxy that asks for a user and password has them in its address, as curl reads it: the
   * user up to the first colon, the password after it, each then percent-decoded ({@code %40} for
   * an {@code @} in it, {@code %3A} for a colon); no password after a user is the empty one.
   */
  @Test
  void theUserAndPasswordInAProxysAddressAreItsLogin() {
    EnvironmentProxy.Proxy proxy = EnvironmentProxy.forAddress(GITHUB,
        Map.of("https_proxy", "http://ci%2Dbot:p%40ss:w%25rd@proxy.corp:3128")).orElseThrow();
    assertEquals(InetSocketAddress.createUnresolved("proxy.corp", 3128), proxy.address());
    PasswordAuthentication login = proxy.login().orElseThrow();
    assertEquals("ci-bot", login.getUserName());
    assertEquals("p@ss:w%rd", new String(login.getPassword()));

    PasswordAuthentication userOnly = EnvironmentProxy.forAddress(GITHUB,
        Map.of("https_proxy", "http://ci-bot@proxy.corp:3128")).orElseThrow().login().orElseThrow();
    assertEquals("ci-bot", userOnly.getUserName());
    assertEquals("", new String(userOnly.getPassword()));

    PasswordAuthentication colons = EnvironmentProxy.forAddress(GITHUB,
        Map.of("https_proxy", "http://dom%3Aci:%C3%A9t%C3%A9@proxy.corp:3128")).orElseThrow().login().orElseThrow();
    assertEquals("dom:ci", colons.getUserName(), "an escaped colon is the user's, not the end of it");
    assertEquals("\u00e9t\u00e9", new String(colons.getPassword()), "escapes are UTF-8");
    assertEquals("j\u00f6rg", EnvironmentProxy.forAddress(GITHUB, Map.of("https_proxy", "http://j\u00f6rg:pw@proxy.corp:3128"))
        .orElseThrow().login().orElseThrow().getUserName(), "a letter the address holds unescaped");

    assertEquals(Optional.empty(), EnvironmentProxy.forAddress(GITHUB,
        Map.of("https_proxy", "http://proxy.corp:3128")).orElseThrow().login());
    assertFalse(proxy.toString().contains("p@ss"), "a password is never shown: " + proxy);
  }
}
