package org.factquiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through /usr/bin/chromedriver (nothing is downloaded), with
 * axe-core injected for accessibility checks and screenshots at phone and desktop widths.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebDriver driver;
  private final Path profile;
  private final URI base;
  private final String axeSource;

  private Browser(WebDriver driver, Path profile, URI base, String axeSource) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
    this.axeSource = axeSource;
  }

  /** Why the browser tests cannot run here, or empty when they can. */
  static Optional<String> whyNot() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return Optional.of("browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
          + " (apt-get install chromium chromium-driver)");
    }
    if (!Files.isRegularFile(AXE)) {
      return Optional.of("browser tests skipped: " + AXE + " is missing (run npm ci)");
    }
    return Optional.empty();
  }

  static Browser start(URI base) throws IOException {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("factquiz-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
        profile.resolve("downloads").toString(), "download.prompt_for_download", false));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile, base, Files.readString(AXE, StandardCharsets.UTF_8));
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a screen of the app by its hash route, e.g. "/study". */
  void open(String route) {
    driver.get(base + "/#" + route);
  }

  WebElement waitFor(By by) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  void waitForText(By by, String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw failure(e);
    }
  }

  /** Keeps a picture and the text of the screen that a wait gave up on. */
  private AssertionError failure(RuntimeException e) {
    screenshots("failed-wait");
    String main = driver.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse("");
    return new AssertionError("gave up waiting at " + driver.getCurrentUrl() + "; the screen says: "
        + main.substring(0, Math.min(600, main.length())), e);
  }

  WebElement screenTitle(String text) {
    waitForText(By.cssSelector("main h1"), text);
    return driver.findElement(By.cssSelector("main h1"));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  void setToken(String token) {
    script("window.localStorage.setItem('factquiz.token', arguments[0])", token);
    driver.navigate().refresh();
  }

  /** Saves the whole page at 375 and 1280 px wide under target/screenshots. */
  void screenshots(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (int width : new int[] {375, 1280}) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Thread.sleep(100);
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(4000, Math.max(900, height + 120))));
        Thread.sleep(150);
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
      driver.manage().window().setSize(new Dimension(1280, 900));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs axe-core on the page; returns the serious and critical violations, one line each. */
  List<String> seriousAccessibilityProblems() {
    if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
      script(axeSource);
    }
    Object raw = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations.map(v =>"
            + " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))"
            + ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
    List<String> problems = new ArrayList<>();
    try {
      for (JsonNode v : JSON.readTree(String.valueOf(raw))) {
        String impact = v.path("impact").asText();
        if (impact.equals("serious") || impact.equals("critical")) {
          problems.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " at " + v.path("nodes"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }

  static By css(String selector) {
    return By.cssSelector(selector);
  }
}
