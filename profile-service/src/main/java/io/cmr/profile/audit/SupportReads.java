package io.cmr.profile.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Repository;

/**
 * The {@code profile-support-reads} collection: support's and admins' reads of a customer's profile,
 * recorded before the profile is shown, so that no read goes unrecorded.
 */
@Repository
public class SupportReads {

    private final Documents<SupportRead> reads;
    private final Clock clock;

    SupportReads(MongoDatabase database, Clock clock) {
        this.reads = Documents.in(database, "profile-support-reads", SupportRead.class, clock);
        reads.collection().createIndex(Indexes.ascending("customerId", "at"));
        this.clock = clock;
    }

    public void record(Jwt reader, String customerId, String what) {
        reads.insertOnce(new SupportRead(UUID.randomUUID().toString(), customerId, Actor.of(reader), what, clock.instant()));
    }

    /** The reads of the customer's profile, oldest first. */
    public List<SupportRead> of(String customerId) {
        return reads.collection().find(Filters.eq("customerId", customerId)).sort(Sorts.ascending("at"))
                .into(new ArrayList<>());
    }

    public void forget(String customerId) {
        reads.collection().updateMany(Filters.eq("customerId", customerId), Updates.unset("customerId"));
    }
}
