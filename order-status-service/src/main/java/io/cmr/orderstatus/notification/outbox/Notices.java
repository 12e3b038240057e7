package io.cmr.orderstatus.notification.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.NoticeRequests;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/**
 * The {@code notices} collection, where notices enter: one bulk unordered insert per call; the id
 * {@code customerId|noticeKey} makes a repeated or late request change nothing.
 */
@Repository
public class Notices implements NoticeRequests {

    private final MongoCollection<Notice> notices;
    private final Clock clock;

    Notices(MongoDatabase database, Clock clock) {
        this.notices = database.getCollection("notices", Notice.class);
        // For a real MongoDB: the planner's and a customer's reads.
        notices.createIndex(Indexes.ascending("state", "requestedAt"));
        notices.createIndex(Indexes.ascending("customerId", "orderIds"));
        this.clock = clock;
    }

    @Override
    public void request(List<NoticeRequest> requests) {
        Instant now = clock.instant();
        Bulk.insertAll(notices, requests.stream().map(request -> Notice.pending(request, now)).toList());
    }

    /** Up to {@code limit} notices waiting for a plan, oldest first. */
    public List<Notice> pending(int limit) {
        return notices.find(Filters.eq("state", Notice.State.PENDING.name())).sort(Sorts.ascending("requestedAt"))
                .limit(limit).into(new ArrayList<>());
    }

    /**
     * Marks the notices planned in one bulk write of single-notice updates, each on the plain id, so that
     * the store finds every notice through the id index (the embedded store scans the collection for an
     * {@code $in} of ids in an update).
     */
    public void planned(List<String> ids, Instant at) {
        if (!ids.isEmpty()) {
            Bson changes = Updates.combine(Updates.set("state", Notice.State.PLANNED.name()), Updates.set("plannedAt", at));
            notices.bulkWrite(ids.stream().map(id -> new UpdateOneModel<Notice>(new Document("_id", id), changes)).toList(),
                    new BulkWriteOptions().ordered(false));
        }
    }

    /** The values the notice's texts are made of; none when the notice is gone (its customer was erased). */
    public Map<String, String> valuesOf(String customerId, String noticeKey) {
        Notice notice = notices.find(new Document("_id", Notice.idOf(customerId, noticeKey))).first();
        return notice == null ? Map.of() : notice.values();
    }

    public long pendingCount() {
        return notices.countDocuments(Filters.eq("state", Notice.State.PENDING.name()));
    }

    /** The customer's notices, about {@code orderId} when given, newest first. */
    public List<Notice> of(String customerId, String orderId) {
        return notices.find(orderId == null ? Filters.eq("customerId", customerId)
                : Filters.and(Filters.eq("customerId", customerId), Filters.eq("orderIds", orderId)))
                .sort(Sorts.descending("occurredAt")).into(new ArrayList<>());
    }

    public void erase(String customerId) {
        notices.deleteMany(Filters.eq("customerId", customerId));
    }
}
