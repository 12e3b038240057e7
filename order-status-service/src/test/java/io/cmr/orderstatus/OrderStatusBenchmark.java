package io.cmr.orderstatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.TrackingClaim;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.orderstatus.order.domain.Punctuality;
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

/**
 * Carrier-event ingestion (batches of 500) and a customer's order-list read with many orders
 * stored, as ratios to the same store's raw insert rate (DESIGN.md §4). Not part of verify:
 * {@code ./mvnw -o -B -pl platform,platform-test,order-status-service -am test -Dtest=OrderStatusBenchmark
 * -Dbenchmark.excluded=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.orders=100000]}.
 */
@ServiceTest
@Tag("benchmark")
class OrderStatusBenchmark {

    private static final int ORDERS = Integer.getInteger("benchmark.orders", 100_000);
    private static final int BATCH = 500;
    private static final int SHIPMENTS_POSTED = 20;
    private static final int READS = 20;

    private final TestTokens tokens;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabase database;

    OrderStatusBenchmark(TestTokens tokens) {
        this.tokens = tokens;
    }

    @Test
    void ingestionAndCustomerReadsAtScale() {
        RestTestClient api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        double rawInsertsPerSecond = rawInsertRate();
        Instant now = Instant.now();
        storeOrders(now);

        String carrier = tokens.partner("demo-carrier", "tracking:write").bearer();
        long start = System.nanoTime();
        for (int s = 0; s < SHIPMENTS_POSTED; s++) {
            StringBuilder batch = new StringBuilder("[");
            for (int e = 0; e < BATCH; e++) {
                batch.append(e == 0 ? "" : ",").append("""
                        {"eventId":"b%d-%d","type":"IN_TRANSIT","occurredAt":"%s","location":"Hub %d"}"""
                        .formatted(s, e, now.minusSeconds(BATCH - e), e));
            }
            api.post().uri("/api/v1/carriers/demo-carrier/shipments/BENCH-{n}/events", s * (ORDERS / SHIPMENTS_POSTED))
                    .header(HttpHeaders.AUTHORIZATION, carrier).contentType(MediaType.APPLICATION_JSON)
                    .body(batch.append("]").toString()).exchange().expectStatus().isOk();
        }
        double eventsPerSecond = SHIPMENTS_POSTED * BATCH / seconds(start);

        String customer = tokens.customer("bench-customer-7").bearer();
        start = System.nanoTime();
        for (int r = 0; r < READS; r++) {
            api.get().uri("/api/v1/orders?limit=20").header(HttpHeaders.AUTHORIZATION, customer).exchange()
                    .expectStatus().isOk();
        }
        double msPerRead = seconds(start) * 1000 / READS;

        System.out.printf("%nBENCHMARK order-status with %,d orders stored%n"
                + "  raw insert rate of the store:      %,.0f documents/s%n"
                + "  carrier events, batches of %d:    %,.0f events/s (%.2f x raw insert rate)%n"
                + "  customer order list (20 of theirs): %.1f ms per read (%.1f raw inserts' time)%n%n",
                ORDERS, rawInsertsPerSecond, BATCH, eventsPerSecond, eventsPerSecond / rawInsertsPerSecond, msPerRead,
                msPerRead / 1000 * rawInsertsPerSecond);
        assertThat(eventsPerSecond).isPositive();
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
        double rate = count / seconds(start);
        scratch.drop();
        return rate;
    }

    /** Orders as the merchant API stores them, written in bulk; every 5,000th customer has 20 orders. */
    private void storeOrders(Instant now) {
        MongoCollection<Order> orders = database.getCollection("orders", Order.class);
        MongoCollection<TrackingClaim> claims = database.getCollection("tracking_claims", TrackingClaim.class);
        PromisedWindow window = new PromisedWindow(now.plusSeconds(86_400), now.plusSeconds(2 * 86_400));
        for (int i = 0; i < ORDERS; i += 1000) {
            List<Order> batch = new ArrayList<>();
            List<TrackingClaim> claimBatch = new ArrayList<>();
            for (int n = i; n < Math.min(i + 1000, ORDERS); n++) {
                String trackingNumber = "BENCH-" + n;
                batch.add(new Order("bench-" + n, "demo-merchant", "bench-customer-" + (n % 5000), null,
                        now.minusSeconds(n), List.of(new Order.OrderLine("SKU", "Item", 1)),
                        new Order.Address("Name", List.of("1 rue"), "69001", "Lyon", "FR"), window,
                        List.of(new Order.Shipment("demo-carrier", trackingNumber, List.of(), List.of(),
                                ShipmentStatus.PENDING, null)),
                        ShipmentStatus.PENDING, null, Punctuality.ON_TIME, List.of(), null, 1, now, now));
                claimBatch.add(new TrackingClaim("demo-carrier|" + trackingNumber, "bench-" + n));
            }
            orders.insertMany(batch);
            claims.insertMany(claimBatch);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
