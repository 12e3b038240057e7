package io.cmr.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An order's journey through the gateway with real Keycloak clients: merchant, carrier, customers. */
@ExtendWith(WholeStack.class)
class OrderStatusSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();

    OrderStatusSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aliceSeesHerOrdersTimelineInTheOrderThingsHappenedAndThatItIsLateWhileBobSeesNothing() throws Exception {
        String alice = keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        String aliceId = Keycloak.claims(alice).get("sub").asString();
        String merchant = keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String carrier = keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orderId = "ST-" + suffix;
        String trackingNumber = "TRK-" + suffix;
        Instant now = Instant.now();

        HttpResponse<String> created = put(stack.gateway() + "/api/v1/orders/" + orderId, merchant, """
                {"customerId":"%s","placedAt":"%s",
                 "lines":[{"sku":"CUP-4","name":"Espresso cups","quantity":2}],
                 "shippingAddress":{"name":"Alice Liddell","lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "promisedWindow":{"start":"%s","end":"%s"},
                 "shipments":[{"carrier":"demo-carrier","trackingNumber":"%s","lines":[{"sku":"CUP-4","quantity":2}]}]}"""
                .formatted(aliceId, now.minusSeconds(2 * 86_400), now.minusSeconds(86_400), now.plusSeconds(86_400),
                        trackingNumber));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String events = stack.gateway() + "/api/v1/carriers/demo-carrier/shipments/" + trackingNumber + "/events";
        HttpResponse<String> late = http.postJson(events, """
                [{"eventId":"%s-3","type":"IN_TRANSIT","occurredAt":"%s","location":"Lyon hub","eta":"%s"},
                 {"eventId":"%s-1","type":"LABEL_CREATED","occurredAt":"%s","location":"Paris"}]"""
                .formatted(suffix, now.minusSeconds(3600), now.plusSeconds(3 * 86_400), suffix, now.minusSeconds(3 * 3600)),
                "Authorization", "Bearer " + carrier);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        HttpResponse<String> earlier = http.postJson(events, """
                {"eventId":"%s-2","type":"PICKED_UP","occurredAt":"%s","location":"Paris"}"""
                .formatted(suffix, now.minusSeconds(2 * 3600)), "Authorization", "Bearer " + carrier);
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(200);
        HttpResponse<String> again = http.postJson(events, """
                {"eventId":"%s-1","type":"LABEL_CREATED","occurredAt":"%s","location":"Paris"}"""
                .formatted(suffix, now.minusSeconds(3 * 3600)), "Authorization", "Bearer " + carrier);
        assertThat(JSON.readTree(again.body()).get("added").asInt()).isZero();

        HttpResponse<String> seen = http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", "Bearer " + alice);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        JsonNode order = JSON.readTree(seen.body());
        assertThat(order.get("status").asString()).isEqualTo("IN_TRANSIT");
        JsonNode timeline = order.get("shipments").get(0).get("timeline");
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(0).get("type").asString()).isEqualTo("LABEL_CREATED");
        assertThat(timeline.get(1).get("type").asString()).isEqualTo("PICKED_UP");
        assertThat(timeline.get(2).get("type").asString()).isEqualTo("IN_TRANSIT");
        assertThat(order.get("punctuality").get("level").asString()).isEqualTo("LATE");
        assertThat(order.get("punctuality").get("reason").asString()).isEqualTo("ETA_AFTER_WINDOW");

        HttpResponse<String> list = http.get(stack.gateway() + "/api/v1/orders", "Authorization", "Bearer " + alice);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(orderId);

        String bob = keycloak.login("bob", "bob", stack.gateway() + "/login/oauth2/code/keycloak");
        HttpResponse<String> bobs = http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", "Bearer " + bob);
        assertThat(bobs.statusCode()).isEqualTo(404);
        assertThat(bobs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.get(stack.gateway() + "/api/v1/orders", "Authorization", "Bearer " + bob).body()).doesNotContain(orderId);
    }

    @Test
    void aCarrierCannotWriteToAShipmentOfAnotherCarrier() {
        String carrier = keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret");

        HttpResponse<String> response = http.postJson(stack.gateway() + "/api/v1/carriers/other-carrier/shipments/TRK-X/events",
                """
                {"eventId":"x-1","type":"DELIVERED","occurredAt":"%s"}""".formatted(Instant.now().minusSeconds(60)),
                "Authorization", "Bearer " + carrier);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anOrderForAnAddressNobodyVerifiedYetBecomesAlicesWhenSheVerifiesIt() throws Exception {
        String merchant = keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String orderId = "ST-MAIL-" + suffix;
        String address = "alice.later." + suffix + "@example.com";
        Instant now = Instant.now();
        HttpResponse<String> created = put(stack.gateway() + "/api/v1/orders/" + orderId, merchant, """
                {"customerEmail":"%s","placedAt":"%s",
                 "lines":[{"sku":"CUP-4","name":"Espresso cups","quantity":2}],
                 "shippingAddress":{"name":"Alice Liddell","lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "promisedWindow":{"start":"%s","end":"%s"},"shipments":[]}"""
                .formatted(address.toUpperCase(), now.minusSeconds(3600), now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String alice = "Bearer " + keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        assertThat(http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", alice).statusCode())
                .isEqualTo(404);

        HttpResponse<String> added = http.postJson(stack.gateway() + "/api/v1/profile/me/contact-points",
                "{\"type\":\"EMAIL\",\"value\":\"" + address + "\"}", "Authorization", alice);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> verified = http.postJson(stack.gateway() + "/api/v1/profile/me/contact-points/"
                + JSON.readTree(added.body()).get("id").asString() + "/verification",
                "{\"code\":\"" + new Mailbox(stack).codeMailedTo(address) + "\"}", "Authorization", alice);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", alice).statusCode() == 200);
        assertThat(http.get(stack.gateway() + "/api/v1/orders", "Authorization", alice).body()).contains(orderId);
    }

    /** The shared helper has no PUT; a merchant's order is one. */
    private static HttpResponse<String> put(String url, String token, String json) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
