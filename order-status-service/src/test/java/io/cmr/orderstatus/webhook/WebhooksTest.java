package io.cmr.orderstatus.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.notification.OrderNewsListener;
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
import static org.awaitility.Awaitility.await;

@ServiceTest
class WebhooksTest {

    private final TestTokens tokens;
    private RestTestClient api;
    private Receiver receiver;
    private String merchant;
    private String token;

    @LocalServerPort
    private int port;

    @Autowired
    private OrderNewsListener webhookNews;

    @Autowired
    private MongoDatabase database;

    WebhooksTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void start() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        receiver = Receiver.start();
        merchant = "merchant-" + UUID.randomUUID().toString().substring(0, 8);
        token = tokens.partner(merchant, "webhooks:manage").bearer();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private RestTestClient.ResponseSpec subscribe(String caller, String json) {
        return api.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, caller)
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    /** Subscribes the receiver and returns the subscription's id. */
    private String subscribed(String eventTypes) {
        String[] id = new String[1];
        subscribe(token, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":" + eventTypes + "}").expectStatus().isCreated()
                .expectBody().jsonPath("$.id").value(String.class, v -> id[0] = v)
                .jsonPath("$.secret").value(String.class, receiver::secret);
        return id[0];
    }

    private OrderNews news(String orderId, String kind) {
        return new OrderNews(orderId + ":" + kind, orderId, merchant, "cust-1", kind, Instant.parse("2026-06-10T08:00:00Z"),
                Map.of("carrier", "demo-carrier", "trackingNumber", "TRK-1"));
    }

    private RestTestClient.BodyContentSpec deliveries(String id) {
        return api.get().uri("/api/v1/webhooks/{id}/deliveries", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody();
    }

    @Test
    void aPartnerReceivesSignedNewsOfItsOwnOrdersForTheTypesItChose() {
        String id = subscribed("[\"order.shipped\",\"order.delayed\"]");

        webhookNews.on(news("O-1", "SHIPPED"));
        webhookNews.on(news("O-1", "DELAY_LATE"));
        webhookNews.on(news("O-1", "DELIVERED"));
        webhookNews.on(new OrderNews("O-9:SHIPPED", "O-9", "someone-else", null, "SHIPPED", Instant.now(), Map.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).allSatisfy(received -> {
            assertThat(received.signatureValid()).isTrue();
            assertThat(received.id()).startsWith("whd_");
            assertThat(Long.parseLong(received.timestamp())).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        });
        assertThat(receiver.received()).extracting(Receiver.Received::body)
                .anySatisfy(body -> assertThat(body).contains("\"type\":\"order.shipped\"", "\"orderId\":\"O-1\"", "\"trackingNumber\":\"TRK-1\""))
                .anySatisfy(body -> assertThat(body).contains("\"type\":\"order.delayed\"", "\"kind\":\"DELAY_LATE\""));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> deliveries(id)
                .jsonPath("$.deliveries.length()").isEqualTo(2)
                .jsonPath("$.deliveries[0].state").isEqualTo("DELIVERED")
                .jsonPath("$.deliveries[1].state").isEqualTo("DELIVERED")
                .jsonPath("$.deliveries[0].attempts").isEqualTo(1)
                .jsonPath("$.deliveries[0].lastStatus").isEqualTo(200));
    }

    @Test
    void aSecretThePartnerGivesSignsItsDeliveries() {
        String secret = "my-own-secret-of-32-characters!!";
        subscribe(token, "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"order.delivered\"],\"secret\":\"" + secret + "\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.secret").isEqualTo(secret);
        receiver.secret(secret);

        webhookNews.on(news("O-2", "DELIVERED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 1);
        assertThat(receiver.received().get(0).signatureValid()).isTrue();
    }

    @Test
    void aFailedDeliveryIsTriedAgainLaterWithTheSameIdAndThenDelivered() {
        String id = subscribed("[\"order.out_for_delivery\"]");
        receiver.answer(503);

        webhookNews.on(news("O-3", "OUT_FOR_DELIVERY"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(id)
                .jsonPath("$.deliveries[0].state").isEqualTo("FAILED")
                .jsonPath("$.deliveries[0].attempts").isEqualTo(1)
                .jsonPath("$.deliveries[0].lastStatus").isEqualTo(503)
                .jsonPath("$.deliveries[0].lastError").isEqualTo("HTTP 503: busy, try later")
                .jsonPath("$.deliveries[0].nextAttemptAt").exists());
        // Time passes until the retry is due.
        database.getCollection("webhook_deliveries").updateOne(Filters.eq("subscriptionId", id),
                Updates.set("nextAttemptAt", Instant.now().minusSeconds(1)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(id)
                .jsonPath("$.deliveries[0].state").isEqualTo("DELIVERED")
                .jsonPath("$.deliveries[0].attempts").isEqualTo(2)
                .jsonPath("$.deliveries[0].lastError").doesNotExist());
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(0).id()).isEqualTo(receiver.received().get(1).id());
        assertThat(receiver.received()).allSatisfy(received -> assertThat(received.signatureValid()).isTrue());
    }

    @Test
    void aDeliveryIsDeadAfterTheLastTry() {
        String id = subscribed("[\"order.delay_cleared\"]");
        receiver.answer(500, 500);
        webhookNews.on(news("O-4", "DELAY_CLEARED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(id).jsonPath("$.deliveries[0].state").isEqualTo("FAILED"));

        // As if it had failed every try but the last.
        database.getCollection("webhook_deliveries").updateOne(Filters.eq("subscriptionId", id),
                Updates.combine(Updates.set("attempts", 7), Updates.set("nextAttemptAt", Instant.now().minusSeconds(1))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(id)
                .jsonPath("$.deliveries[0].state").isEqualTo("DEAD")
                .jsonPath("$.deliveries[0].attempts").isEqualTo(8)
                .jsonPath("$.deliveries[0].lastStatus").isEqualTo(500));
    }

    @Test
    void newsToldAgainOrAtOnceMakesOneDelivery() throws Exception {
        String id = subscribed("[\"order.shipped\"]");
        OrderNews news = news("O-5", "SHIPPED");

        AtOnce.run(4, i -> {
            webhookNews.on(news);
            return i;
        });
        webhookNews.on(news);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> deliveries(id)
                .jsonPath("$.deliveries.length()").isEqualTo(1).jsonPath("$.deliveries[0].state").isEqualTo("DELIVERED"));
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aSubscriptionIsThePartnersOwnAndItsSecretIsShownOnce() {
        String id = subscribed("[\"order.shipped\"]");
        String other = tokens.partner("other-" + merchant, "webhooks:manage").bearer();

        api.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.webhooks.length()").isEqualTo(1)
                .jsonPath("$.webhooks[0].id").isEqualTo(id)
                .jsonPath("$.webhooks[0].url").isEqualTo(receiver.url())
                .jsonPath("$.webhooks[0].secret").doesNotExist();
        api.get().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.secret").doesNotExist();
        api.get().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, other).exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/webhooks/{id}/deliveries", id).header(HttpHeaders.AUTHORIZATION, other).exchange().expectStatus().isNotFound();
        api.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, other).exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, other).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.webhooks.length()").isEqualTo(0);

        api.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isNoContent();
        api.get().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isNotFound();
        api.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyPartnersWithTheScopeManageWebhooks() {
        String body = "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"order.shipped\"]}";
        api.get().uri("/api/v1/webhooks").exchange().expectStatus().isUnauthorized();
        api.post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isUnauthorized();
        subscribe(tokens.partner(merchant, "orders:write").bearer(), body).expectStatus().isForbidden();
        subscribe(tokens.customer("cid").bearer(), body).expectStatus().isForbidden();
        api.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, tokens.customer("ada").roles("admin").bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void badSubscriptionsAreProblemsNamingTheFieldAndNothingIsStored() {
        subscribe(token, "{\"url\":\"http://merchant.example/hook\",\"eventTypes\":[\"order.shipped\",\"order.lost\"],\"secret\":\"short\"}")
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("url", "eventTypes[1]", "secret"));
        subscribe(token, "{\"url\":\"ftp://merchant.example/hook\",\"eventTypes\":[\"order.shipped\"]}").expectStatus().isBadRequest();
        subscribe(token, "{\"url\":\"https://user:pw@merchant.example/hook\",\"eventTypes\":[\"order.shipped\"]}").expectStatus().isBadRequest();
        subscribe(token, "{\"url\":\"not a url\",\"eventTypes\":[\"order.shipped\"]}").expectStatus().isBadRequest();
        subscribe(token, "{\"url\":\"https://merchant.example/hook\",\"eventTypes\":[]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("eventTypes");
        subscribe(token, "{\"url\":\"https://merchant.example/hook\",\"eventTypes\":[\"order.shipped\"],\"colour\":\"red\"}")
                .expectStatus().isBadRequest();
        subscribe(token, "{\"url\":\"https://merchant.example/hook\",\"eventTypes\":\"order.shipped\"}").expectStatus().isBadRequest();
        api.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.webhooks.length()").isEqualTo(0);
        subscribe(token, "{\"url\":\"https://merchant.example/hook\",\"eventTypes\":[\"order.shipped\"]}").expectStatus().isCreated();
        String id = subscribed("[\"order.shipped\"]");
        api.get().uri("/api/v1/webhooks/{id}/deliveries?limit=0", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/api/v1/webhooks/{id}/deliveries?cursor=zz", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest();
    }
}
