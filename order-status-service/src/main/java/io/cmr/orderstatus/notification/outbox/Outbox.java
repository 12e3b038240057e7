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
 * Dispatch looks for due items once per batch and claims each on its exact key, rather than searching
 * in every claim: the embedded store would scan the whole outbox for each item sent.
 */
@Repository
public class Outbox {

    private static final List<String> DUE_STATES = List.of(ItemState.PLANNED.name(), ItemState.SCHEDULED.name(),
            ItemState.FAILED.name(), ItemState.SENDING.name());

    private final MongoCollection<OutboxItem> items;
    private final Clock clock;

    Outbox(MongoDatabase database, Clock clock) {
        this.items = database.getCollection("outbox", OutboxItem.class);
        // For a real MongoDB: the dispatcher's, a notice's and an incident's reads.
        items.createIndex(Indexes.ascending("state", "dueAt"));
        items.createIndex(Indexes.ascending("customerId", "noticeKey"));
        items.createIndex(Indexes.ascending("incidentId"));
        items.createIndex(Indexes.ascending("_id", "state", "dueAt"), new IndexOptions().unique(true));
        this.clock = clock;
    }

    /** Stores a batch of planned items in one unordered bulk insert; items already planned stay as they are. */
    public void insertAll(List<OutboxItem> planned) {
        Bulk.insertAll(items, planned);
    }

    /**
     * Up to {@code limit} items due now, soonest first: planned or scheduled items whose time came,
     * failed ones whose retry is due, and items whose sender's lease ended (it crashed). Only a look:
     * {@link #claim} takes one.
     */
    public List<OutboxItem> due(int limit) {
        return items.find(Filters.and(Filters.in("state", DUE_STATES), Filters.lte("dueAt", clock.instant())))
                .sort(Sorts.ascending("dueAt")).limit(limit).into(new ArrayList<>());
    }

    /**
     * Takes {@code seen} for {@code owner} until the lease ends, if it is still as it was seen: one atomic
     * write on exactly the fields of the (_id, state, dueAt) index, so that the embedded store finds it
     * through the index. While an item is SENDING its {@code dueAt} is its lease's end, when another
     * dispatcher may retake it; each claim moves it later, so it also names the lease that later writes match.
     * Answers null when another dispatcher took or changed it first.
     */
    public OutboxItem claim(OutboxItem seen, String owner, Duration lease) {
        Instant now = clock.instant();
        if (!isDue(seen, now)) {
            // Only what is due is taken, whatever the look said: the embedded store may hand back a document
            // changed after it matched, such as another dispatcher's item SENDING under a live lease.
            return null;
        }
        return items.findOneAndUpdate(asSeen(seen), Updates.combine(Updates.set("state", ItemState.SENDING.name()),
                Updates.set("leaseOwner", owner), Updates.set("dueAt", now.plus(lease)), Updates.inc("attempts", 1),
                Updates.set("updatedAt", now)), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static boolean isDue(OutboxItem item, Instant now) {
        return DUE_STATES.contains(item.state().name()) && item.dueAt() != null && !item.dueAt().isAfter(now);
    }

    /** The other due items of the same customer, topic and channel waiting for the same daily digest, oldest first. */
    public List<OutboxItem> dueDigestOf(OutboxItem first) {
        return items.find(Filters.and(Filters.eq("customerId", first.customerId()), Filters.eq("topicId", first.topicId()),
                Filters.eq("channel", first.channel().name()), Filters.eq("delayRule", first.delayRule()),
                Filters.in("state", ItemState.PLANNED.name(), ItemState.SCHEDULED.name(), ItemState.FAILED.name()),
                Filters.lte("dueAt", clock.instant()), Filters.ne("_id", first.id())))
                .sort(Sorts.ascending("occurredAt")).into(new ArrayList<>());
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

    /** Changes a claimed item only while its lease holds: one retaken since has another {@code dueAt}. */
    private boolean finish(OutboxItem claimed, Bson changes) {
        return items.updateOne(asSeen(claimed), Updates.combine(changes, Updates.unset("leaseOwner"),
                Updates.set("updatedAt", clock.instant()))).getModifiedCount() == 1;
    }

    private static Document asSeen(OutboxItem item) {
        return new Document("_id", item.id()).append("state", item.state().name()).append("dueAt", item.dueAt());
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
