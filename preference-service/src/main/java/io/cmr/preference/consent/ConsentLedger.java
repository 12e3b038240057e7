package io.cmr.preference.consent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.cmr.platform.mongo.Documents;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code consents} collection: append-only, read newest first with an opaque cursor. */
@Repository
public class ConsentLedger {

    private final Documents<ConsentEntry> entries;
    private final Clock clock;

    ConsentLedger(MongoDatabase database, Clock clock) {
        this.entries = Documents.in(database, "consents", ConsentEntry.class, clock);
        this.entries.collection().createIndex(Indexes.descending("customerId", "at", "_id"));
        this.clock = clock;
    }

    /** Records the changes that made version {@code version} of the customer's preferences. */
    public void record(String customerId, long version, List<ConsentChange> changes, Actor actor) {
        Instant now = clock.instant();
        for (ConsentChange change : changes) {
            entries.insertOnce(new ConsentEntry(customerId + ":" + version + ":" + change.topicId() + ":" + change.channel(),
                    customerId, change.topicId(), change.channel(), change.before(), change.after(), now,
                    actor.kind(), actor.subject(), actor.clientId(), change.wordingVersion()));
        }
    }

    public Page page(String customerId, String cursor, int limit) {
        Bson filter = Filters.eq("customerId", customerId);
        if (cursor != null) {
            Position after = Position.decode(cursor);
            filter = Filters.and(filter, Filters.or(Filters.lt("at", after.at()),
                    Filters.and(Filters.eq("at", after.at()), Filters.lt("_id", after.id()))));
        }
        List<ConsentEntry> found = entries.collection().find(filter)
                .sort(Sorts.descending("at", "_id")).limit(limit + 1).into(new ArrayList<>());
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<ConsentEntry> page = found.subList(0, limit);
        ConsentEntry last = page.get(limit - 1);
        return new Page(List.copyOf(page), new Position(last.at(), last.id()).encode());
    }

    /** The entries about one topic of each of {@code customerIds}, in one query, newest first. */
    public List<ConsentEntry> ofTopic(List<String> customerIds, String topicId) {
        return entries.collection().find(Filters.and(Filters.in("customerId", customerIds), Filters.eq("topicId", topicId)))
                .sort(Sorts.descending("at", "_id")).into(new ArrayList<>());
    }

    public List<ConsentEntry> all(String customerId) {
        return entries.collection().find(Filters.eq("customerId", customerId))
                .sort(Sorts.descending("at", "_id")).into(new ArrayList<>());
    }

    /**
     * Forgets the customer: their entries go, and one anonymised entry keeps that consent was
     * withdrawn. Nothing is written for a customer the ledger never knew, so repeating is harmless.
     */
    public void erase(String customerId) {
        long erased = entries.collection().deleteMany(Filters.eq("customerId", customerId)).getDeletedCount();
        if (erased > 0) {
            entries.insertOnce(new ConsentEntry("erased:" + UUID.randomUUID(), null, null, null, true, false,
                    clock.instant(), "erasure", null, null, 0));
        }
    }

    public record Page(List<ConsentEntry> entries, String next) {
    }

    private record Position(Instant at, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at.toEpochMilli() + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
                return new Position(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]);
            }
            catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
                throw new InvalidCursor();
            }
        }
    }

    /** A cursor this ledger did not hand out. */
    public static final class InvalidCursor extends RuntimeException {
        InvalidCursor() {
            super("The cursor is not one this API gave out.");
        }
    }
}
