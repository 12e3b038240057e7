package io.cmr.orderstatus.delay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class DelayCheckTest {

    private static final String DEFAULT_RULES = """
            {"staleAfter":"PT48H","etaTolerance":"PT0S","windowGrace":"PT0S"}""";

    private final TestTokens tokens;
    private RestTestClient api;
    private String admin;

    @LocalServerPort
    private int port;

    @Autowired
    private DelayCheck check;

    @Autowired
    private MongoDatabase database;

    DelayCheckTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        admin = tokens.customer("ada-sub").roles("admin").bearer();
    }

    @AfterEach
    void restoreDefaultRules() {
        putRules(admin, DEFAULT_RULES).expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec putRules(String token, String body) {
        return api.put().uri("/api/v1/admin/delay-rules").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void adminsReadAndChangeTheDelayRules() {
        api.get().uri("/api/v1/admin/delay-rules").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.staleAfter").isEqualTo("PT48H");

        putRules(admin, """
                {"staleAfter":"PT6H","etaTolerance":"PT1H","windowGrace":"PT30M"}""")
                .expectStatus().isOk().expectBody().jsonPath("$.staleAfter").isEqualTo("PT6H");
        api.get().uri("/api/v1/admin/delay-rules").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectBody().jsonPath("$.windowGrace").isEqualTo("PT30M");
    }

    @Test
    void onlyAdminsTouchTheRulesAndOnlyWithSensibleThresholds() {
        api.get().uri("/api/v1/admin/delay-rules").header(HttpHeaders.AUTHORIZATION, tokens.customer("bob-sub").bearer())
                .exchange().expectStatus().isForbidden();
        putRules(tokens.customer("sam-sub").roles("support").bearer(), DEFAULT_RULES).expectStatus().isForbidden();

        putRules(admin, """
                {"staleAfter":"PT0S","etaTolerance":"-PT1H","windowGrace":"PT0S"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("staleAfter")
                .jsonPath("$.errors[1].field").isEqualTo("etaTolerance");
    }

    @Test
    void aShipmentGoneQuietIsFlaggedByTheScheduledCheckAndClearedByTheNextEvent() {
        Instant now = Instant.now();
        api.put().uri("/api/v1/orders/Q-1")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"customerId":"quinn-sub","placedAt":"%s","lines":[{"sku":"A","name":"A","quantity":1}],
                         "shippingAddress":{"name":"Q","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"demo-carrier","trackingNumber":"TRK-Q1","lines":[]}]}"""
                        .formatted(now.minusSeconds(86_400), now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)))
                .exchange().expectStatus().isCreated();
        String carrier = tokens.partner("demo-carrier", "tracking:write").bearer();
        api.post().uri("/api/v1/carriers/demo-carrier/shipments/TRK-Q1/events").header(HttpHeaders.AUTHORIZATION, carrier)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"eventId":"q1-1","type":"IN_TRANSIT","occurredAt":"%s"}""".formatted(now.minusSeconds(7200)))
                .exchange().expectStatus().isOk();
        putRules(admin, """
                {"staleAfter":"PT1H","etaTolerance":"PT0S","windowGrace":"PT0S"}""").expectStatus().isOk();

        assertThat(check.checkAll()).isGreaterThanOrEqualTo(1);

        String quinn = tokens.customer("quinn-sub").bearer();
        api.get().uri("/api/v1/orders/Q-1").header(HttpHeaders.AUTHORIZATION, quinn).exchange()
                .expectBody()
                .jsonPath("$.punctuality.level").isEqualTo("AT_RISK")
                .jsonPath("$.punctuality.reason").isEqualTo("NO_CARRIER_NEWS")
                .jsonPath("$.delayNotices[0].key").isEqualTo("NO_CARRIER_NEWS:demo-carrier:TRK-Q1");
        assertThat(check.checkAll()).isZero();

        api.post().uri("/api/v1/carriers/demo-carrier/shipments/TRK-Q1/events").header(HttpHeaders.AUTHORIZATION, carrier)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"eventId":"q1-2","type":"OUT_FOR_DELIVERY","occurredAt":"%s"}""".formatted(now.minusSeconds(60)))
                .exchange().expectStatus().isOk();
        api.get().uri("/api/v1/orders/Q-1").header(HttpHeaders.AUTHORIZATION, quinn).exchange()
                .expectBody()
                .jsonPath("$.punctuality.level").isEqualTo("ON_TIME")
                .jsonPath("$.delayNotices.length()").isEqualTo(0);
    }

    @Test
    void ofSeveralInstancesOnlyOneHoldsTheCheckUntilItsLeaseExpires() throws InterruptedException {
        Instant t = Instant.parse("2026-05-01T10:00:00Z");
        Leases leases = new Leases(database, Clock.fixed(t, ZoneOffset.UTC));

        List<Boolean> won = AtOnce.run(6, i -> leases.tryAcquire("test-lease", "instance-" + i, Duration.ofMinutes(4)));

        assertThat(won).containsOnlyOnce(true);
        String holder = "instance-" + won.indexOf(true);
        assertThat(leases.tryAcquire("test-lease", holder, Duration.ofMinutes(4))).isTrue();
        assertThat(leases.tryAcquire("test-lease", "latecomer", Duration.ofMinutes(4))).isFalse();
        Leases later = new Leases(database, Clock.fixed(t.plus(Duration.ofMinutes(5)), ZoneOffset.UTC));
        assertThat(later.tryAcquire("test-lease", "latecomer", Duration.ofMinutes(4))).isTrue();
        assertThat(later.tryAcquire("test-lease", holder, Duration.ofMinutes(4))).isFalse();
    }
}
