package io.cmr.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal in a real headless Chromium (Debian's, with its chromedriver; Selenium Manager never
 * downloads anything) through the gateway: a fresh customer signs in on Keycloak's own page, edits a
 * preference, adds and verifies an e-mail with the code mailed to it, opens an order, downloads her
 * data and signs out; another opens a late order and sees the reason and every message about it,
 * sees the banner of an incident an admin declared, reads the notice in her inbox and stops the
 * incident e-mails from the e-mail's own link. Every page is photographed at 1280 and 375 pixels wide
 * ({@code target/screenshots}) and checked with axe-core in English and French.
 */
@ExtendWith(WholeStack.class)
class PortalBrowserSystemTest {

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    PortalBrowserSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @BeforeEach
    void openChromium() throws IOException {
        chromium = Chromium.open();
        browser = chromium.browser;
        wait = chromium.wait;
        downloads = chromium.downloads;
    }

    @AfterEach
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCustomerManagesHerRelationshipInTheBrowserOnEveryPageAccessiblyInBothLanguages() throws Exception {
        KeycloakAdmin.Customer fay = new KeycloakAdmin(stack.keycloak())
                .createCustomer("fay-" + UUID.randomUUID().toString().substring(0, 8));
        String orderId = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        anOrderFor(fay, orderId);

        browser.get(stack.gateway() + "/");
        chromium.check("home-anonymous");
        browser.findElement(By.cssSelector(".call-to-action a.button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak());
        browser.findElement(By.id("username")).sendKeys(fay.username());
        browser.findElement(By.id("password")).sendKeys(fay.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
        assertThat(text()).contains("Needs your attention");
        chromium.check("home");

        browser.get(stack.gateway() + "/preferences");
        chromium.check("preferences");
        WebElement sms = browser.findElement(By.cssSelector("input[name='topics[0].channels'][value='SMS']"));
        boolean wasOn = sms.isSelected();
        sms.click();
        browser.findElement(By.cssSelector("#choices-heading ~ form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Your preferences are saved."));
        assertThat(browser.findElement(By.cssSelector("input[name='topics[0].channels'][value='SMS']")).isSelected())
                .isNotEqualTo(wasOn);
        assertThat(text()).contains("Turned " + (wasOn ? "off" : "on"));

        browser.get(stack.gateway() + "/profile");
        chromium.check("profile");
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
        chromium.check("profile-verified");

        browser.get(stack.gateway() + "/orders");
        chromium.check("orders");
        browser.findElement(By.linkText("Order " + orderId)).click();
        wait.until(ExpectedConditions.titleContains(orderId));
        assertThat(text()).contains("Where it is", "What you ordered", "1 × Mug");
        chromium.check("order");

        browser.get(stack.gateway() + "/privacy");
        chromium.check("privacy");
        browser.findElement(By.cssSelector("a[href='/privacy/export']")).click();
        Path export = downloads.resolve("my-cmr-data.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(export) && Files.size(export) > 0);
        assertThat(Files.readString(export)).contains(address, orderId);
        browser.get(stack.gateway() + "/privacy/erasure");
        chromium.check("privacy-erase");

        browser.get(stack.gateway() + "/");
        browser.findElement(By.cssSelector(".site-header form button")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
        assertThat(text()).contains("Sign in");
        browser.get(stack.gateway() + "/profile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.getCurrentUrl()).as("the Keycloak session ended too").startsWith(stack.keycloak());
    }

    @Test
    void aCustomerSeesWhyAnOrderIsLateReadsHerNoticesAndTheIncidentAnAdminDeclared() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.Customer alice = new KeycloakAdmin(stack.keycloak()).createCustomer("alice-" + suffix);
        FreshShop shop = new FreshShop(stack, keycloak);
        String customerId = Keycloak.claims(shop.loginAsCustomer(alice).substring("Bearer ".length())).get("sub").asString();
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        Instant now = Instant.now();
        // Late: the carrier's estimate is after the promised window.
        String lateOrder = "LATE-" + suffix;
        shop.putOrder(merchant, lateOrder, customerId, "demo-carrier", "TRK-LATE-" + suffix, now.plusSeconds(86_400),
                now.plusSeconds(2 * 86_400));
        String carrier = "Bearer " + keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret");
        HttpResponse<String> late = new Http().postJson(stack.gateway() + "/api/v1/carriers/demo-carrier/shipments/TRK-LATE-"
                + suffix + "/events", """
                [{"eventId":"%s-1","type":"IN_TRANSIT","occurredAt":"%s","location":"Lyon hub","eta":"%s"}]"""
                .formatted(suffix, now.minusSeconds(600), now.plusSeconds(5 * 86_400)), "Authorization", carrier);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        // An incident at a hub of her other order's carrier, declared by ada through the gateway with her own token.
        String hub = "st-web-" + suffix;
        shop.putOrder(merchant, "HUB-" + suffix, customerId, hub, "TRK-HUB-" + suffix, now.plusSeconds(86_400),
                now.plusSeconds(3 * 86_400));
        String ada = "Bearer " + keycloak.login("ada", "ada", stack.gateway() + "/login/oauth2/code/keycloak");
        HttpResponse<String> declared = new Http().postJson(stack.gateway() + "/api/v1/incidents", """
                {"title":{"fr":"Plateforme %1$s fermée","en":"Hub %1$s closed"},
                 "message":{"fr":"Une panne a fermé la plateforme %1$s.","en":"An outage closed hub %1$s."},
                 "cause":"Outage at hub %1$s","expectedResolution":"%2$s","selector":{"carrier":"%3$s"}}"""
                .formatted(suffix, now.plus(Duration.ofDays(1)), hub), "Authorization", ada);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);

        signIn(alice);
        untilPageShows(stack.gateway() + "/", "Hub " + suffix + " closed");
        assertThat(text()).contains("An outage closed hub " + suffix, "Order " + lateOrder, "New messages");
        chromium.check("home-incident");

        browser.get(stack.gateway() + "/orders/" + lateOrder);
        assertThat(text()).contains("Late", "The carrier now expects to deliver after the date we promised.");
        // "Why did I (not) get this?": the shipping notice went by e-mail and to the inbox, not by SMS (no verified phone).
        untilPageShows(stack.gateway() + "/orders/" + lateOrder, "Your order is late");
        assertThat(text()).contains("Messages about this order", "Your order has been shipped",
                "By e-mail: sent on", "to " + alice.email(), "In your notifications here: sent on",
                "By text message: not sent, because you have no verified address or number for it.");
        chromium.check("order-notices");

        // The incident's notice, in the customer's language.
        List<String> incidentTitles = List.of("Hub " + suffix + " closed", "Plateforme " + suffix + " fermée");
        untilPageShows(stack.gateway() + "/notifications", incidentTitles.toArray(String[]::new));
        chromium.check("notifications");
        WebElement incident = browser.findElements(By.cssSelector("li.inbox-item.unread")).stream()
                .filter(item -> incidentTitles.stream().anyMatch(item.getText()::contains)).findFirst().orElseThrow();
        String noticeId = incident.getDomAttribute("id");
        int unread = browser.findElements(By.cssSelector("li.inbox-item.unread")).size();
        assertThat(browser.findElement(By.cssSelector("a[href='/notifications']")).getText())
                .contains(Integer.toString(unread));
        incident.findElement(By.cssSelector("form button")).click();
        // htmx swaps the notice for its read self, and the header's count with it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(noticeId), "Read on"));
        assertThat(browser.findElements(By.cssSelector("li.inbox-item.unread"))).hasSize(unread - 1);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id(noticeId)).getText()).contains("Read on").doesNotContain("Mark as read");

        // The incident's e-mail: its text links to the portal's page, which asks before turning anything off.
        Mailbox mailbox = new Mailbox(stack);
        String page = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> mailbox.mailsTo(alice.email()).stream()
                        .filter(mail -> mail.subject() != null && mail.subject().contains(suffix)).findFirst()
                        .map(mail -> unsubscribePage(mail.text())).orElse(null), link -> link != null);
        assertThat(page).startsWith(stack.gateway() + "/unsubscribe?token=");
        browser.get(page);
        // Her first mail naming the suffix: the shipping notice or the incident's, each names its own topic.
        assertThat(text()).contains("Stop these messages?", "You will no longer receive “").contains("” by e-mail.");
        chromium.check("unsubscribe");
        browser.findElement(By.cssSelector("main form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Done"));
        assertThat(text()).contains("You will no longer receive “").contains("” by e-mail.");
        chromium.screenshot("unsubscribe-done");
    }

    /** Keycloak's own login page, from the home page's "Sign in". */
    private void signIn(KeycloakAdmin.Customer customer) {
        browser.get(stack.gateway() + "/");
        browser.findElement(By.cssSelector(".call-to-action a.button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        browser.findElement(By.id("username")).sendKeys(customer.username());
        browser.findElement(By.id("password")).sendKeys(customer.password());
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(stack.gateway() + "/"));
    }

    /** What arrives in the background (a notice, an incident's fan-out) shows on the page once it is there. */
    private void untilPageShows(String url, String... anyOf) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.get(url);
            String text = text();
            return List.of(anyOf).stream().anyMatch(text::contains);
        });
    }

    private static String unsubscribePage(String mailText) {
        Matcher link = Pattern.compile("https?://\\S+/unsubscribe\\?token=[A-Za-z0-9._~%-]+")
                .matcher(mailText == null ? "" : mailText);
        return link.find() ? link.group() : null;
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

    private String text() {
        return chromium.text();
    }
}
