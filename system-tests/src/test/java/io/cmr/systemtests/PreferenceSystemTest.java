package io.cmr.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.cmr.platform.test.HttpCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers' contact preferences through the real gateway, with real Keycloak tokens. */
@ExtendWith(WholeStack.class)
class PreferenceSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLAN = "{\"topicId\":\"delivery-updates\",\"customerIds\":[\"someone\"]}";

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PreferenceSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aliceTurnsSmsOffForDeliveryUpdatesHerLedgerShowsItAndBobCannotReadIt() {
        String alice = "Bearer " + login("alice");
        String aliceId = Keycloak.claims(alice.substring(7)).get("sub").asString();
        HttpResponse<String> current = http.get(stack.gateway() + "/api/v1/preferences/me", "Authorization", alice);
        assertThat(current.statusCode()).isEqualTo(200);

        HttpResponse<String> changed = HttpCalls.send(client, HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/preferences/me"))
                .header("Authorization", alice).header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"topics\":[{\"topicId\":\"delivery-updates\",\"channels\":[\"EMAIL\",\"IN_APP\"]}]}"))
                .build());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> ledger = http.get(stack.gateway() + "/api/v1/preferences/me/consents", "Authorization", alice);
        assertThat(ledger.statusCode()).isEqualTo(200);
        JsonNode newest = JSON.readTree(ledger.body()).get("entries").get(0);
        assertThat(newest.get("topicId").asString()).isEqualTo("delivery-updates");
        assertThat(newest.get("channel").asString()).isEqualTo("SMS");
        assertThat(newest.get("after").asBoolean()).isFalse();
        assertThat(newest.get("actor").asString()).isEqualTo("customer");

        String bob = "Bearer " + login("bob");
        assertThat(http.get(stack.gateway() + "/api/v1/preferences/me/consents", "Authorization", bob).body())
                .doesNotContain("delivery-updates");
        assertThat(http.get(stack.gateway() + "/api/v1/customers/" + aliceId + "/preferences", "Authorization", bob)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aPartnerTokenCannotCallInternalEndpointsThroughTheGatewayOrDirectly() {
        String partner = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");

        // The gateway never forwards /internal/**, whoever asks.
        assertThat(http.postJson(stack.gateway() + "/internal/v1/delivery-plans", PLAN, "Authorization", partner)
                .statusCode()).isEqualTo(404);
        assertThat(http.postJson(stack.app("preference-service") + "/internal/v1/delivery-plans", PLAN, "Authorization", partner)
                .statusCode()).isEqualTo(403);

        String service = "Bearer " + keycloak.clientCredentials("order-status-service", "order-status-service-local-secret");
        HttpResponse<String> plans = http.postJson(stack.app("preference-service") + "/internal/v1/delivery-plans", PLAN,
                "Authorization", service);
        assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
        assertThat(http.postJson(stack.gateway() + "/internal/v1/delivery-plans", PLAN, "Authorization", service)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anUnsubscribeLinkShowsItsConfirmationPageThroughTheGatewayWithoutLogin() {
        String service = "Bearer " + keycloak.clientCredentials("order-status-service", "order-status-service-local-secret");
        HttpResponse<String> link = http.postJson(stack.app("preference-service") + "/internal/v1/unsubscribe-tokens",
                "{\"customerId\":\"someone\",\"topicId\":\"marketing-offers\",\"channel\":\"EMAIL\"}", "Authorization", service);
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);

        HttpResponse<String> page = http.get(stack.gateway() + JSON.readTree(link.body()).get("path").asString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("One-Click");
    }

    private String login(String user) {
        return keycloak.login(user, user, stack.gateway() + "/login/oauth2/code/keycloak");
    }
}
