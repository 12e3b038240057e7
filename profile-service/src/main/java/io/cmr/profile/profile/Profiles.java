package io.cmr.profile.profile;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The {@code profiles} collection; the document id is the customer id. */
@Repository
public class Profiles {

    private final Documents<Profile> profiles;

    Profiles(MongoDatabase database, Clock clock) {
        this.profiles = Documents.in(database, "profiles", Profile.class, clock);
    }

    /**
     * The customer's profile, stored from {@code first} when there is none yet. The id decides, not
     * the read before it, so two first requests at once still make exactly one profile; the read
     * spares every later visit a failed insert.
     */
    public Profile findOrCreate(Profile first) {
        return findOrCreate(first, created -> {
        });
    }

    /** As {@link #findOrCreate(Profile)}, calling {@code whenCreated} only for the request that stored it. */
    public Profile findOrCreate(Profile first, Consumer<Profile> whenCreated) {
        return profiles.find(first.customerId()).orElseGet(() -> {
            Insertion<Profile> insertion = profiles.insertOnce(first);
            if (insertion.inserted()) {
                whenCreated.accept(insertion.document());
            }
            return insertion.document();
        });
    }

    public Optional<Profile> find(String customerId) {
        return profiles.find(customerId);
    }

    /** {@code changes} applied only while the profile is still at {@code expectedVersion}. */
    public VersionedUpdate<Profile> update(String customerId, long expectedVersion, Bson changes) {
        return profiles.update(customerId, expectedVersion, changes);
    }

    /** Gone with everything in it; deleting what is not there is not an error. */
    public void delete(String customerId) {
        profiles.collection().deleteOne(Filters.eq("_id", customerId));
    }

    /** For lookups across customers (by e-mail); writes go through the methods above. */
    public MongoCollection<Profile> collection() {
        return profiles.collection();
    }
}
