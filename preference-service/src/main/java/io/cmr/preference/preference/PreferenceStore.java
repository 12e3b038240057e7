package io.cmr.preference.preference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.stereotype.Repository;

/** The {@code preferences} collection; the document id is the customer id. */
@Repository
public class PreferenceStore {

    private final Documents<Preferences> preferences;

    PreferenceStore(MongoDatabase database, Clock clock) {
        this.preferences = Documents.in(database, "preferences", Preferences.class, clock);
    }

    public Optional<Preferences> find(String customerId) {
        return preferences.find(customerId);
    }

    /** Those of {@code customerIds} that have saved preferences, in one query. */
    public List<Preferences> findAll(Collection<String> customerIds) {
        return preferences.collection().find(Filters.in("_id", customerIds)).into(new ArrayList<>());
    }

    Insertion<Preferences> create(Preferences first) {
        return preferences.insertOnce(first);
    }

    VersionedUpdate<Preferences> replace(long expectedVersion, Preferences changed) {
        return preferences.update(changed.customerId(), expectedVersion, Updates.combine(
                Updates.set("timezone", changed.timezone()), Updates.set("quietHours", changed.quietHours()),
                Updates.set("paused", changed.paused()), Updates.set("topics", changed.topics())));
    }

    public void delete(String customerId) {
        preferences.collection().deleteOne(Filters.eq("_id", customerId));
    }
}
