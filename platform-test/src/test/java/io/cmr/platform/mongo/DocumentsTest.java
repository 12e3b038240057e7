package io.cmr.platform.mongo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.TestMongo;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the test MongoDB (the embedded server unless a real one is there) with the real driver. */
class DocumentsTest {

    private static final int CALLERS = 16;
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    private static TestMongo mongo;
    private static MongoClient client;
    private static MongoDatabase database;

    private Documents<Account> accounts;

    @BeforeAll
    static void connect() {
        mongo = TestMongo.start();
        client = MongoClients.create(mongo.uri());
        database = client.getDatabase("documents-test");
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
        mongo.close();
    }

    @BeforeEach
    void freshCollection() {
        accounts = Documents.in(database, "accounts-" + UUID.randomUUID(), Account.class,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRecordIsReadBackAsItWasStoredWithInstantsNestedRecordsListsAndAbsentValues() {
        Instant created = Instant.parse("2026-02-01T08:00:00.123456789Z");
        Account account = new Account("acc-1", null, new Address("Lyon", "69001"),
                List.of(new Contact("email", "a@example.com"), new Contact("sms", "+33600000000")),
                1, created, created);

        Account stored = accounts.insertOnce(account).document();

        Instant toTheMillisecond = created.truncatedTo(ChronoUnit.MILLIS);
        assertThat(stored).isEqualTo(new Account("acc-1", null, account.address(), account.contacts(), 1,
                toTheMillisecond, toTheMillisecond));
        assertThat(accounts.find("acc-1")).contains(stored);
    }

    @Test
    void storedDocumentsKeepNativeTypesSoTheyCanBeQueriedAndIndexed() {
        accounts.insertOnce(account("acc-1", "Alice"));

        BsonDocument raw = accounts.collection().withDocumentClass(BsonDocument.class).find().first();

        assertThat(raw.getString("_id").getValue()).isEqualTo("acc-1");
        assertThat(raw.get("createdAt").getBsonType()).isEqualTo(BsonType.DATE_TIME);
        assertThat(raw.get("version").getBsonType()).isEqualTo(BsonType.INT64);
        assertThat(raw.getDocument("address").getString("city").getValue()).isEqualTo("Lyon");
    }

    @Test
    void anUpdateWithTheCurrentVersionAppliesTheChangeAndMovesTheVersionOn() {
        accounts.insertOnce(account("acc-1", "Alice"));

        VersionedUpdate<Account> result = accounts.update("acc-1", 1, Updates.set("owner", "Alicia"));

        assertThat(result).isInstanceOfSatisfying(VersionedUpdate.Updated.class, updated -> {
            Account after = (Account) updated.document();
            assertThat(after.owner()).isEqualTo("Alicia");
            assertThat(after.version()).isEqualTo(2);
            assertThat(after.updatedAt()).isEqualTo(NOW);
        });
        assertThat(accounts.find("acc-1")).hasValueSatisfying(stored -> assertThat(stored.version()).isEqualTo(2));
    }

    @Test
    void anUpdateFromAnOldVersionChangesNothingAndLearnsTheCurrentVersion() {
        accounts.insertOnce(account("acc-1", "Alice"));
        accounts.update("acc-1", 1, Updates.set("owner", "Alicia"));

        VersionedUpdate<Account> result = accounts.update("acc-1", 1, Updates.set("owner", "Ally"));

        assertThat(result).isEqualTo(new VersionedUpdate.Stale<Account>(2));
        assertThat(accounts.find("acc-1")).hasValueSatisfying(stored -> assertThat(stored.owner()).isEqualTo("Alicia"));
    }

    @Test
    void anUpdateOfADocumentThatIsNotThereIsToldItIsMissingAndCreatesNothing() {
        VersionedUpdate<Account> result = accounts.update("nobody", 1, Updates.set("owner", "Alice"));

        assertThat(result).isEqualTo(new VersionedUpdate.Missing<Account>());
        assertThat(accounts.collection().countDocuments()).isZero();
    }

    @Test
    void ofManyConcurrentUpdatesFromTheSameVersionExactlyOneIsApplied() throws InterruptedException {
        accounts.insertOnce(account("acc-1", "Alice"));

        List<VersionedUpdate<Account>> results = AtOnce.run(CALLERS,
                caller -> accounts.update("acc-1", 1, Updates.set("owner", "caller-" + caller)));

        assertThat(results).filteredOn(VersionedUpdate.Updated.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(result -> !(result instanceof VersionedUpdate.Updated))
                .containsOnly(new VersionedUpdate.Stale<>(2));
        Account winner = ((VersionedUpdate.Updated<Account>) results.stream()
                .filter(VersionedUpdate.Updated.class::isInstance).findFirst().orElseThrow()).document();
        assertThat(accounts.find("acc-1")).contains(winner);
    }

    @Test
    void insertingTheSameDocumentAgainStoresNothingNewAndHandsBackTheFirst() {
        Insertion<Account> first = accounts.insertOnce(account("acc-1", "Alice"));

        Insertion<Account> second = accounts.insertOnce(account("acc-1", "Mallory"));

        assertThat(first.inserted()).isTrue();
        assertThat(second.inserted()).isFalse();
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(accounts.collection().countDocuments()).isOne();
    }

    @Test
    void aDocumentWithTheSameUniqueKeyUnderAnotherIdIsNotStoredAgain() {
        Documents<Delivery> deliveries = Documents.in(database, "deliveries-" + UUID.randomUUID(), Delivery.class,
                Clock.systemUTC()).withUniqueIndex("partner", "eventId");
        Delivery first = new Delivery(UUID.randomUUID().toString(), "merchant", "event-7", "shipped");

        deliveries.insertOnce(first);
        Insertion<Delivery> redelivered = deliveries.insertOnce(
                new Delivery(UUID.randomUUID().toString(), "merchant", "event-7", "shipped again"));
        Insertion<Delivery> otherPartner = deliveries.insertOnce(
                new Delivery(UUID.randomUUID().toString(), "carrier", "event-7", "in transit"));

        assertThat(redelivered).isEqualTo(new Insertion<>(first, false));
        assertThat(otherPartner.inserted()).isTrue();
        assertThat(deliveries.collection().countDocuments()).isEqualTo(2);
    }

    @Test
    void concurrentInsertsOfTheSameDocumentStoreExactlyOneAndAllGetIt() throws InterruptedException {
        List<Insertion<Account>> results = AtOnce.run(CALLERS,
                caller -> accounts.insertOnce(account("acc-1", "caller-" + caller)));

        assertThat(results).filteredOn(Insertion::inserted).hasSize(1);
        Account stored = accounts.find("acc-1").orElseThrow();
        assertThat(results).extracting(Insertion::document).containsOnly(stored);
        assertThat(accounts.collection().countDocuments(Filters.empty())).isOne();
    }

    private static Account account(String id, String owner) {
        return new Account(id, owner, new Address("Lyon", "69001"), List.of(), 1, NOW, NOW);
    }

    public record Account(@BsonId String id, String owner, Address address, List<Contact> contacts,
            long version, Instant createdAt, Instant updatedAt) {
    }

    public record Address(String city, String postcode) {
    }

    public record Contact(String channel, String value) {
    }

    public record Delivery(@BsonId String id, String partner, String eventId, String payload) {
    }
}
