package io.cmr.orderstatus.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code inbox} collection: the IN_APP channel's deliveries. */
@Repository
public class Inbox {

    private final Documents<InboxEntry> entries;
    private final Clock clock;

    Inbox(MongoDatabase database, Clock clock) {
        this.entries = Documents.in(database, "inbox", InboxEntry.class, clock);
        entries.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("customerId"),
                Indexes.descending("createdAt", "_id")));
        this.clock = clock;
    }

    /** Idempotent by the entry's id. */
    public InboxEntry deliver(InboxEntry entry) {
        return entries.insertOnce(entry).document();
    }

    /** A page of the customer's entries, newest first, after {@code cursor} (the previous page's last). */
    public Page page(String customerId, InboxCursor cursor, int size) {
        Bson filter = Filters.eq("customerId", customerId);
        if (cursor != null) {
            filter = Filters.and(filter, Filters.or(Filters.lt("createdAt", cursor.createdAt()),
                    Filters.and(Filters.eq("createdAt", cursor.createdAt()), Filters.lt("_id", cursor.id()))));
        }
        List<InboxEntry> found = entries.collection().find(filter).sort(Sorts.descending("createdAt", "_id"))
                .limit(size + 1).into(new ArrayList<>());
        if (found.size() <= size) {
            return new Page(found, null);
        }
        List<InboxEntry> page = List.copyOf(found.subList(0, size));
        InboxEntry last = page.get(size - 1);
        return new Page(page, new InboxCursor(last.createdAt(), last.id()));
    }

    public long unread(String customerId) {
        return entries.collection().countDocuments(Filters.and(Filters.eq("customerId", customerId),
                Filters.eq("readAt", null)));
    }

    /** Marks the customer's entry read (once: the first reading time stays); empty when it is not theirs. */
    public Optional<InboxEntry> read(String customerId, String id) {
        Instant now = clock.instant();
        InboxEntry entry = entries.collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("customerId", customerId), Filters.eq("readAt", null)),
                Updates.set("readAt", now), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (entry != null) {
            return Optional.of(entry);
        }
        return entries.find(id).filter(found -> customerId.equals(found.customerId()));
    }

    public List<InboxEntry> of(String customerId) {
        return entries.collection().find(Filters.eq("customerId", customerId)).sort(Sorts.descending("createdAt"))
                .into(new ArrayList<>());
    }

    public void erase(String customerId) {
        entries.collection().deleteMany(Filters.eq("customerId", customerId));
    }

    public record Page(List<InboxEntry> entries, InboxCursor next) {
    }
}
