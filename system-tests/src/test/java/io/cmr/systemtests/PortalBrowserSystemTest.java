package io.cmr.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real headless Chromium (Debian's, with its chromedriver; Selenium Manager never
 * downloads anything) through the gateway: a fresh customer signs in on Keycloak's own page, edits a
 * preference, adds and verifies an e-mail with the code mailed to it, opens an order, downloads her
 * data and signs out. Every page is photographed at 1280 and 375 pixels wide
 * ({@code target/screenshots}) and checked with axe-core in English and French.
 */
@ExtendWith(WholeStack.class)
class PortalBrowserSystemTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = axeScript();

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A directory of this run's own: a file left by an earlier run must not pass for the new download. */
    private Path downloads;
    private WebDriver browser;
    private WebDriverWait wait;

    PortalBrowserSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @BeforeEach
    void openChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "downloads-").toAbsolutePath();
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
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerManagesHerRelationshipInTheBrowserOnEveryPageAccessiblyInBothLanguages() throws Exception {
        KeycloakAdmin.Customer fay = new KeycloakAdmin(stack.keycloak())
                .createCustomer("fay-" + UUID.randomUUID().toString().substring(0, 8));
        String orderId = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        anOrderFor(fay, orderId);

        browser.get(stack.gateway() + "/");
        check("home-anonymous");
        browser.findElement(By.cssSelector(".call-to-action a.button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak());
        browser.findElement(By.id("username")).sendKeys(fay.username());
        browser.findElement(By.id("password")).sendKeys(fay.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
        assertThat(text()).contains("Needs your attention");
        check("home");

        browser.get(stack.gateway() + "/preferences");
        check("preferences");
        WebElement sms = browser.findElement(By.cssSelector("input[name='topics[0].channels'][value='SMS']"));
        boolean wasOn = sms.isSelected();
        sms.click();
        browser.findElement(By.cssSelector("#choices-heading ~ form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Your preferences are saved."));
        assertThat(browser.findElement(By.cssSelector("input[name='topics[0].channels'][value='SMS']")).isSelected())
                .isNotEqualTo(wasOn);
        assertThat(text()).contains("Turned " + (wasOn ? "off" : "on"));

        browser.get(stack.gateway() + "/profile");
        check("profile");
        String address = "fay-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.findElement(By.id("point-value")).sendKeys(address);
        browser.findElement(By.cssSelector("#add-heading + form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "We have sent a code to " + address));
        String code = new Mailbox(stack).codeMailedTo(address);
        WebElement point = browser.findElements(By.cssSelector("#contact-points li.card")).stream()
                .filter(card -> card.getText().contains(address)).findFirst().orElseThrow();
        point.findElement(By.cssSelector("input[name=code]")).sendKeys(code);
        point.findElement(By.cssSelector("form.inline-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Verified: we can now reach you there."));
        check("profile-verified");

        browser.get(stack.gateway() + "/orders");
        check("orders");
        browser.findElement(By.linkText("Order " + orderId)).click();
        wait.until(ExpectedConditions.titleContains(orderId));
        assertThat(text()).contains("Where it is", "What you ordered", "1 × Mug");
        check("order");

        browser.get(stack.gateway() + "/privacy");
        check("privacy");
        browser.findElement(By.cssSelector("a[href='/privacy/export']")).click();
        Path export = downloads.resolve("my-cmr-data.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(export) && Files.size(export) > 0);
        assertThat(Files.readString(export)).contains(address, orderId);
        browser.get(stack.gateway() + "/privacy/erasure");
        check("privacy-erase");

        browser.get(stack.gateway() + "/");
        browser.findElement(By.cssSelector(".site-header form button")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
        assertThat(text()).contains("Sign in");
        browser.get(stack.gateway() + "/profile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).as("the Keycloak session ended too").startsWith(stack.keycloak());
    }

    /** An order a merchant sent for the customer, as partners do. */
    private void anOrderFor(KeycloakAdmin.Customer customer, String orderId) throws IOException, InterruptedException {
        String token = keycloak.login(customer.username(), customer.password(), stack.gateway() + "/login/oauth2/code/keycloak");
        String customerId = Keycloak.claims(token).get("sub").asString();
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        Instant now = Instant.now();
        HttpResponse<String> ordered = http.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/orders/" + orderId))
                .header("Authorization", merchant).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"customerId":"%s","customerEmail":"%s","placedAt":"%s",
                         "lines":[{"sku":"MUG-1","name":"Mug","quantity":1}],
                         "shippingAddress":{"name":"Fay","lines":["1 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"demo-carrier","trackingNumber":"TRK-%s","lines":[{"sku":"MUG-1","quantity":1}]}]}"""
                        .formatted(customerId, customer.email(), now.minusSeconds(3600), now.plusSeconds(86_400),
                                now.plusSeconds(2 * 86_400), orderId))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    }

    /** The page as it is now, in both languages: photographed at both widths, and no serious or critical axe violation. */
    private void check(String name) throws IOException {
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

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static String axeScript() {
        String path = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
        try (InputStream in = PortalBrowserSystemTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String axeVersion() {
        try (InputStream in = PortalBrowserSystemTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
