package dev.closecodes.example.peers;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver with Selenium. Nothing is
 * downloaded: the browser and the driver are the installed ones ({@code .ci/run} installs them).
 */
public final class Chromium implements AutoCloseable {

  private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
  private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(Path browser, Path chromedriver) throws IOException {
    profile = Files.createTempDirectory("closecodes-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // Headless, and quiet on a machine whose only network is the loopback.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  /** The installed browser and driver, if this machine has both. */
  public static Optional<Chromium> start() throws IOException {
    Optional<Path> browser = BROWSERS.stream().filter(Files::isExecutable).findFirst();
    Optional<Path> chromedriver = DRIVERS.stream().filter(Files::isExecutable).findFirst();
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Chromium(browser.get(), chromedriver.get()));
  }

  /** Why the browser tests are skipped on this machine. */
  public static String missing() {
    return "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver; .ci/run does)";
  }

  /** The browser's version, as {@code navigator.userAgent} tells it. */
  public String userAgent() {
    return (String) driver.executeScript("return navigator.userAgent;");
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * Runs an asynchronous script; it calls its last argument with the result.
   *
   * @return the result, as Selenium converts it (maps, lists, longs, strings, booleans)
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> runAsync(String script, Object... arguments) {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
