package io.cmr.orderstatus.delay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.springframework.stereotype.Component;

/** Leases that let one of several instances run a job: claimed in one atomic write. */
@Component
public class Leases {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Lease> leases;
    private final Clock clock;

    Leases(MongoDatabase database, Clock clock) {
        this.leases = database.getCollection("leases", Lease.class);
        this.clock = clock;
    }

    /**
     * Takes or renews the lease {@code name} for {@code holder} if it is free, expired or already
     * the holder's. A lease someone else holds makes the filter miss, so the upsert clashes on the id
     * and nothing is written.
     */
    public boolean tryAcquire(String name, String holder, Duration duration) {
        Instant now = clock.instant();
        try {
            Lease lease = leases.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.lt("expiresAt", now), Filters.eq("holder", holder))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("expiresAt", now.plus(duration))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return lease != null && holder.equals(lease.holder());
        }
        catch (MongoCommandException ex) {
            if (ex.getErrorCode() == DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
    }
}
