package io.cmr.orderstatus.delay;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.cmr.orderstatus.order.domain.DelayRules;
import io.cmr.platform.mongo.Documents;

import org.springframework.stereotype.Component;

/** The delay rules in force: the admin's, or the settings' until an admin sets some. */
@Component
public class DelayRulesStore {

    private final Documents<StoredDelayRules> documents;
    private final DelaySettings settings;
    private final Clock clock;

    DelayRulesStore(MongoDatabase database, DelaySettings settings, Clock clock) {
        this.documents = Documents.in(database, "settings", StoredDelayRules.class, clock);
        this.settings = settings;
        this.clock = clock;
    }

    public DelayRules current() {
        return documents.find(StoredDelayRules.ID).map(StoredDelayRules::rules).orElseGet(settings::defaults);
    }

    /** Replaces the rules in one write; the last admin to save wins. */
    DelayRules replace(DelayRules rules, String admin) {
        documents.collection().replaceOne(Filters.eq("_id", StoredDelayRules.ID),
                new StoredDelayRules(StoredDelayRules.ID, rules.staleAfter().toSeconds(),
                        rules.etaTolerance().toSeconds(), rules.windowGrace().toSeconds(), admin, 1, clock.instant()),
                new ReplaceOptions().upsert(true));
        return current();
    }
}
