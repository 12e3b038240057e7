package io.cmr.preference.unsubscribe;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.preference.ProfileServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(ProfileServiceStub.class)
class OneClickUnsubscribeTest {

    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    OneClickUnsubscribeTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomerUnsubscribesWithOneClickWithoutLoggingInOnceOnly() {
        String token = link("one-clicker", "delivery-updates", "SMS");

        click(token, ONE_CLICK).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("no longer receive"));
        click(token, ONE_CLICK).expectStatus().isOk();

        assertThat(channels("one-clicker", "delivery-updates")).containsExactly("EMAIL", "IN_APP");
        api.get().uri("/api/v1/preferences/me/consents").header(HttpHeaders.AUTHORIZATION, tokens.customer("one-clicker").bearer())
                .exchange().expectBody()
                .jsonPath("$.entries.length()").isEqualTo(1)
                .jsonPath("$.entries[0].actor").isEqualTo("one-click")
                .jsonPath("$.entries[0].clientId").isEqualTo("order-status-service")
                .jsonPath("$.entries[0].channel").isEqualTo("SMS");
    }

    @Test
    void followingTheLinkOnlyAsksForConfirmation() {
        String token = link("scanned", "delivery-updates", "SMS");

        api.get().uri("/api/v1/unsubscribe?token={token}", token).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("Stop receiving", "method=\"post\"", "One-Click"));

        assertThat(channels("scanned", "delivery-updates")).contains("SMS");
    }

    @Test
    void theLastChannelOfAMandatoryTopicStaysOnAndThePageSaysWhy() {
        String token = link("secured", "account-security", "EMAIL");

        click(token, ONE_CLICK).expectStatus().isEqualTo(409)
                .expectBody(String.class).value(page -> assertThat(page).contains("mandatory", "href=\"/preferences\""));

        assertThat(channels("secured", "account-security")).containsExactly("EMAIL");
    }

    @Test
    void forgedAlteredOrIncompleteRequestsChangeNothing() {
        String token = link("targeted", "delivery-updates", "SMS");
        String other = link("someone-else", "delivery-updates", "SMS");
        String altered = other.split("\\.")[0] + "." + token.split("\\.")[1];

        click(altered, ONE_CLICK).expectStatus().isBadRequest();
        click(token + "x", ONE_CLICK).expectStatus().isBadRequest();
        click("forged", ONE_CLICK).expectStatus().isBadRequest();
        click(token, "List-Unsubscribe=Yes").expectStatus().isBadRequest();
        api.get().uri("/api/v1/unsubscribe?token=forged").exchange().expectStatus().isBadRequest();

        assertThat(channels("targeted", "delivery-updates")).contains("SMS");
        assertThat(channels("someone-else", "delivery-updates")).contains("SMS");
    }

    @Test
    void onlyServiceAccountsIssueLinksForChannelsTheTopicAllows() {
        api.post().uri("/internal/v1/unsubscribe-tokens")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\":\"c\",\"topicId\":\"delivery-updates\",\"channel\":\"SMS\"}")
                .exchange().expectStatus().isForbidden();
        api.post().uri("/internal/v1/unsubscribe-tokens")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("order-status-service", "internal").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\":\"c\",\"topicId\":\"delivery-updates\",\"channel\":\"POSTAL\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
    }

    private String link(String customerId, String topicId, String channel) {
        return api.post().uri("/internal/v1/unsubscribe-tokens")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("order-status-service", "internal").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\":\"%s\",\"topicId\":\"%s\",\"channel\":\"%s\"}".formatted(customerId, topicId, channel))
                .exchange().expectStatus().isCreated()
                .expectBody(UnsubscribeController.IssuedLink.class).returnResult().getResponseBody().token();
    }

    private RestTestClient.ResponseSpec click(String token, String body) {
        return api.post().uri("/api/v1/unsubscribe?token={token}", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).exchange();
    }

    private List<Object> channels(String customerId, String topicId) {
        String body = api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, tokens.customer(customerId).bearer())
                .exchange().returnResult(String.class).getResponseBody();
        return JsonPath.read(body, "$.topics[?(@.topicId=='" + topicId + "')].channels[*]");
    }
}
