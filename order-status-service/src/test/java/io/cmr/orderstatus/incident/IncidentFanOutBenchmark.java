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
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The incident fan-out alone (selector query, grouping, progress, the customers it reached) into
 * the real outbox's {@code notices}: 100,000 orders of 50,000 customers, against the same store's raw insert
 * rate. Planning and dispatch are the notification core's and are measured there. Not part of verify:
 * {@code ./mvnw -o -B -pl platform,platform-test,order-status-service -am test -Dtest=IncidentFanOutBenchmark
 * -Dbenchmark.excluded=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.orders=100000]}.
 */
@ServiceTest
@Tag("benchmark")
class IncidentFanOutBenchmark {

    private static final int ORDERS = Integer.getInteger("benchmark.orders", 100_000);

    private final TestTokens tokens;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabase database;

    IncidentFanOutBenchmark(TestTokens tokens) {
        this.tokens = tokens;
    }

    @Test
    void anIncidentOverAHundredThousandOrders() {
        double rawInsertsPerSecond = rawInsertRate();
        IncidentOrders orders = new IncidentOrders(database);
        for (int n = 0; n < ORDERS; n++) {
            orders.add("fan-" + n, "fan-customer-" + (n % (ORDERS / 2)), "fan-carrier", "69001", "FR", ShipmentStatus.IN_TRANSIT, null);
            if (n % 2_000 == 1_999) {
                orders.store();
            }
        }
        orders.store();

        RestTestClient api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String[] id = new String[1];
        long start = System.nanoTime();
        api.post().uri("/api/v1/incidents").header(HttpHeaders.AUTHORIZATION, tokens.customer("ada").roles("admin").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(IncidentsApiTest.incident("{\"carrier\":\"fan-carrier\"}"))
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").value(String.class, v -> id[0] = v);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> "DONE".equals(
                database.getCollection("incidents").find(Filters.eq("_id", id[0])).first().get("fanOut", Document.class).getString("state")));
        double seconds = (System.nanoTime() - start) / 1e9;
        int customers = new RequestedNotices(database).ofIncident(id[0]).size();
        double perSecond = customers / seconds;

        System.out.printf("%nBENCHMARK incident fan-out over %,d orders of %,d customers%n"
                + "  raw insert rate of the store:   %,.0f documents/s%n"
                + "  declaration to every customer's notice requested: %.1f s%n"
                + "  notices requested:              %,.0f per second (%.2f x raw insert rate)%n"
                + "  peak heap:                      %,d MB%n%n",
                ORDERS, ORDERS / 2, rawInsertsPerSecond, seconds, perSecond, perSecond / rawInsertsPerSecond, peakHeapMb());
        assertThat(customers).isEqualTo(ORDERS / 2);
    }

    private double rawInsertRate() {
        MongoCollection<Document> scratch = database.getCollection("benchmark_scratch");
        int count = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < count; i += 1000) {
            List<Document> documents = new ArrayList<>();
            for (int j = i; j < i + 1000; j++) {
                documents.add(new Document("_id", j).append("value", "document " + j));
            }
            scratch.insertMany(documents);
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        scratch.drop();
        return rate;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
