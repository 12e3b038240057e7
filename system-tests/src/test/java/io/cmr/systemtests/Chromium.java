package io.cmr.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its chromedriver (Selenium Manager never downloads anything),
 * with what every browser test does on a page: photograph it at 1280 and 375 pixels wide under
 * {@code target/screenshots} and run axe-core on it, in French and in English.
 */
final class Chromium implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = axeScript();

    final WebDriver browser;
    final WebDriverWait wait;
    /** A directory of this run's own: a file left by an earlier run must not pass for the new download. */
    final Path downloads;

    private Chromium(WebDriver browser, Path downloads) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.downloads = downloads;
    }

    static Chromium open() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "downloads-").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-GB,en"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(driver, options), downloads);
    }

    /** Through the portal's "Sign in" on Keycloak's real page, back on the portal's home page. */
    void signIn(WholeStack.Urls stack, String username, String password) {
        browser.get(stack.gateway() + "/");
        browser.findElement(By.cssSelector(".site-header a.button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
    }

    void signOut(WholeStack.Urls stack) {
        browser.get(stack.gateway() + "/");
        browser.findElement(By.cssSelector(".site-header form button")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
    }

    String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The page as it is now, in both languages: photographed at both widths, and no serious or critical axe violation. */
    void check(String name) throws IOException {
        String page = browser.getCurrentUrl().replaceAll("#.*$", "").replaceAll("[?&]lang=[a-z]+$", "");
        for (String language : List.of("fr", "en")) {
            browser.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
            for (int width : List.of(1280, 375)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                Files.write(SCREENSHOTS.resolve(name + "-" + language + "-" + width + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                assertThat(seriousViolations()).as(name + " in " + language + " at " + width + " px").isEmpty();
            }
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The page as it is now, once, in English at 1280 pixels wide. */
    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + "-en-1280.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }

    @SuppressWarnings("unchecked")
    private List<String> seriousViolations() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        return new ArrayList<>((List<String>) found);
    }

    private static String axeScript() {
        try (InputStream pom = Chromium.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
