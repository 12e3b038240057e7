package io.cmr.orderstatus.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import io.cmr.orderstatus.notification.NotificationStubs;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class IncidentsApiTest {

    private final TestTokens tokens;
    private RestTestClient api;
    private String admin;
    private String carrier;
    private IncidentOrders orders;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabase database;

    private RequestedNotices notices;

    IncidentsApiTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    /** The real outbox plans the incident's notices with preference-service stubbed; nothing is dispatched. */
    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        String stub = NotificationStubs.url();
        // Its own database: other test classes' cached contexts keep planning and dispatching theirs.
        registry.add("spring.mongodb.database", () -> "cmr-incidents-test");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub);
        registry.add("cmr.remote.clients.profile-service.url", () -> stub);
        registry.add("cmr.notifications.planning.every", () -> "200ms");
        registry.add("cmr.notifications.dispatch.enabled", () -> "false");
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        admin = tokens.customer("ada-sub").roles("admin").bearer();
        carrier = "carrier-" + UUID.randomUUID().toString().substring(0, 8);
        orders = new IncidentOrders(database);
        notices = new RequestedNotices(database);
    }

    static String incident(String selector) {
        return incident(selector, Instant.now().plus(Duration.ofDays(1)));
    }

    static String incident(String selector, Instant expected) {
        return """
                {"title":{"fr":"Plateforme de Lyon fermée","en":"Lyon hub closed"},
                 "message":{"fr":"Une tempête a fermé la plateforme.","en":"A storm closed the hub."},
                 "cause":"Storm","expectedResolution":"%s","selector":%s}""".formatted(expected, selector);
    }

    private RestTestClient.ResponseSpec declare(String token, String body) {
        return api.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private String declared(String body) {
        String[] id = new String[1];
        declare(admin, body).expectStatus().isCreated().expectBody()
                .jsonPath("$.id").value(String.class, value -> id[0] = value)
                .jsonPath("$.status").isEqualTo("ACTIVE");
        awaitFanOut(id[0], 1);
        return id[0];
    }

    private RestTestClient.ResponseSpec patch(String id, String body) {
        return api.patch().uri("/api/v1/incidents/{id}", id).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private void awaitFanOut(String id, int revision) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.get().uri("/api/v1/incidents/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.fanOut.revision").isEqualTo(revision)
                .jsonPath("$.fanOut.state").isEqualTo("DONE"));
    }

    private Map<String, Notice> noticesOf(String id, int revision) {
        return notices.withKey("incident:" + id + ":v" + revision).stream()
                .collect(Collectors.toMap(Notice::customerId, notice -> notice));
    }

    @Test
    void anIncidentTellsEachAffectedCustomerOnceAboutAllTheirOrders() {
        orders.add("A1-" + carrier, "amy-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null)
                .add("A2-" + carrier, "amy-" + carrier, carrier, "69002", "FR", ShipmentStatus.EXCEPTION, null)
                .add("B1-" + carrier, "ben-" + carrier, carrier, "75002", "FR", ShipmentStatus.IN_TRANSIT, null)
                .add("C1-" + carrier, "cat-" + carrier, "other-carrier", "69001", "FR", ShipmentStatus.IN_TRANSIT, null)
                .add("D1-" + carrier, null, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null)
                .store();

        String id = declared(incident("{\"carrier\":\"" + carrier + "\"}"));

        Map<String, Notice> told = noticesOf(id, 1);
        assertThat(told).containsOnlyKeys("amy-" + carrier, "ben-" + carrier);
        Notice amy = told.get("amy-" + carrier);
        assertThat(amy.orderIds()).containsExactlyInAnyOrder("A1-" + carrier, "A2-" + carrier);
        assertThat(amy.topicId()).isEqualTo("service-incidents");
        assertThat(amy.kind()).isEqualTo("INCIDENT_DECLARED");
        assertThat(amy.incidentId()).isEqualTo(id);
        assertThat(amy.values()).containsEntry("title.en", "Lyon hub closed").containsEntry("title.fr", "Plateforme de Lyon fermée")
                .containsEntry("message.en", "A storm closed the hub.").containsEntry("orderCount", "2")
                .containsEntry("cause", "Storm").containsKey("expectedResolution");
        api.get().uri("/api/v1/incidents/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"").expectBody()
                .jsonPath("$.fanOut.customersReached").isEqualTo(2)
                .jsonPath("$.fanOut.ordersReached").isEqualTo(3)
                .jsonPath("$.revisions[0].kind").isEqualTo("INCIDENT_DECLARED");
        // The admins' counts are the outbox's: they show the customers once their notices are planned.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api.get().uri("/api/v1/incidents/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange().expectBody()
                .jsonPath("$.notices.customers").isEqualTo(2));
    }

    @Test
    void theSelectorsCriteriaAllHold() {
        Instant monday = Instant.parse("2026-06-08T10:00:00Z");
        orders.add("R1-" + carrier, "r1-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, monday)
                .add("R2-" + carrier, "r2-" + carrier, carrier, "69001", "BE", ShipmentStatus.IN_TRANSIT, monday)
                .add("R3-" + carrier, "r3-" + carrier, carrier, "38000", "FR", ShipmentStatus.DELIVERED, monday)
                .add("R4-" + carrier, "r4-" + carrier, carrier, "75002", "FR", ShipmentStatus.IN_TRANSIT, monday)
                .add("R5-" + carrier, "r5-" + carrier, carrier, "33000", "FR", ShipmentStatus.IN_TRANSIT, monday.minus(Duration.ofDays(5)))
                .add("R6-" + carrier, "r6-" + carrier, carrier, "33100", "FR", ShipmentStatus.EXCEPTION, monday)
                .add("R7-" + carrier, "r7-" + carrier, carrier, "73000", "FR", ShipmentStatus.PENDING, null)
                .store();

        String id = declared(incident("""
                {"carrier":"%s","regions":["FR-ARA"],"postalCodePrefixes":["33"],"statuses":["IN_TRANSIT","EXCEPTION","PENDING"],
                 "shippedBetween":{"from":"2026-06-07T00:00:00Z","to":"2026-06-09T00:00:00Z"}}""".formatted(carrier)));

        assertThat(noticesOf(id, 1)).containsOnlyKeys("r1-" + carrier, "r6-" + carrier);
    }

    @Test
    void anUpdateReachesTheSameCustomersAndThoseAffectedSinceAndTheResolutionReachesThemAll() {
        orders.add("U1-" + carrier, "uma-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null).store();
        String id = declared(incident("{\"carrier\":\"" + carrier + "\",\"statuses\":[\"IN_TRANSIT\"]}"));
        assertThat(noticesOf(id, 1)).containsOnlyKeys("uma-" + carrier);

        orders.setStatus("U1-" + carrier, ShipmentStatus.DELIVERED);
        orders.add("V1-" + carrier, "vic-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null).store();
        Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        patch(id, "{\"expectedResolution\":\"" + later + "\",\"message\":{\"fr\":\"Toujours fermé.\",\"en\":\"Still closed.\"}}")
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"").expectBody()
                .jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.expectedResolution").isEqualTo(later.toString());
        awaitFanOut(id, 2);
        Map<String, Notice> updated = noticesOf(id, 2);
        assertThat(updated).containsOnlyKeys("uma-" + carrier, "vic-" + carrier);
        assertThat(updated.get("vic-" + carrier).kind()).isEqualTo("INCIDENT_UPDATED");
        assertThat(updated.get("vic-" + carrier).values()).containsEntry("message.en", "Still closed.")
                .containsEntry("expectedResolution", later.toString());
        assertThat(updated.get("uma-" + carrier).orderIds()).containsExactly("U1-" + carrier);

        patch(id, "{\"status\":\"RESOLVED\"}").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RESOLVED");
        awaitFanOut(id, 3);
        assertThat(noticesOf(id, 3)).containsOnlyKeys("uma-" + carrier, "vic-" + carrier)
                .allSatisfy((customer, notice) -> assertThat(notice.kind()).isEqualTo("INCIDENT_RESOLVED"));
        patch(id, "{\"status\":\"RESOLVED\"}").expectStatus().isEqualTo(409);

        api.get().uri("/api/v1/incidents/mine").header(HttpHeaders.AUTHORIZATION, tokens.customer("vic-" + carrier).bearer())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.incidents[0].id").isEqualTo(id)
                .jsonPath("$.incidents[0].status").isEqualTo("RESOLVED")
                .jsonPath("$.incidents[0].title.en").isEqualTo("Lyon hub closed")
                .jsonPath("$.incidents[0].orderIds[0]").isEqualTo("V1-" + carrier);
        api.get().uri("/api/v1/incidents/mine").header(HttpHeaders.AUTHORIZATION, tokens.customer("nobody-" + carrier).bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.incidents.length()").isEqualTo(0);
    }

    @Test
    void anUpdateOnAnOldVersionIsRefused() {
        String id = declared(incident("{\"carrier\":\"" + carrier + "\"}"));
        api.patch().uri("/api/v1/incidents/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"message\":{\"fr\":\"a\",\"en\":\"b\"}}").exchange()
                .expectStatus().isOk();
        api.patch().uri("/api/v1/incidents/{id}", id).header(HttpHeaders.AUTHORIZATION, admin).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body("{\"message\":{\"fr\":\"c\",\"en\":\"d\"}}").exchange()
                .expectStatus().isEqualTo(412).expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        long before = database.getCollection("incidents").countDocuments();
        declare(admin, incident("{}")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("selector");
        declare(admin, incident("{\"regions\":[\"FR-XYZ\"],\"postalCodePrefixes\":[\"$where\"],"
                + "\"shippedBetween\":{\"from\":\"2026-06-09T00:00:00Z\",\"to\":\"2026-06-08T00:00:00Z\"}}",
                Instant.now().minusSeconds(60))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("selector.regions[0]",
                        "selector.postalCodePrefixes[0]", "selector.shippedBetween", "expectedResolution"));
        declare(admin, incident("{\"statuses\":[\"LOST\"]}")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("statuses"));
        declare(admin, """
                {"title":{"fr":"x"},"message":{"fr":"m","en":"m"},"cause":"","expectedResolution":"%s","selector":{"carrier":"c"}}"""
                .formatted(Instant.now().plusSeconds(3600))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("title.en", "cause"));
        declare(admin, incident("{\"carrier\":\"c\",\"colour\":\"red\"}")).expectStatus().isBadRequest();
        declare(admin, incident("{\"carrier\":\"c\"}").replace("\"cause\"", "\"severity\":1,\"cause\"")).expectStatus().isBadRequest();
        assertThat(database.getCollection("incidents").countDocuments()).isEqualTo(before);

        String id = declared(incident("{\"carrier\":\"" + carrier + "\"}"));
        patch(id, "{}").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("message");
        patch(id, "{\"status\":\"ACTIVE\"}").expectStatus().isBadRequest();
        patch(id, "{\"expectedResolution\":\"2020-01-01T00:00:00Z\"}").expectStatus().isBadRequest();
        patch(id, "{\"message\":{\"fr\":\"\",\"en\":\"x\"}}").expectStatus().isBadRequest();
        patch("inc-doesnotexist", "{\"status\":\"RESOLVED\"}").expectStatus().isNotFound();
        api.get().uri("/api/v1/incidents?limit=0").header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isBadRequest();
        api.get().uri("/api/v1/incidents?cursor=nope").header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isBadRequest();
    }

    @Test
    void aRetriedDeclarationWithTheSameIdempotencyKeyDeclaresNothingMore() {
        orders.add("K1-" + carrier, "kim-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null).store();
        String body = incident("{\"carrier\":\"" + carrier + "\"}");
        String[] first = new String[1];
        api.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, admin).header("Idempotency-Key", "k-" + carrier)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.id").value(String.class, id -> first[0] = id);
        api.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, admin).header("Idempotency-Key", "k-" + carrier)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(first[0]);
        awaitFanOut(first[0], 1);
        assertThat(notices.ofIncident(first[0])).hasSize(1);
    }

    @Test
    void adminsAndPartnersWithTheScopeDeclareAndSupportReads() {
        orders.add("P1-" + carrier, "merchant-a", "pia-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null)
                .add("P2-" + carrier, "merchant-b", "pat-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null).store();
        String body = incident("{\"carrier\":\"" + carrier + "\"}");

        declare(null, body).expectStatus().isUnauthorized();
        api.post().uri("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isUnauthorized();
        declare(tokens.customer("cid").bearer(), body).expectStatus().isForbidden();
        declare(tokens.customer("sam").roles("support").bearer(), body).expectStatus().isForbidden();
        declare(tokens.partner("merchant-a", "orders:write").bearer(), body).expectStatus().isForbidden();

        String partner = tokens.partner("merchant-a", "incidents:write").bearer();
        String[] id = new String[1];
        declare(partner, body).expectStatus().isCreated().expectBody().jsonPath("$.id").value(String.class, v -> id[0] = v);
        awaitFanOut(id[0], 1);
        // A partner reaches only orders it is merchant or carrier of.
        assertThat(noticesOf(id[0], 1)).containsOnlyKeys("pia-" + carrier);
        api.get().uri("/api/v1/incidents/{id}", id[0]).header(HttpHeaders.AUTHORIZATION, partner).exchange().expectStatus().isOk();
        api.get().uri("/api/v1/incidents/{id}", id[0]).header(HttpHeaders.AUTHORIZATION, tokens.partner("merchant-b", "incidents:write").bearer())
                .exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/incidents?limit=50").header(HttpHeaders.AUTHORIZATION, partner).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.incidents[*].id").value(ids -> assertThat(ids.toString()).isEqualTo("[\"" + id[0] + "\"]"));

        String support = tokens.customer("sam").roles("support").bearer();
        api.get().uri("/api/v1/incidents?status=ACTIVE&limit=1").header(HttpHeaders.AUTHORIZATION, support).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.incidents.length()").isEqualTo(1).jsonPath("$.next").exists();
        api.get().uri("/api/v1/incidents/{id}", id[0]).header(HttpHeaders.AUTHORIZATION, support).exchange().expectStatus().isOk();
        api.patch().uri("/api/v1/incidents/{id}", id[0]).header(HttpHeaders.AUTHORIZATION, support)
                .contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"RESOLVED\"}").exchange().expectStatus().isForbidden();
        api.get().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, tokens.customer("cid").bearer()).exchange()
                .expectStatus().isForbidden();
        api.get().uri("/api/v1/incidents/mine").header(HttpHeaders.AUTHORIZATION, partner).exchange().expectStatus().isForbidden();
        api.get().uri("/api/v1/incidents/mine").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theIncidentsThatReachedACustomerAreInTheirExportAndForgottenOnErasure() {
        orders.add("X1-" + carrier, "xia-" + carrier, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null).store();
        String id = declared(incident("{\"carrier\":\"" + carrier + "\"}"));
        String internal = tokens.partner("order-status-service", "internal").bearer();

        api.get().uri("/internal/v1/customers/{id}/export", "xia-" + carrier).header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.incidents[0].incidentId").isEqualTo(id)
                .jsonPath("$.incidents[0].orderIds[0]").isEqualTo("X1-" + carrier);
        api.delete().uri("/internal/v1/customers/{id}", "xia-" + carrier).header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isNoContent();

        api.get().uri("/internal/v1/customers/{id}/export", "xia-" + carrier).header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.incidents.length()").isEqualTo(0);
        api.get().uri("/api/v1/incidents/mine").header(HttpHeaders.AUTHORIZATION, tokens.customer("xia-" + carrier).bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.incidents.length()").isEqualTo(0);
    }
}
