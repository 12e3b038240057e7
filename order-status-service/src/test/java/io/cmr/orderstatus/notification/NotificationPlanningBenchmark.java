package io.cmr.orderstatus.notification;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An incident's fan-out at scale: 100,000 affected orders of 50,000 customers (two orders each,
 * grouped into one notice per customer) with mixed preferences (at once, quiet hours, digest,
 * opted out, paused), from the notice requests until every notice is planned into the outbox
 * through a stand-in of preference-service, batches of 1,000. Prints the time, notifications
 * planned per second, the same store's raw bulk-insert rate measured in the same run (for small
 * documents, and for the planned items themselves into the outbox's indexes), the ratios, and peak heap. Not part of verify:
 * {@code ./mvnw -o -B -pl platform,platform-test,order-status-service -am test -Dtest=NotificationPlanningBenchmark
 * -Dbenchmark.excluded=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.customers=50000]}.
 */
@ServiceTest
@Tag("benchmark")
class NotificationPlanningBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 50_000);
    private static final String[] MIX = { "", "quiet-", "digest-", "optout-", "paused-", "", "" };

    @Autowired
    private NoticeRequests requests;

    @Autowired
    private Notices notices;

    @Autowired
    private MongoDatabase database;

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        String stub = NotificationStubs.url();
        registry.add("spring.mongodb.database", () -> "cmr-notification-benchmark");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub);
        registry.add("cmr.remote.clients.profile-service.url", () -> stub);
        registry.add("cmr.notifications.planning.every", () -> "100ms");
        registry.add("cmr.notifications.dispatch.enabled", () -> "false");
    }

    @Test
    void anIncidentOfOneHundredThousandOrdersIsPlannedInBulk() {
        double rawInsertsPerSecond = rawInsertRate();
        List<NoticeRequest> fanOut = new ArrayList<>();
        Instant now = Instant.now();
        for (int c = 0; c < CUSTOMERS; c++) {
            String customer = MIX[c % MIX.length] + "bench-" + c;
            fanOut.add(new NoticeRequest(customer, "incident:bench:declared", "service-incidents", "INCIDENT_DECLARED",
                    List.of("order-" + (2 * c), "order-" + (2 * c + 1)), "bench", Map.of("title", "Hub closed"), now));
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        for (int i = 0; i < fanOut.size(); i += 1000) {
            requests.request(fanOut.subList(i, Math.min(i + 1000, fanOut.size())));
        }
        // The count scans the notices on the embedded store: polled each second, so as not to slow what it measures.
        await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> notices.pendingCount() == 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        long items = database.getCollection("outbox").countDocuments();
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        double outboxInsertsPerSecond = rawOutboxInsertRate();
        double itemsPerSecond = items / seconds;
        System.out.printf("%nBENCHMARK notification planning: %,d orders of %,d customers, mixed preferences%n"
                + "  declared to fully planned:         %.1f s (polled each second)%n"
                + "  outbox items planned:              %,d (%,.0f per second)%n"
                + "  raw bulk-insert rate of the store:%n"
                + "    small documents (4 fields):      %,.0f documents/s, ratio planned / raw %.2f%n"
                + "    the planned items themselves:    %,.0f documents/s, ratio planned / raw %.2f%n"
                + "      (the same documents inserted again into a collection with the outbox's indexes)%n"
                + "  peak heap:                         %,d MB%n%n",
                2 * CUSTOMERS, CUSTOMERS, seconds, items, itemsPerSecond, rawInsertsPerSecond,
                itemsPerSecond / rawInsertsPerSecond, outboxInsertsPerSecond, itemsPerSecond / outboxInsertsPerSecond,
                peakHeap / (1024 * 1024));
        assertThat(items).isGreaterThanOrEqualTo(CUSTOMERS);
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
}
