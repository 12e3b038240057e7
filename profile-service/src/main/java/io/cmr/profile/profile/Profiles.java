package io.cmr.profile.profile;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.cmr.platform.mongo.Documents;

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
        return profiles.find(first.customerId())
                .orElseGet(() -> profiles.insertOnce(first).document());
    }
}
