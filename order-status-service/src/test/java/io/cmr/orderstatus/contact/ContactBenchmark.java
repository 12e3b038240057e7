package io.cmr.orderstatus.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.orderstatus.notification.SentNotices.SentNotice;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording contacts (checks, joins, repeat detection and weekly counters, the whole write path
 * the API takes) spread over 52 weeks, against the same store's raw insert rate measured in the
 * same run (DESIGN.md §4), and the weekly report's time over those 52 weeks at 100,000 contacts
 * and at the end, which must not grow with the number of contacts. Not part of verify:
 * {@code ./mvnw -o -B -pl platform,platform-test,order-status-service -am test -Dtest=ContactBenchmark
 * -Dbenchmark.excluded=none -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.contacts=1000000]}.
 */
@ServiceTest
@Tag("benchmark")
class ContactBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final int CHECKPOINT = 100_000;
    private static final int ORDERS = 10_000;
    private static final int WEEKS = 52;
    private static final int REPORTS = 5;
    private static final ContactChannel[] CHANNELS = ContactChannel.values();

    @Autowired
    private MongoDatabase database;

    @Autowired
    private ContactRecorder recorder;

    @Autowired
    private WeeklyReports reports;

    @Autowired
    private Taxonomy taxonomy;

    @Autowired
    private Outbox outbox;

    @Autowired
    private ContactSettings settings;

    @Test
    void recordingAndWeeklyReportsAtScale() {
        double rawInsertsPerSecond = rawInsertRate();
        Instant now = Instant.now();
        IsoWeek last = IsoWeek.of(now, settings.timezone()).plus(-1);
        IsoWeek first = last.plus(-(WEEKS - 1));
        Instant start = first.start(settings.timezone());
        Duration span = Duration.between(start, last.plus(1).start(settings.timezone()));
        storeOrders(now);
        List<String> reasons = taxonomy.reasons().stream().map(ContactReason::code).toList();
        NoticesSent notices = new NoticesSent(outbox);
        for (int n = 0; n < ORDERS; n += 10) {
            // One order in ten had a notice sent mid-year.
            notices.sent(customerOf(n), new SentNotice("bench:" + n, "DELAY_LATE", null, List.of("bench-order-" + n),
                    start.plus(span.dividedBy(2))));
        }

        List<String> lines = new ArrayList<>();
        long began = System.nanoTime();
        // Two passes over the same 52 weeks, each in time order as a live system records them, with
        // customers of their own: the report is timed with 100,000 contacts over the whole year, then
        // with all of them.
        int firstPass = Math.min(CHECKPOINT, CONTACTS);
        record(0, firstPass, 0, start, span, reasons);
        lines.add(checkpoint(firstPass, began, rawInsertsPerSecond, first, last));
        if (CONTACTS > firstPass) {
            record(firstPass, CONTACTS, ORDERS / 2, start, span, reasons);
            lines.add(checkpoint(CONTACTS, began, rawInsertsPerSecond, first, last));
        }
        System.out.printf("%nBENCHMARK contact analysis, %,d contacts over %d weeks (%s to %s), %,d orders%n"
                + "  raw insert rate of the store (one document per insert): %,.0f documents/s%n%s%n%n",
                CONTACTS, WEEKS, first, last, ORDERS, rawInsertsPerSecond, String.join("\n", lines));
        assertThat(lines).isNotEmpty();
    }

    /** Contacts {@code from} to {@code to} (exclusive), spread evenly over the span, on half the orders from {@code firstOrder}. */
    private void record(int from, int to, int firstOrder, Instant start, Duration span, List<String> reasons) {
        for (int i = from; i < to; i++) {
            Instant at = start.plus(span.multipliedBy(i - from).dividedBy(to - from));
            int order = firstOrder + (int) ((i * 7919L) % (ORDERS / 2));
            recorder.record(new ContactRecorder.NewContact(CHANNELS[i % CHANNELS.length],
                    reasons.get((i * 31) % reasons.size()), null, "bench-order-" + order, at, 120L, i % 3 != 0, null),
                    "bench-agent", null);
        }
    }

    private String checkpoint(int recorded, long began, double rawInsertsPerSecond, IsoWeek first, IsoWeek last) {
        double perSecond = recorded / seconds(began);
        String line = "  %,9d contacts: %,8.0f contacts/s recorded (%.3f x raw insert rate); ".formatted(recorded,
                perSecond, perSecond / rawInsertsPerSecond)
                + "weekly report over 52 weeks %,.1f ms".formatted(reportMillis(first, last));
        // Also as it goes: a million contacts take a while on the embedded store.
        System.out.println("BENCHMARK progress" + line);
        return line;
    }

    /** The report as admins ask for it, grouped each way; the best of a few runs. */
    private double reportMillis(IsoWeek first, IsoWeek last) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPORTS; r++) {
            long began = System.nanoTime();
            for (WeeklyReports.GroupBy groupBy : WeeklyReports.GroupBy.values()) {
                assertThat(reports.weekly(first, last, groupBy).weeks()).hasSize(WEEKS);
            }
            best = Math.min(best, seconds(began) * 1000 / WeeklyReports.GroupBy.values().length);
        }
        return best;
    }

    /** Single inserts of a document the size of a contact, as recording makes them. */
    private double rawInsertRate() {
        MongoCollection<Document> scratch = database.getCollection("benchmark_scratch");
        int count = 20_000;
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            scratch.insertOne(new Document("_id", "raw-" + i).append("requestKey", "bench-agent|raw-" + i)
                    .append("channel", "PHONE").append("reasonCode", "WHERE_IS_MY_ORDER")
                    .append("orderId", "bench-order-" + i).append("at", new java.util.Date())
                    .append("week", "2026-W01").append("handlingSeconds", 120L).append("resolved", true));
        }
        double rate = count / seconds(began);
        scratch.drop();
        return rate;
    }

    private void storeOrders(Instant now) {
        MongoCollection<Order> orders = database.getCollection("orders", Order.class);
        PromisedWindow window = new PromisedWindow(now.plusSeconds(86_400), now.plusSeconds(2 * 86_400));
        for (int i = 0; i < ORDERS; i += 1000) {
            List<Order> batch = new ArrayList<>();
            for (int n = i; n < Math.min(i + 1000, ORDERS); n++) {
                batch.add(new Order("bench-order-" + n, "demo-merchant", customerOf(n), null,
                        now.minusSeconds(n), List.of(new Order.OrderLine("SKU", "Item", 1)),
                        new Order.Address("Name", List.of("1 rue"), "69001", "Lyon", "FR"), window,
                        List.of(new Order.Shipment(n % 2 == 0 ? "demo-carrier" : "other-carrier", "BC-" + n, List.of(),
                                List.of(), ShipmentStatus.PENDING, null)),
                        ShipmentStatus.PENDING, null, Punctuality.ON_TIME, List.of(), null, 1, now, now));
            }
            orders.insertMany(batch);
        }
    }

    /** Two orders each, the first half of the orders to the first half of the customers. */
    private static String customerOf(int order) {
        return "bench-customer-" + order / 2;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
