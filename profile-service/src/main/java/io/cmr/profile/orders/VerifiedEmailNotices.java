package io.cmr.profile.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.stereotype.Repository;

/**
 * The {@code verified-email-notices} collection: what order-status-service has not heard yet. A
 * notice is written as soon as the verification is stored and delivered by
 * {@link VerifiedEmailWorker}, so order-status-service being down never fails nor loses a verification.
 */
@Repository
public class VerifiedEmailNotices {

    private final Documents<VerifiedEmailNotice> notices;
    private final Clock clock;

    VerifiedEmailNotices(MongoDatabase database, Clock clock) {
        this.notices = Documents.in(database, "verified-email-notices", VerifiedEmailNotice.class, clock);
        this.clock = clock;
    }

    /** Recording the same verification twice keeps one notice. */
    public void record(String customerId, String contactPointId, String normalizedAddress) {
        Instant now = clock.instant();
        notices.insertOnce(new VerifiedEmailNotice(customerId + "|" + contactPointId, customerId, normalizedAddress,
                0, null, null, 1, now, now));
    }

    /** Notices nobody holds a lease on. */
    List<VerifiedEmailNotice> due() {
        Instant now = clock.instant();
        return notices.collection().find().into(new ArrayList<>()).stream()
                .filter(notice -> notice.leaseUntil() == null || notice.leaseUntil().isBefore(now)).toList();
    }

    /** The notice leased to the caller for {@code lease}, unless another worker got it first. */
    Optional<VerifiedEmailNotice> claim(VerifiedEmailNotice notice, Duration lease) {
        return notices.update(notice.id(), notice.version(), Updates.set("leaseUntil", clock.instant().plus(lease)))
                instanceof VersionedUpdate.Updated<VerifiedEmailNotice> updated
                        ? Optional.of(updated.document()) : Optional.empty();
    }

    void delivered(VerifiedEmailNotice notice) {
        notices.collection().deleteOne(Filters.eq("_id", notice.id()));
    }

    /** Left for the next round, with why it failed. */
    void failed(VerifiedEmailNotice notice, String error) {
        notices.update(notice.id(), notice.version(), Updates.combine(Updates.inc("attempts", 1),
                Updates.set("lastError", error), Updates.set("leaseUntil", null)));
    }

    /** For the customer's erasure: nothing about them may be told afterwards. */
    public void eraseAll(String customerId) {
        notices.collection().deleteMany(Filters.eq("customerId", customerId));
    }
}
