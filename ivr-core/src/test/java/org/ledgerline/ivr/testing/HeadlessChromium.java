package org.ledgerline.ivr.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class, driven through chromedriver, for browser tests of the
 * back-office pages. Register it as a static field:
 * <pre>{@code @RegisterExtension static final HeadlessChromium browser = new HeadlessChromium();}</pre>
 *
 * <p>It uses Debian's {@code chromium} and {@code chromium-driver} packages ({@value #CHROMIUM},
 * {@value #CHROMEDRIVER}; system properties {@code ledgerline.test.chromium} and
 * {@code ledgerline.test.chromedriver} point elsewhere). Selenium is given both paths and its
 * Selenium Manager is not on the class path, so nothing is ever downloaded. When either binary is
 * missing the test class fails, saying what to install: a browser test that silently skips would
 * hide a broken page.
 *
 * <p>Each browser gets its own throw-away profile directory, deleted when the class ends.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How long {@link #await()} waits for a condition before the test fails. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    /**
     * Selenium warns once per browser that it has no DevTools bindings for this Chromium; the
     * tests never use DevTools, so the warning is noise. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger
            .getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path chromium = executable("ledgerline.test.chromium", CHROMIUM);
        Path chromedriver = executable("ledgerline.test.chromedriver", CHROMEDRIVER);
        profile = Files.createTempDirectory("ledgerline-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments(arguments(profile));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteProfile();
        }
    }

    /** The browser of the running test class. */
    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException(
                    "the browser starts before the first test; register HeadlessChromium as a static @RegisterExtension field");
        }
        return driver;
    }

    /**
     * Signs in on the node at {@code base} through its sign-in page, as a person would, and waits
     * for the signed-in page (its sign-out form).
     */
    public void signIn(String base, String username, String password) {
        driver().get(base + "/sign-in");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.cssSelector("form button[type=submit]")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.sign-out")));
    }

    /** Forgets every cookie of the node at {@code base}: the next page is seen signed out. */
    public void signOutByForgetting(String base) {
        driver().get(base + "/sign-in");
        driver().manage().deleteAllCookies();
    }

    /** The texts of the links in the page's top navigation. */
    public List<String> navigation() {
        return driver().findElements(By.cssSelector("header.top nav a")).stream().map(WebElement::getText).toList();
    }

    /** A wait of {@link #WAIT} for conditions in the page (never a blind sleep). */
    public WebDriverWait await() {
        return new WebDriverWait(driver(), WAIT);
    }

    /**
     * Saves what the browser shows as a PNG under {@code target/screenshots/}, for a person to look
     * at; returns the file.
     */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command-line flags: headless, no sandbox (CI runs as root), nothing that phones home. */
    static List<String> arguments(Path profile) {
        return List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
    }

    /** The binary at {@code property}'s path or {@code defaultPath}, if it is there and executable. */
    static Path executable(String property, String defaultPath) {
        Path path = Path.of(System.getProperty(property, defaultPath));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need " + path
                    + ", which is missing: install Debian's chromium"
                    + " and chromium-driver packages (apt-get install chromium chromium-driver; .ci/run does this), or set -D"
                    + property + " to where it is");
        }
        return path;
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
