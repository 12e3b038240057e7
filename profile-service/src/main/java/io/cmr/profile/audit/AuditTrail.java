package io.cmr.profile.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.cmr.platform.mongo.Documents;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/**
 * The {@code profile-audit} collection. An entry is written right after the change it records;
 * its id is the customer and the version the change produced, so a retried record is stored once.
 */
@Repository
public class AuditTrail {

    private final Documents<AuditEntry> entries;
    private final Clock clock;

    AuditTrail(MongoDatabase database, Clock clock) {
        this.entries = Documents.in(database, "profile-audit", AuditEntry.class, clock);
        this.clock = clock;
    }

    public void record(String customerId, long version, Actor actor, String action, List<AuditEntry.Change> changes) {
        entries.insertOnce(new AuditEntry(customerId + "/" + version, customerId, version, clock.instant(), actor,
                action, List.copyOf(changes)));
    }

    /** The customer's whole trail, newest first. */
    public List<AuditEntry> all(String customerId) {
        return entries.collection().find(Filters.eq("customerId", customerId)).sort(Sorts.descending("version"))
                .into(new ArrayList<>());
    }

    public void eraseAll(String customerId) {
        entries.collection().deleteMany(Filters.eq("customerId", customerId));
    }

    /** Newest first, entries older than {@code beforeVersion} when it is given; one more than asked tells if there are more. */
    public List<AuditEntry> page(String customerId, Long beforeVersion, int size) {
        Bson filter = beforeVersion == null ? Filters.eq("customerId", customerId)
                : Filters.and(Filters.eq("customerId", customerId), Filters.lt("version", beforeVersion));
        return entries.collection().find(filter).sort(Sorts.descending("version")).limit(size + 1)
                .into(new ArrayList<>());
    }
}
