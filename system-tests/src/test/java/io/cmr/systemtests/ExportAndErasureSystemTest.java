package io.cmr.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.cmr.platform.test.HttpCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's export gathers what every service holds about them, and their erasure leaves
 * nothing of them in any. A customer of the test's own, since erasing a shared demo user would
 * take them from the other tests.
 */
@ExtendWith(WholeStack.class)
class ExportAndErasureSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STREET = "7 allée des Effacés";

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ExportAndErasureSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void theExportHoldsTheCustomersDataFromEveryServiceAndAfterErasureNoServiceHoldsAnythingOfThem() {
        KeycloakAdmin.Customer erin = new KeycloakAdmin(stack.keycloak())
                .createCustomer("erin-" + UUID.randomUUID().toString().substring(0, 8));
        String customer = "Bearer " + keycloak.login(erin.username(), erin.password(),
                stack.gateway() + "/login/oauth2/code/keycloak");
        String customerId = Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString();
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String orderId = "ERASE-" + UUID.randomUUID().toString().substring(0, 8);

        givesDataToEveryService(customer, merchant, orderId, erin.email());

        HttpResponse<String> exported = http.get(stack.gateway() + "/api/v1/profile/me/export", "Authorization", customer);
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        JsonNode export = JSON.readTree(exported.body());
        assertThat(export.get("customerId").asString()).isEqualTo(customerId);
        assertThat(export.get("complete").asBoolean()).as(exported.body()).isTrue();
        assertThat(export.get("missing")).isEmpty();
        assertThat(names(export.get("parts"))).containsExactly("profile", "preference", "order-status");

        JsonNode profilePart = export.get("parts").get("profile");
        assertThat(profilePart.get("profile").get("customerId").asString()).isEqualTo(customerId);
        assertThat(profilePart.get("profile").get("email").asString()).isEqualTo(erin.email());
        assertThat(profilePart.get("profile").get("givenName").asString()).isEqualTo("Erin");
        assertThat(profilePart.get("contactPoints")).hasSize(1);
        JsonNode email = profilePart.get("contactPoints").get(0);
        assertThat(email.get("type").asString()).isEqualTo("EMAIL");
        assertThat(email.get("value").asString()).isEqualTo(erin.email());
        assertThat(email.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(find(profilePart.get("audit"), "action", "PROFILE_CHANGED").get("changes").toString()).contains("Erin");

        JsonNode preferencePart = export.get("parts").get("preference");
        assertThat(preferencePart.get("customerId").asString()).isEqualTo(customerId);
        JsonNode deliveryUpdates = find(preferencePart.get("preferences").get("topics"), "topicId", "delivery-updates");
        assertThat(deliveryUpdates.get("channels").toString()).isEqualTo("[\"EMAIL\",\"IN_APP\"]");
        JsonNode smsOff = find(preferencePart.get("consents"), "channel", "SMS");
        assertThat(smsOff.get("customerId").asString()).isEqualTo(customerId);
        assertThat(smsOff.get("topicId").asString()).isEqualTo("delivery-updates");
        assertThat(smsOff.get("before").asBoolean()).isTrue();
        assertThat(smsOff.get("after").asBoolean()).isFalse();
        assertThat(smsOff.get("actor").asString()).isEqualTo("customer");

        JsonNode orderPart = export.get("parts").get("order-status");
        assertThat(orderPart.get("customerId").asString()).isEqualTo(customerId);
        assertThat(orderPart.get("orders")).hasSize(1);
        JsonNode order = orderPart.get("orders").get(0);
        assertThat(order.get("orderId").asString()).isEqualTo(orderId);
        assertThat(order.get("customerEmail").asString()).isEqualTo(erin.email());
        assertThat(order.get("shippingAddress").get("lines").get(0).asString()).isEqualTo(STREET);

        HttpResponse<String> erasure = send(request("/api/v1/profile/me", customer).DELETE());
        assertThat(erasure.statusCode()).as(erasure.body()).isEqualTo(202);
        String erasureId = JSON.readTree(erasure.body()).get("id").asString();
        assertThat(erasure.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/profile/me/erasure/" + erasureId));
        JsonNode[] state = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> read = http.get(stack.gateway() + "/api/v1/profile/me/erasure/" + erasureId,
                    "Authorization", customer);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            state[0] = JSON.readTree(read.body());
            return "DONE".equals(state[0].get("status").asString());
        });
        assertThat(names(state[0].get("parts"), "name")).containsExactly("preference", "order-status", "profile");
        assertThat(names(state[0].get("parts"), "status")).containsOnly("CONFIRMED");

        String service = "Bearer " + keycloak.clientCredentials("order-status-service", "order-status-service-local-secret");
        JsonNode profileLeft = internalExport("profile-service", customerId, service);
        assertThat(profileLeft.get("profile").isNull()).as(profileLeft.toString()).isTrue();
        assertThat(profileLeft.get("contactPoints")).isEmpty();
        assertThat(profileLeft.get("audit")).isEmpty();
        JsonNode preferenceLeft = internalExport("preference-service", customerId, service);
        assertThat(preferenceLeft.get("preferences").isNull()).as(preferenceLeft.toString()).isTrue();
        assertThat(preferenceLeft.get("consents")).isEmpty();
        JsonNode ordersLeft = internalExport("order-status-service", customerId, service);
        assertThat(ordersLeft.get("orders")).as(ordersLeft.toString()).isEmpty();
        for (String part : List.of("contacts", "supportReads", "notices", "noticeDeliveries", "inbox", "incidents")) {
            assertThat(ordersLeft.get(part)).as(part).isEmpty();
        }

        HttpResponse<String> merchantsOrder = http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", merchant);
        assertThat(merchantsOrder.statusCode()).as(merchantsOrder.body()).isEqualTo(200);
        JsonNode anonymised = JSON.readTree(merchantsOrder.body());
        assertThat(anonymised.get("orderId").asString()).isEqualTo(orderId);
        assertThat(anonymised.get("lines").get(0).get("sku").asString()).isEqualTo("MUG-1");
        assertThat(anonymised.path("customerId").isNull() || anonymised.path("customerId").isMissingNode())
                .as(merchantsOrder.body()).isTrue();
        assertThat(anonymised.get("shippingAddress").get("name").asString()).isEqualTo("erased");
        assertThat(anonymised.get("shippingAddress").get("lines")).isEmpty();
        assertThat(merchantsOrder.body()).doesNotContain(customerId, erin.email(), "Erin", STREET);
        assertThat(http.get(stack.gateway() + "/api/v1/orders/" + orderId, "Authorization", customer).statusCode())
                .isEqualTo(404);
    }

    /** A changed name (profile), SMS turned off for delivery updates (preference), an order (order-status). */
    private void givesDataToEveryService(String customer, String merchant, String orderId, String email) {
        HttpResponse<String> profile = http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", customer);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        HttpResponse<String> renamed = send(request("/api/v1/profile/me", customer)
                .header("Content-Type", "application/merge-patch+json").header("If-Match", etagOf(profile))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"givenName\":\"Erin\"}")));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        HttpResponse<String> preferences = http.get(stack.gateway() + "/api/v1/preferences/me", "Authorization", customer);
        assertThat(preferences.statusCode()).as(preferences.body()).isEqualTo(200);
        HttpResponse<String> changed = send(request("/api/v1/preferences/me", customer)
                .header("Content-Type", "application/json").header("If-Match", etagOf(preferences))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"topics\":[{\"topicId\":\"delivery-updates\",\"channels\":[\"EMAIL\",\"IN_APP\"]}]}")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        Instant now = Instant.now();
        HttpResponse<String> ordered = send(request("/api/v1/orders/" + orderId, merchant)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"customerId":"%s","customerEmail":"%s","placedAt":"%s",
                         "lines":[{"sku":"MUG-1","name":"Mug","quantity":1}],
                         "shippingAddress":{"name":"Erin Fresh","lines":["%s"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"demo-carrier","trackingNumber":"TRK-%s","lines":[{"sku":"MUG-1","quantity":1}]}]}"""
                        .formatted(Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString(), email,
                                now.minusSeconds(3600), STREET, now.plusSeconds(86_400), now.plusSeconds(2 * 86_400),
                                orderId))));
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    }

    /** What a service holds about the customer, asked directly as a service account (the gateway blocks /internal). */
    private JsonNode internalExport(String app, String customerId, String service) {
        HttpResponse<String> response = http.get(stack.app(app) + "/internal/v1/customers/" + customerId + "/export",
                "Authorization", service);
        assertThat(response.statusCode()).as(app + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(client, request.build());
    }

    private static String etagOf(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asString(null))) {
                return item;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
