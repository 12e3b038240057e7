package io.cmr.orderstatus.order.web;

import java.time.Instant;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class MerchantOrdersTest {

    private final TestTokens tokens;
    private RestTestClient api;
    private String merchant;

    @LocalServerPort
    private int port;

    MerchantOrdersTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        merchant = tokens.partner("demo-merchant", "orders:write", "orders:read").bearer();
    }

    private RestTestClient.ResponseSpec put(String token, String orderId, String body) {
        return api.put().uri("/api/v1/orders/{id}", orderId).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void aMerchantCreatesAnOrderAndReadsItBack() {
        put(merchant, "M-1", OrderJson.order("alice-sub", "TRK-M1"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.orderId").isEqualTo("M-1")
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.punctuality.level").isEqualTo("ON_TIME")
                .jsonPath("$.shipments[0].trackingNumber").isEqualTo("TRK-M1");

        api.get().uri("/api/v1/orders/M-1").header(HttpHeaders.AUTHORIZATION, merchant).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lines[0].sku").isEqualTo("CUP-4");
    }

    @Test
    void sendingTheOrderAgainReplacesItAndKeepsItsTimeline() {
        put(merchant, "M-2", OrderJson.order("alice-sub", "TRK-M2")).expectStatus().isCreated();
        api.post().uri("/api/v1/carriers/demo-carrier/shipments/TRK-M2/events")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-carrier", "tracking:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(OrderJson.event("m2-e1", "PICKED_UP", Instant.now().minusSeconds(60))).exchange()
                .expectStatus().isOk();

        put(merchant, "M-2", OrderJson.order("alice-sub", "TRK-M2").replace("\"quantity\":2}],\n \"ship", "\"quantity\":3}],\n \"ship"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(3)
                .jsonPath("$.status").isEqualTo("PICKED_UP")
                .jsonPath("$.shipments[0].timeline[0].eventId").isEqualTo("m2-e1");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyChangesNothing() {
        String body = OrderJson.order("alice-sub", "TRK-M3");
        api.put().uri("/api/v1/orders/M-3").header(HttpHeaders.AUTHORIZATION, merchant).header("Idempotency-Key", "k-3")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated();

        api.put().uri("/api/v1/orders/M-3").header(HttpHeaders.AUTHORIZATION, merchant).header("Idempotency-Key", "k-3")
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.version").isEqualTo(1);

        api.put().uri("/api/v1/orders/M-3").header(HttpHeaders.AUTHORIZATION, merchant).header("Idempotency-Key", "k-3")
                .contentType(MediaType.APPLICATION_JSON).body(body.replace("Espresso", "Tea")).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anotherMerchantCanNeitherChangeNorReadTheOrder() {
        put(merchant, "M-4", OrderJson.order("alice-sub", "TRK-M4")).expectStatus().isCreated();
        String other = tokens.partner("other-merchant", "orders:write", "orders:read").bearer();

        put(other, "M-4", OrderJson.order("bob-sub", "TRK-M4-B"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get().uri("/api/v1/orders/M-4").header(HttpHeaders.AUTHORIZATION, other).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/api/v1/orders/M-4").header(HttpHeaders.AUTHORIZATION, merchant).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customerId").isEqualTo("alice-sub");
    }

    @Test
    void aTrackingNumberAlreadyOnAnotherOrderIsRefused() {
        put(merchant, "M-5", OrderJson.order("alice-sub", "TRK-M5")).expectStatus().isCreated();

        put(merchant, "M-5b", OrderJson.order("alice-sub", "TRK-M5")).expectStatus().isEqualTo(409);
        api.get().uri("/api/v1/orders/M-5b").header(HttpHeaders.AUTHORIZATION, merchant).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aRefusedOrderLeavesItsOtherTrackingNumbersFreeAndDroppedShipmentsAreFreed() {
        put(merchant, "M-7", OrderJson.order("alice-sub", "TRK-M7")).expectStatus().isCreated();
        String both = OrderJson.order("alice-sub", "TRK-M7b").replace("\"shipments\":[",
                "\"shipments\":[{\"carrier\":\"demo-carrier\",\"trackingNumber\":\"TRK-M7\",\"lines\":[]},");

        put(merchant, "M-7b", both).expectStatus().isEqualTo(409);
        put(merchant, "M-7c", OrderJson.order("alice-sub", "TRK-M7b")).expectStatus().isCreated();

        put(merchant, "M-7", OrderJson.order("alice-sub", "TRK-M7d")).expectStatus().isOk();
        put(merchant, "M-7e", OrderJson.order("alice-sub", "TRK-M7")).expectStatus().isCreated();
    }

    @Test
    void invalidOrdersAreRefusedWithTheFieldsAtFaultAndNothingIsStored() {
        Instant now = Instant.now();
        expectInvalid("B-1", OrderJson.order("alice-sub", "TRK-B1").replace("\"quantity\":2}],\n \"ship", "\"quantity\":-1}],\n \"ship"),
                "lines[0].quantity");
        expectInvalid("B-2", OrderJson.order("alice-sub", "TRK-B2", now, now.plusSeconds(7200), now.plusSeconds(3600)),
                "promisedWindow.end");
        expectInvalid("B-3", OrderJson.order("alice-sub", "TRK-B3").replace("\"customerId\":\"alice-sub\",", ""), "customerId");
        expectInvalid("B-4", OrderJson.order("alice-sub", "TRK-B4").replace("\"placedAt\"", "\"colour\":\"red\",\"placedAt\""), "colour");
        expectInvalid("bad id!", OrderJson.order("alice-sub", "TRK-B5"), "orderId");
    }

    private void expectInvalid(String orderId, String body, String field) {
        put(merchant, orderId, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(problem -> assertThat(problem).contains(field));
        api.get().uri("/api/v1/orders/{id}", orderId).header(HttpHeaders.AUTHORIZATION, merchant).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(400, 404));
    }

    @Test
    void onlyAMerchantWithTheWriteScopeMayPutOrders() {
        put(tokens.partner("demo-merchant", "orders:read").bearer(), "M-6", OrderJson.order("alice-sub", "TRK-M6"))
                .expectStatus().isForbidden();
        put(tokens.customer("alice-sub").bearer(), "M-6", OrderJson.order("alice-sub", "TRK-M6"))
                .expectStatus().isForbidden();
    }

    @Test
    void theMerchantApiIsDescribed() {
        api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/orders/{orderId}'].put.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/orders/{orderId}'].get").exists()
                .jsonPath("$.paths['/api/v1/orders'].get").exists()
                .jsonPath("$.paths['/api/v1/carriers/{carrier}/shipments/{trackingNumber}/events'].post.responses['202']").exists();
    }
}
