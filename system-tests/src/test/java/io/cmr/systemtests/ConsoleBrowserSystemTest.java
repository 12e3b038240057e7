package io.cmr.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consoles in a real headless Chromium through the gateway: ada (admin) signs in on Keycloak's
 * page, opens every admin page, declares an incident for a carrier and sees it listed with the
 * customers it reached; sam (support) finds alice by e-mail and records a contact. Every console page
 * is photographed at 1280 and 375 pixels wide and checked with axe-core in English and French.
 */
@ExtendWith(WholeStack.class)
class ConsoleBrowserSystemTest {

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private Chromium chromium;

    ConsoleBrowserSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @BeforeEach
    void openChromium() throws Exception {
        chromium = Chromium.open();
    }

    @AfterEach
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void adaDeclaresAnIncidentForACarrierInTheConsoleAndSeesHowManyCustomersItReached() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String carrier = "console-carrier-" + suffix;
        FreshShop shop = new FreshShop(stack, keycloak);
        String customer = shop.loginAsCustomer(new KeycloakAdmin(stack.keycloak()).createCustomer("cole-" + suffix));
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        Instant start = Instant.now().plus(Duration.ofDays(2));
        shop.putOrder(merchant, "CON-" + suffix, Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString(),
                carrier, "TRK-" + suffix, start, start.plus(Duration.ofDays(1)));

        chromium.signIn(stack, "ada", "ada");
        chromium.browser.get(stack.gateway() + "/admin");
        chromium.wait.until(ExpectedConditions.titleContains("Incidents"));
        chromium.check("admin-incidents");

        String title = "Console incident " + suffix;
        type("incident-title-fr", "Incident console " + suffix);
        type("incident-title-en", title);
        type("incident-message-fr", "Les colis de ce transporteur ont un jour de retard.");
        type("incident-message-en", "Parcels with this carrier are a day late.");
        type("incident-cause", "Sorting centre closed");
        ((JavascriptExecutor) chromium.browser).executeScript("arguments[0].value = arguments[1]",
                chromium.browser.findElement(By.id("incident-expected")),
                LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString());
        type("incident-carrier", carrier);
        chromium.browser.findElement(By.cssSelector("#declare-heading ~ form button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The incident was declared"));
        assertThat(chromium.text()).contains(title, "Sorting centre closed", carrier);
        chromium.check("admin-incident");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            chromium.browser.get(stack.gateway() + "/admin/incidents?lang=en");
            WebElement row = chromium.browser.findElements(By.cssSelector("tbody tr")).stream()
                    .filter(candidate -> candidate.getText().contains(title)).findFirst().orElseThrow();
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).isEqualTo("Active");
            assertThat(cells.get(1).getText()).as("customers affected").isEqualTo("1");
            assertThat(cells.get(2).getText()).as("notified per channel").containsAnyOf("In the portal 1", "E-mail 1");
        });

        for (String page : List.of("topics", "templates", "delay-rules", "contact-report")) {
            chromium.browser.get(stack.gateway() + "/admin/" + page);
            chromium.check("admin-" + page);
        }
        chromium.browser.get(stack.gateway() + "/admin/templates");
        chromium.browser.findElement(By.cssSelector("tbody a")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("template-form")));
        chromium.browser.findElement(By.cssSelector("button[value=preview]")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview .preview")));
        chromium.check("admin-template");
        chromium.browser.get(stack.gateway() + "/admin/topics");
        chromium.browser.findElement(By.cssSelector("tbody a")).click();
        chromium.wait.until(ExpectedConditions.titleContains("Topics"));
        chromium.check("admin-topic");

        chromium.browser.get(stack.gateway() + "/support");
        assertThat(chromium.text()).as("ada is no support agent").contains("Not allowed");
    }

    @Test
    void samFindsAliceAndRecordsAContactCodedWithAReason() throws Exception {
        new FreshShop(stack, keycloak).loginAsCustomer(new KeycloakAdmin.Customer("alice", "alice", "alice@example.com"));

        chromium.signIn(stack, "sam", "sam");
        chromium.browser.get(stack.gateway() + "/support");
        chromium.check("support-find");
        type("find-email", "Alice@Example.com");
        chromium.browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.urlContains("/support/customers/"));
        assertThat(chromium.text()).contains("alice@example.com", "Contact preferences", "Recent orders and their notices");
        chromium.check("support-customer");

        Select reason = new Select(chromium.browser.findElement(By.id("contact-reason")));
        reason.selectByIndex(1);
        type("contact-note", "Asked where her parcel is");
        chromium.browser.findElement(By.cssSelector("#contact-heading ~ form button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "The contact was recorded."));

        chromium.browser.get(stack.gateway() + "/admin/topics");
        assertThat(chromium.text()).as("sam is no admin").contains("Not allowed");
    }

    private void type(String id, String text) {
        WebElement field = chromium.browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
