package io.cmr.orderstatus.order.web;

import java.time.Instant;

import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class CustomerOrdersTest {

    private final TestTokens tokens;
    private RestTestClient api;
    private String merchant;

    @LocalServerPort
    private int port;

    @Autowired
    private SupportAudit audit;

    CustomerOrdersTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        merchant = tokens.partner("demo-merchant", "orders:write", "orders:read").bearer();
    }

    private void order(String orderId, String customer, String trackingNumber, Instant placedAt) {
        Instant now = Instant.now();
        api.put().uri("/api/v1/orders/{id}", orderId).header(HttpHeaders.AUTHORIZATION, merchant)
                .contentType(MediaType.APPLICATION_JSON)
                .body(OrderJson.order(customer, trackingNumber, placedAt, now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)))
                .exchange().expectStatus().isCreated();
    }

    private RestTestClient.ResponseSpec list(String token, String query) {
        return api.get().uri("/api/v1/orders" + query).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    @Test
    void aCustomerPagesThroughTheirOwnOrdersNewestFirst() {
        Instant t = Instant.parse("2026-01-10T10:00:00Z");
        order("D-1", "dave-sub", "TRK-D1", t);
        order("D-2", "dave-sub", "TRK-D2", t.plusSeconds(60));
        order("D-3", "dave-sub", "TRK-D3", t.plusSeconds(120));
        order("E-1", "erin-sub", "TRK-E1", t.plusSeconds(180));
        String dave = tokens.customer("dave-sub").bearer();

        String[] next = new String[1];
        list(dave, "?limit=2").expectStatus().isOk().expectBody()
                .jsonPath("$.orders[0].orderId").isEqualTo("D-3")
                .jsonPath("$.orders[1].orderId").isEqualTo("D-2")
                .jsonPath("$.next").value(String.class, value -> next[0] = value);
        list(dave, "?limit=2&cursor=" + next[0]).expectStatus().isOk().expectBody()
                .jsonPath("$.orders.length()").isEqualTo(1)
                .jsonPath("$.orders[0].orderId").isEqualTo("D-1")
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void aCustomerFiltersTheirOrdersByStatus() {
        order("F-1", "fay-sub", "TRK-F1", Instant.now().minusSeconds(600));
        order("F-2", "fay-sub", "TRK-F2", Instant.now().minusSeconds(300));
        api.post().uri("/api/v1/carriers/demo-carrier/shipments/TRK-F1/events")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-carrier", "tracking:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(OrderJson.event("f1-1", "DELIVERED", Instant.now().minusSeconds(60))).exchange()
                .expectStatus().isOk();
        String fay = tokens.customer("fay-sub").bearer();

        list(fay, "?status=DELIVERED").expectStatus().isOk().expectBody()
                .jsonPath("$.orders.length()").isEqualTo(1)
                .jsonPath("$.orders[0].orderId").isEqualTo("F-1");
        list(fay, "?status=LOST").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        list(fay, "?cursor=not-ours").expectStatus().isBadRequest();
        list(fay, "?limit=0").expectStatus().isBadRequest();
    }

    @Test
    void aCustomerCannotSeeAnotherCustomersOrder() {
        order("G-1", "gina-sub", "TRK-G1", Instant.now().minusSeconds(60));

        api.get().uri("/api/v1/orders/G-1").header(HttpHeaders.AUTHORIZATION, tokens.customer("hank-sub").bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        list(tokens.customer("hank-sub").bearer(), "?customerId=gina-sub").expectStatus().isForbidden();
        list(tokens.customer("hank-sub").bearer(), "").expectStatus().isOk()
                .expectBody().jsonPath("$.orders.length()").isEqualTo(0);
    }

    @Test
    void supportSeesAnyCustomersOrdersAndEveryReadIsAudited() {
        order("S-1", "ivy-sub", "TRK-S1", Instant.now().minusSeconds(60));
        String sam = tokens.customer("sam-sub").roles("support").bearer();

        list(sam, "?customerId=ivy-sub").expectStatus().isOk()
                .expectBody().jsonPath("$.orders[0].orderId").isEqualTo("S-1");
        api.get().uri("/api/v1/orders/S-1").header(HttpHeaders.AUTHORIZATION, sam).exchange().expectStatus().isOk();

        assertThat(audit.of("ivy-sub")).hasSize(2).allSatisfy(read -> assertThat(read.agent()).isEqualTo("sam-sub"));
        api.put().uri("/api/v1/orders/S-1").header(HttpHeaders.AUTHORIZATION, sam)
                .contentType(MediaType.APPLICATION_JSON).body(OrderJson.order("ivy-sub", "TRK-S1")).exchange()
                .expectStatus().isForbidden();
    }
}
