package io.cmr.orderstatus.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fan-out larger than a batch, stopped half-way in the ways an instance can stop, ends with each customer told once.
 * The outbox's entrance is the real one, behind a wrapper that fails the batches a test chooses.
 */
@ServiceTest
class IncidentFanOutTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingOutbox {

        @Bean
        @Primary
        FaultyNotices faultyNotices(Notices notices) {
            return new FaultyNotices(notices);
        }
    }

    private static final int CUSTOMERS = 1_200;

    private final TestTokens tokens;
    private RestTestClient api;
    private String carrier;

    @LocalServerPort
    private int port;

    @Autowired
    private FaultyNotices notices;

    @Autowired
    private IncidentFanOut fanOut;

    @Autowired
    private MongoDatabase database;

    IncidentFanOutTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void orders() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        carrier = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        IncidentOrders orders = new IncidentOrders(database);
        for (int i = 0; i < CUSTOMERS; i++) {
            String customer = "%s-c%05d".formatted(carrier, i);
            orders.add(customer + "-o1", customer, carrier, "69001", "FR", ShipmentStatus.IN_TRANSIT, null)
                    .add(customer + "-o2", customer, carrier, "69002", "FR", ShipmentStatus.EXCEPTION, null);
        }
        orders.store();
    }

    @AfterEach
    void healOutbox() {
        notices.failWhen(batch -> false);
    }

    private String declare() {
        String[] id = new String[1];
        api.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, tokens.customer("ada").roles("admin").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(IncidentsApiTest.incident("{\"carrier\":\"" + carrier + "\"}"))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").value(String.class, v -> id[0] = v);
        return id[0];
    }

    private Document fanOutOf(String id) {
        return database.getCollection("incidents").find(Filters.eq("_id", id)).first().get("fanOut", Document.class);
    }

    private void assertEveryCustomerToldOnce(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(fanOutOf(id).getString("state")));
        List<Notice> told = new RequestedNotices(database).ofIncident(id);
        assertThat(told).hasSize(CUSTOMERS).allSatisfy(notice -> assertThat(notice.orderIds()).hasSize(2));
        assertThat(told.stream().map(Notice::customerId).distinct()).hasSize(CUSTOMERS);
        assertThat(fanOutOf(id).get("customers", Number.class).longValue()).isEqualTo(CUSTOMERS);
        assertThat(fanOutOf(id).get("orders", Number.class).longValue()).isEqualTo(2L * CUSTOMERS);
    }

    @Test
    void anOutboxFailingMidwayLeavesTheRestToTheNextResumeAndNobodyIsToldTwice() {
        // The second batch reaches the outbox, which keeps it, and then the call fails as if the instance died before recording it.
        AtomicBoolean failed = new AtomicBoolean();
        int before = notices.requested();
        notices.failWhen(batch -> batch.get(0).customerId().startsWith(carrier) && batch.get(0).customerId().endsWith("c00500")
                && failed.compareAndSet(false, true) && keep(batch));
        String id = declare();

        await().atMost(Duration.ofSeconds(60)).until(() -> fanOutOf(id).getString("lastError") != null);
        assertThat(fanOutOf(id).getString("state")).isEqualTo("RUNNING");
        assertThat(fanOutOf(id).getString("cursor")).endsWith("c00499");
        fanOut.resumeUnfinished();

        assertEveryCustomerToldOnce(id);
        // The batch was asked twice; the outbox's idempotency made it one notice each.
        assertThat(notices.requested() - before).isEqualTo(CUSTOMERS + 500);
    }

    private boolean keep(List<NoticeRequest> batch) {
        notices.failWhen(b -> false);
        notices.request(batch);
        return true;
    }

    @Test
    void aFanOutLeftByACrashedInstanceIsFinishedOnceItsLeaseHasPassedAndNotBefore() {
        notices.failWhen(batch -> batch.get(0).customerId().startsWith(carrier));
        String id = declare();
        await().atMost(Duration.ofSeconds(60)).until(() -> fanOutOf(id).getString("lastError") != null);
        // As if another instance had taken it and then died: its lease still runs.
        database.getCollection("incidents").updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("fanOut.holder", "dead-instance"), Updates.set("fanOut.leaseUntil", Instant.now().plusSeconds(3_600))));
        notices.failWhen(batch -> false);

        assertThat(fanOut.run(id)).isFalse();
        assertThat(fanOutOf(id).getString("state")).isEqualTo("RUNNING");
        assertThat(new RequestedNotices(database).ofIncident(id)).isEmpty();

        database.getCollection("incidents").updateOne(Filters.eq("_id", id),
                Updates.set("fanOut.leaseUntil", Instant.now().minusSeconds(1)));
        fanOut.resumeUnfinished();
        assertEveryCustomerToldOnce(id);
    }
}
