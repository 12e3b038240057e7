package io.cmr.orderstatus.incident;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import io.cmr.orderstatus.notification.NotificationStubs;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
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

/**
 * An incident over 100,000 orders of 50,000 customers with mixed preferences (at once, quiet hours,
 * digest, opted out, paused), from its declaration through the API until every notification is
 * planned into the outbox (delivery plans in batches of 1,000 from a stand-in of preference-service).
 * Prints when the fan-out had requested every customer's notice and when all were planned, items
 * planned per second, the same store's raw bulk-insert rates measured in the same run and the ratios,
 * and peak heap. Not part of verify: {@code ./mvnw -o -B -pl platform,platform-test,order-status-service
 * -am test -Dtest=IncidentFanOutBenchmark -Dbenchmark.excluded=none -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.orders=100000]}.
 */
@ServiceTest
@Tag("benchmark")
class IncidentFanOutBenchmark {

    private static final int ORDERS = Integer.getInteger("benchmark.orders", 100_000);
    private static final String[] MIX = { "", "quiet-", "digest-", "optout-", "paused-", "", "" };

    private final TestTokens tokens;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabase database;

    @Autowired
    private Notices notices;

    IncidentFanOutBenchmark(TestTokens tokens) {
        this.tokens = tokens;
    }

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        String stub = NotificationStubs.url();
        registry.add("spring.mongodb.database", () -> "cmr-incident-benchmark");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub);
        registry.add("cmr.remote.clients.profile-service.url", () -> stub);
        registry.add("cmr.notifications.dispatch.enabled", () -> "false");
    }

    @Test
    void anIncidentOverAHundredThousandOrdersIsPlannedForEveryCustomer() {
        // Twice, so that both the raw rate and what follows run on compiled code.
        rawInsertRate();
        double rawInsertsPerSecond = rawInsertRate();
        int customers = ORDERS / 2;
        IncidentOrders orders = new IncidentOrders(database);
        for (int n = 0; n < ORDERS; n++) {
            int customer = n % customers;
            orders.add("fan-" + n, MIX[customer % MIX.length] + "fan-customer-" + customer, "fan-carrier", "69001", "FR",
                    ShipmentStatus.IN_TRANSIT, null);
            if (n % 2_000 == 1_999) {
                orders.store();
            }
        }
        orders.store();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        String id = declare();
        // Both reads scan a collection on the embedded store: polled each second, so as not to slow what they measure.
        await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> fanOutDone(id));
        double requested = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> notices.pendingCount() == 0);
        double planned = (System.nanoTime() - start) / 1e9;
        long items = database.getCollection("outbox").countDocuments();
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double outboxInsertsPerSecond = rawOutboxInsertRate();

        double itemsPerSecond = items / planned;
        System.out.printf("%nBENCHMARK incident fan-out: %,d orders of %,d customers, mixed preferences%n"
                + "  declaration to every customer's notice requested: %.1f s%n"
                + "  declaration to every notification planned:        %.1f s (both polled each second)%n"
                + "  outbox items planned:              %,d (%,.0f per second)%n"
                + "  raw bulk-insert rate of the store:%n"
                + "    small documents (4 fields):      %,.0f documents/s, ratio planned / raw %.2f%n"
                + "    the planned items themselves:    %,.0f documents/s, ratio planned / raw %.2f%n"
                + "      (the same documents inserted again into a collection with the outbox's indexes)%n"
                + "  peak heap:                         %,d MB%n%n",
                ORDERS, customers, requested, planned, items, itemsPerSecond, rawInsertsPerSecond,
                itemsPerSecond / rawInsertsPerSecond, outboxInsertsPerSecond, itemsPerSecond / outboxInsertsPerSecond,
                peakHeap / (1024 * 1024));
        assertThat(new RequestedNotices(database).ofIncident(id)).hasSize(customers);
        assertThat(items).isGreaterThanOrEqualTo(customers);
    }

    private String declare() {
        String[] id = new String[1];
        RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build().post().uri("/api/v1/incidents")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("ada").roles("admin").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(IncidentsApiTest.incident("{\"carrier\":\"fan-carrier\"}"))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").value(String.class, v -> id[0] = v);
        return id[0];
    }

    private boolean fanOutDone(String id) {
        return "DONE".equals(database.getCollection("incidents").find(Filters.eq("_id", id)).first()
                .get("fanOut", Document.class).getString("state"));
    }

    private double rawInsertRate() {
        MongoCollection<Document> scratch = database.getCollection("benchmark_scratch");
        int count = 50_000;
        long start = System.nanoTime();
        for (int i = 0; i < count; i += 1000) {
            List<Document> documents = new ArrayList<>();
            for (int j = i; j < i + 1000; j++) {
                documents.add(new Document("_id", "scratch-" + j).append("customerId", "bench-" + j)
                        .append("state", "PLANNED").append("value", "document " + j));
            }
            scratch.insertMany(documents);
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        return rate;
    }

    /** The store's bulk-insert rate for the very documents planning wrote, into a copy of the outbox's indexes. */
    private double rawOutboxInsertRate() {
        MongoCollection<Document> outbox = database.getCollection("outbox");
        MongoCollection<Document> scratch = database.getCollection("benchmark_outbox_scratch");
        outbox.listIndexes().forEach(index -> {
            if (index.getBoolean("unique", false)) {
                scratch.createIndex(index.get("key", Document.class), new IndexOptions().unique(true));
            }
        });
        List<Document> planned = outbox.find().limit(50_000).into(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < planned.size(); i += 1000) {
            scratch.insertMany(planned.subList(i, Math.min(i + 1000, planned.size())));
        }
        double rate = planned.size() / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        return rate;
    }
}
