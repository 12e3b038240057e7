package io.cmr.preference.preference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.cmr.platform.test.TestMongo;
import io.cmr.preference.contact.ContactPoint;
import io.cmr.preference.plan.DeliveryPlanner;
import io.cmr.preference.topic.Category;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.LocalizedText;
import io.cmr.preference.topic.Topic;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of {@code verify}): prints the delivery-plan throughput for
 * batches of 1,000 against 100,000 stored preference documents, the database round trips per
 * batch, and the same store's raw read rate for the same documents, measured in the same run.
 * profile-service's batch lookup of contact points is stubbed in memory (one call per batch, as
 * the endpoint makes it): what is measured is this service's own work.
 * Run it on its own:
 * {@code ./mvnw -o -B -pl platform,platform-test,preference-service -am test -Dtest=DeliveryPlanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (against a real MongoDB with {@code CMR_TEST_MONGODB_URI}; the embedded server is much slower).
 */
class DeliveryPlanBenchmark {

    private static final int STORED = 100_000;
    private static final int BATCH = 1_000;
    private static final int WARM_UP_BATCHES = 5;
    private static final int MEASURED_BATCHES = 20;
    private static final List<ContactPoint> REACHABLE = List.of(
            new ContactPoint("cp-email", ContactPoint.EMAIL, "Home", true, "someone@example.com", null),
            new ContactPoint("cp-phone", ContactPoint.PHONE, "Mobile", true, "+33612345678", null));

    @Test
    void printsDeliveryPlanThroughputAgainstRawReads() throws Exception {
        AtomicInteger commands = new AtomicInteger();
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.incrementAndGet();
            }
        };
        try (TestMongo mongo = TestMongo.start();
                MongoClient client = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(mongo.uri())).addCommandListener(counter).build())) {
            MongoDatabase database = client.getDatabase("preference-benchmark");
            database.drop();
            PreferenceStore store = new PreferenceStore(database, Clock.systemUTC());
            store(database);
            Topic topic = new Topic("delivery-updates", new LocalizedText("Livraison", "Delivery"),
                    new LocalizedText("Livraison", "Delivery"), Category.TRANSACTIONAL,
                    List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH, Channel.IN_APP), List.of(Channel.EMAIL), false, 1, null);
            Random random = new Random(42);
            List<List<String>> batches = IntStream.range(0, WARM_UP_BATCHES + MEASURED_BATCHES)
                    .mapToObj(i -> random.ints(BATCH, 0, STORED * 11 / 10).distinct().mapToObj(n -> "customer-" + n).toList())
                    .toList();
            Instant at = Instant.parse("2026-03-29T00:30:00Z");

            long planned = 0;
            long planNanos = 0;
            long rawNanos = 0;
            int planCommands = 0;
            for (int i = 0; i < batches.size(); i++) {
                List<String> ids = batches.get(i);
                commands.set(0);
                long start = System.nanoTime();
                var saved = store.findAll(ids);
                var byId = new HashMap<String, Preferences>();
                saved.forEach(preferences -> byId.put(preferences.customerId(), preferences));
                Map<String, List<ContactPoint>> verified = profileLookup(ids);
                ids.forEach(id -> DeliveryPlanner.plan(topic, byId.getOrDefault(id, Preferences.none(id)), verified.get(id), at));
                long planElapsed = System.nanoTime() - start;
                int roundTrips = commands.get();

                start = System.nanoTime();
                database.getCollection("preferences", RawBsonDocument.class).find(Filters.in("_id", ids)).into(new ArrayList<>());
                long rawElapsed = System.nanoTime() - start;
                if (i >= WARM_UP_BATCHES) {
                    planned += ids.size();
                    planNanos += planElapsed;
                    rawNanos += rawElapsed;
                    planCommands = Math.max(planCommands, roundTrips);
                }
            }
            double plansPerSecond = planned / (planNanos / 1e9);
            double rawPerSecond = planned / (rawNanos / 1e9);
            System.out.printf("%nDelivery plans, %d batches of ~%d against %,d stored documents (%s)%n",
                    MEASURED_BATCHES, BATCH, STORED, mongo.uri());
            System.out.printf("  plans:     %,12.0f customers/s, at most %d database round trip(s) and 1 profile-service call (stubbed) per batch%n",
                    plansPerSecond, planCommands);
            System.out.printf("  raw reads: %,12.0f documents/s (same ids, undecoded)%n", rawPerSecond);
            System.out.printf("  ratio:     %12.2f (plans / raw reads)%n%n", plansPerSecond / rawPerSecond);
        }
    }

    /** profile-service's answer: customers beyond the stored ones have no profile either. */
    private static Map<String, List<ContactPoint>> profileLookup(List<String> ids) {
        var customers = new HashMap<String, List<ContactPoint>>();
        ids.stream().filter(id -> Integer.parseInt(id.substring("customer-".length())) < STORED)
                .forEach(id -> customers.put(id, REACHABLE));
        return customers;
    }

    private static void store(MongoDatabase database) {
        var collection = database.getCollection("preferences", Preferences.class);
        Instant now = Instant.now();
        List<Preferences> chunk = new ArrayList<>();
        for (int n = 0; n < STORED; n++) {
            QuietHours quiet = n % 3 == 0 ? new QuietHours("22:00", "07:00") : null;
            TopicChoice choice = new TopicChoice("delivery-updates", n % 2 == 0 ? List.of(Channel.EMAIL, Channel.SMS) : List.of(Channel.PUSH),
                    List.of(), n % 5 == 0, n % 7 == 0 ? DeliveryMode.DAILY_DIGEST : DeliveryMode.IMMEDIATE, n % 7 == 0 ? "18:30" : null);
            chunk.add(new Preferences("customer-" + n, "Europe/Paris", quiet, n % 50 == 0, List.of(choice), 1, now, now));
            if (chunk.size() == BATCH) {
                collection.insertMany(chunk);
                chunk.clear();
            }
        }
    }
}
