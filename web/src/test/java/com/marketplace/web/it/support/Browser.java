package com.marketplace.web.it.support;

import com.marketplace.testsupport.MarketplaceProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: Debian's {@code chromium} driven through its own
 * {@code chromedriver} (bin/test installs both), so the browser and the driver always match and
 * Selenium never downloads either at test time. Every instance gets a fresh profile in a temporary
 * folder: no cookie, session or cache survives from one test to the next. Chromedriver's console
 * goes to {@code web/target/it-logs/chromedriver.log}, not into the test output.
 *
 * <p>The helpers wait (up to {@link #WAIT} for an element or a URL) instead of sleeping: pages
 * render and redirect at their own pace, and a test should go on as soon as the page is there.
 */
public final class Browser implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    // --no-sandbox: the tests may run as root in a container; --disable-dev-shm-usage: /dev/shm is
    // small there. The rest keeps Chromium from reaching out to Google's services during a test.
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900");

    // Selenium warns on every start that it ships no DevTools (CDP) binding for Debian's Chromium
    // version. The tests drive pages through WebDriver only and never use CDP: the warning is noise.
    // Held in a field: java.util.logging keeps loggers weakly, and a collected one loses its level.
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final OutputStream driverLog;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(Path profile, OutputStream driverLog, ChromeDriver driver) {
        this.profile = profile;
        this.driverLog = driverLog;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Starts a new headless Chromium with an empty profile; close it to quit it. */
    public static Browser start() throws IOException {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(required + " is missing: run the tests through bin/test, which installs"
                        + " Debian's chromium and chromium-driver");
            }
        }
        Path root = MarketplaceProcess.projectRoot();
        Path logDir = Files.createDirectories(root.resolve("web/target/it-logs"));
        OutputStream driverLog = Files.newOutputStream(logDir.resolve("chromedriver.log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Path profile = Files.createTempDirectory("marketplace-chromium-");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogOutput(driverLog)
                    .build();
            return new Browser(profile, driverLog, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            driverLog.close();
            deleteRecursively(profile);
            throw e;
        }
    }

    /** The underlying driver, for whatever the helpers below do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** Loads the page and returns once the browser reports it loaded. */
    public Browser open(URI uri) {
        driver.get(uri.toString());
        return this;
    }

    /** The element, if the current page has it now (no waiting). */
    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** Waits until the element is on the page and visible. */
    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the browser's URL contains the fragment (after a redirect or a form post). */
    public Browser waitUntilUrlContains(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    /** Replaces the content of a visible input with the text, as a user typing it. */
    public Browser fill(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks the element once it is visible and enabled. */
    public Browser click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    /** The visible text of the element, once it is visible. */
    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Saves what the browser shows as {@code web/target/screenshots/<name>.png}; answers the file. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(MarketplaceProcess.projectRoot().resolve("web/target/screenshots"));
            return Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the screenshot " + name, e);
        }
    }

    /** Quits Chromium and its driver, then deletes the profile. */
    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            driverLog.close();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    try {
                        Files.delete(path);
                    } catch (NoSuchFileException alreadyGone) {
                        // Chromium removes some of its files itself as it exits.
                    }
                }
            }
        }
    }
}
