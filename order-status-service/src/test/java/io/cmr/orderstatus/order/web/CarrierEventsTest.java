package io.cmr.orderstatus.order.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cmr.platform.test.AtOnce;
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
class CarrierEventsTest {

    private static final Instant T = Instant.now().minusSeconds(10 * 3600);

    private final TestTokens tokens;
    private RestTestClient api;
    private String merchant;
    private String carrier;

    @LocalServerPort
    private int port;

    CarrierEventsTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        merchant = tokens.partner("demo-merchant", "orders:write", "orders:read").bearer();
        carrier = tokens.partner("demo-carrier", "tracking:write").bearer();
    }

    private void order(String orderId, String customer, String trackingNumber) {
        api.put().uri("/api/v1/orders/{id}", orderId).header(HttpHeaders.AUTHORIZATION, merchant)
                .contentType(MediaType.APPLICATION_JSON).body(OrderJson.order(customer, trackingNumber)).exchange()
                .expectStatus().is2xxSuccessful();
    }

    private RestTestClient.ResponseSpec post(String token, String carrierCode, String trackingNumber, String body) {
        return api.post().uri("/api/v1/carriers/{c}/shipments/{t}/events", carrierCode, trackingNumber)
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.BodyContentSpec customerSees(String customer, String orderId) {
        return api.get().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer(customer).bearer()).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    void eventsSentOutOfOrderAndTwiceMakeOneTimelineInTheOrderTheyHappened() {
        order("C-1", "carol-sub", "TRK-C1");

        post(carrier, "demo-carrier", "TRK-C1", OrderJson.batch(
                OrderJson.event("c1-3", "IN_TRANSIT", T.plusSeconds(3 * 3600)),
                OrderJson.event("c1-1", "LABEL_CREATED", T.plusSeconds(3600))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.added").isEqualTo(2).jsonPath("$.status").isEqualTo("IN_TRANSIT");
        post(carrier, "demo-carrier", "TRK-C1", OrderJson.event("c1-2", "PICKED_UP", T.plusSeconds(2 * 3600)))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("IN_TRANSIT");
        post(carrier, "demo-carrier", "TRK-C1", OrderJson.batch(OrderJson.event("c1-3", "IN_TRANSIT", T.plusSeconds(3 * 3600))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.added").isEqualTo(0);

        customerSees("carol-sub", "C-1")
                .jsonPath("$.status").isEqualTo("IN_TRANSIT")
                .jsonPath("$.shipments[0].timeline.length()").isEqualTo(3)
                .jsonPath("$.shipments[0].timeline[0].eventId").isEqualTo("c1-1")
                .jsonPath("$.shipments[0].timeline[1].eventId").isEqualTo("c1-2")
                .jsonPath("$.shipments[0].timeline[2].eventId").isEqualTo("c1-3");
    }

    @Test
    void anEtaAfterThePromisedWindowShowsTheOrderAsLateWithTheReason() {
        order("C-2", "carol-sub", "TRK-C2");

        post(carrier, "demo-carrier", "TRK-C2",
                OrderJson.event("c2-1", "IN_TRANSIT", T, Instant.now().plusSeconds(5 * 86_400))).expectStatus().isOk();

        customerSees("carol-sub", "C-2")
                .jsonPath("$.punctuality.level").isEqualTo("LATE")
                .jsonPath("$.punctuality.reason").isEqualTo("ETA_AFTER_WINDOW")
                .jsonPath("$.delayNotices[0].key").isEqualTo("ETA_AFTER_WINDOW:demo-carrier:TRK-C2")
                .jsonPath("$.eta").isNotEmpty();

        post(carrier, "demo-carrier", "TRK-C2",
                OrderJson.event("c2-2", "OUT_FOR_DELIVERY", T.plusSeconds(60), Instant.now().plusSeconds(86_400 + 3600)))
                .expectStatus().isOk();
        customerSees("carol-sub", "C-2")
                .jsonPath("$.punctuality.level").isEqualTo("ON_TIME")
                .jsonPath("$.delayNotices.length()").isEqualTo(0);
    }

    @Test
    void eventsForAShipmentNoOrderHasYetAreKeptAndAttachedWhenTheOrderArrives() {
        post(carrier, "demo-carrier", "TRK-C3", OrderJson.batch(
                OrderJson.event("c3-1", "LABEL_CREATED", T), OrderJson.event("c3-2", "PICKED_UP", T.plusSeconds(60))))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.attached").isEqualTo(false);

        order("C-3", "carol-sub", "TRK-C3");

        customerSees("carol-sub", "C-3")
                .jsonPath("$.status").isEqualTo("PICKED_UP")
                .jsonPath("$.shipments[0].timeline.length()").isEqualTo(2);
    }

    @Test
    void aCarrierCannotReportAnotherCarriersShipments() {
        order("C-4", "carol-sub", "TRK-C4");

        post(tokens.partner("rival-carrier", "tracking:write").bearer(), "demo-carrier", "TRK-C4",
                OrderJson.event("c4-1", "DELIVERED", T))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(merchant, "demo-carrier", "TRK-C4", OrderJson.event("c4-1", "DELIVERED", T)).expectStatus().isForbidden();

        customerSees("carol-sub", "C-4").jsonPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void invalidEventsAreRefusedAndNothingOfTheBatchIsStored() {
        order("C-5", "carol-sub", "TRK-C5");
        String good = OrderJson.event("c5-1", "PICKED_UP", T);

        expectInvalid(OrderJson.batch(good, OrderJson.event("c5-2", "TELEPORTED", T)), "[1].type");
        expectInvalid(OrderJson.batch(good, OrderJson.event("c5-3", "IN_TRANSIT", Instant.now().plusSeconds(86_400))),
                "events[1].occurredAt");
        expectInvalid(OrderJson.batch(good, OrderJson.event("", "IN_TRANSIT", T)), "events[1].eventId");
        expectInvalid(OrderJson.batch(good, good.replace("}", ",\"colour\":\"red\"}")), "colour");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(OrderJson.event("many-" + i, "IN_TRANSIT", T));
        }
        expectInvalid(OrderJson.batch(tooMany.toArray(String[]::new)), "events");

        customerSees("carol-sub", "C-5").jsonPath("$.shipments[0].timeline.length()").isEqualTo(0);
    }

    @Test
    void aBatchOfFiveHundredEventsIsAccepted() {
        order("C-6", "carol-sub", "TRK-C6");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(OrderJson.event("c6-" + i, "IN_TRANSIT", T.plusSeconds(i)));
        }

        post(carrier, "demo-carrier", "TRK-C6", OrderJson.batch(events.toArray(String[]::new)))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.added").isEqualTo(500);
    }

    @Test
    void batchesForOneShipmentArrivingTogetherAreAllKept() throws InterruptedException {
        order("C-7", "carol-sub", "TRK-C7");

        AtOnce.run(8, i -> {
            post(carrier, "demo-carrier", "TRK-C7", OrderJson.batch(OrderJson.event("c7-" + i, "IN_TRANSIT",
                    T.plusSeconds(i)), OrderJson.event("c7-shared", "PICKED_UP", T.minusSeconds(60))))
                    .expectStatus().isOk();
            return i;
        });

        customerSees("carol-sub", "C-7")
                .jsonPath("$.shipments[0].timeline.length()").isEqualTo(9)
                .jsonPath("$.shipments[0].timeline[0].eventId").isEqualTo("c7-shared")
                .jsonPath("$.version").isEqualTo(9);
    }

    private void expectInvalid(String body, String field) {
        post(carrier, "demo-carrier", "TRK-C5", body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(problem -> assertThat(problem).contains(field));
    }
}
