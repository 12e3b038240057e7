package io.cmr.orderstatus.notification.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/**
 * The {@code outbox} collection. Every state change is one atomic single-document write; the
 * dispatcher's writes after a claim match its lease, so one whose lease was retaken changes nothing.
 */
@Repository
public class Outbox {

    private final MongoCollection<OutboxItem> items;
    private final Clock clock;

    Outbox(MongoDatabase database, Clock clock) {
        this.items = database.getCollection("outbox", OutboxItem.class);
        // For a real MongoDB: the dispatcher's, a notice's and an incident's reads.
        items.createIndex(Indexes.ascending("state", "dueAt"));
        items.createIndex(Indexes.ascending("customerId", "noticeKey"));
        items.createIndex(Indexes.ascending("incidentId"));
        items.createIndex(Indexes.ascending("_id", "state", "leaseOwner"), new IndexOptions().unique(true));
        this.clock = clock;
    }

    /** Stores a batch of planned items in one unordered bulk insert; items already planned stay as they are. */
    public void insertAll(List<OutboxItem> planned) {
        Bulk.insertAll(items, planned);
    }

    /**
     * Takes one due item for {@code owner} until the lease ends: planned or scheduled items whose time
     * came, failed ones whose retry is due, and items whose sender's lease expired (it crashed).
     */
    public OutboxItem claim(String owner, Duration lease) {
        Instant now = clock.instant();
        Bson due = Filters.or(
                Filters.and(Filters.in("state", ItemState.PLANNED.name(), ItemState.SCHEDULED.name(),
                        ItemState.FAILED.name()), Filters.lte("dueAt", now)),
                Filters.and(Filters.eq("state", ItemState.SENDING.name()), Filters.lt("leaseUntil", now)));
        return items.findOneAndUpdate(due, Updates.combine(
                Updates.set("state", ItemState.SENDING.name()), Updates.set("leaseOwner", owner),
                Updates.set("leaseUntil", now.plus(lease)), Updates.inc("attempts", 1), Updates.set("updatedAt", now)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt")).returnDocument(ReturnDocument.AFTER));
    }

    /**
     * Takes, for {@code owner}, the other due items of the same customer, topic and channel waiting
     * for the same daily digest, so that one message carries them all.
     */
    public List<OutboxItem> claimDigestOf(OutboxItem first, String owner, Duration lease) {
        Instant now = clock.instant();
        Bson companions = Filters.and(Filters.eq("customerId", first.customerId()), Filters.eq("topicId", first.topicId()),
                Filters.eq("channel", first.channel().name()), Filters.eq("delayRule", first.delayRule()),
                Filters.in("state", ItemState.PLANNED.name(), ItemState.SCHEDULED.name(), ItemState.FAILED.name()),
                Filters.lte("dueAt", now), Filters.ne("_id", first.id()));
        List<OutboxItem> claimed = new ArrayList<>();
        OutboxItem next;
        while ((next = items.findOneAndUpdate(companions, Updates.combine(
                Updates.set("state", ItemState.SENDING.name()), Updates.set("leaseOwner", owner),
                Updates.set("leaseUntil", now.plus(lease)), Updates.inc("attempts", 1), Updates.set("updatedAt", now)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("occurredAt")).returnDocument(ReturnDocument.AFTER))) != null) {
            claimed.add(next);
        }
        return claimed;
    }

    public boolean sent(OutboxItem item, String sentTo) {
        Instant now = clock.instant();
        return finish(item, Updates.combine(Updates.set("state", ItemState.SENT.name()), Updates.set("sentAt", now),
                Updates.set("sentTo", sentTo)));
    }

    public boolean failed(OutboxItem item, String answer, Instant retryAt) {
        return finish(item, Updates.combine(Updates.set("state", ItemState.FAILED.name()),
                Updates.set("lastError", answer), Updates.set("dueAt", retryAt)));
    }

    /** A failure of something the channel needs (profile-service, preference-service), not of the channel: no try is spent. */
    public boolean postponed(OutboxItem item, String answer, Instant retryAt) {
        return finish(item, Updates.combine(Updates.set("state", ItemState.FAILED.name()),
                Updates.set("lastError", answer), Updates.set("dueAt", retryAt), Updates.inc("attempts", -1)));
    }

    public boolean dead(OutboxItem item, String answer) {
        return finish(item, Updates.combine(Updates.set("state", ItemState.DEAD.name()),
                Updates.set("lastError", answer), Updates.set("reason", answer)));
    }

    public boolean suppressed(OutboxItem item, String reason) {
        return finish(item, Updates.combine(Updates.set("state", ItemState.SUPPRESSED.name()),
                Updates.set("reason", reason)));
    }

    private boolean finish(OutboxItem item, Bson changes) {
        // A plain document on exactly the fields of the (_id, state, leaseOwner) index, so that the embedded
        // store finds the item through it instead of scanning the outbox for every item sent.
        return items.updateOne(new Document("_id", item.id()).append("state", ItemState.SENDING.name())
                .append("leaseOwner", item.leaseOwner()),
                Updates.combine(changes, Updates.unset("leaseOwner"), Updates.unset("leaseUntil"),
                        Updates.set("updatedAt", clock.instant()))).getModifiedCount() == 1;
    }

    public List<OutboxItem> ofNotices(String customerId, Collection<String> noticeKeys) {
        return items.find(Filters.and(Filters.eq("customerId", customerId), Filters.in("noticeKey", noticeKeys)))
                .into(new ArrayList<>());
    }

    public List<OutboxItem> ofCustomer(String customerId) {
        return items.find(Filters.eq("customerId", customerId)).into(new ArrayList<>());
    }

    public List<OutboxItem> ofIncident(String incidentId) {
        return items.find(Filters.eq("incidentId", incidentId)).into(new ArrayList<>());
    }

    /** Sent items of the customer before {@code before}, about {@code orderId} when given, newest first. */
    public List<OutboxItem> sentBefore(String customerId, String orderId, Instant before) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("customerId", customerId),
                Filters.eq("state", ItemState.SENT.name()), Filters.lt("sentAt", before)));
        if (orderId != null) {
            filters.add(Filters.eq("orderIds", orderId));
        }
        return items.find(Filters.and(filters)).sort(Sorts.descending("sentAt")).into(new ArrayList<>());
    }

    public long count(Bson filter) {
        return items.countDocuments(filter);
    }

    public void erase(String customerId) {
        items.deleteMany(Filters.eq("customerId", customerId));
    }
}
