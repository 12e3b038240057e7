package io.cmr.orderstatus.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import org.springframework.stereotype.Repository;

/** The elimination backlog, one document per reason that has an entry. */
@Repository
public class Eliminations {

    private final MongoCollection<Elimination> eliminations;
    private final Clock clock;

    Eliminations(MongoDatabase database, Clock clock) {
        this.eliminations = database.getCollection("contact_eliminations", Elimination.class);
        this.clock = clock;
    }

    /** The reason's entry; an open one without owner or cost when none was set. */
    public Elimination of(String reasonCode) {
        Elimination found = eliminations.find(Filters.eq("_id", reasonCode)).first();
        return found != null ? found : Elimination.open(reasonCode);
    }

    public List<Elimination> all() {
        return eliminations.find().into(new ArrayList<>());
    }

    /**
     * Sets the entry in one atomic write. Becoming {@code DONE} stamps {@code doneAt}, which a
     * repeated {@code DONE} keeps; leaving it clears it.
     */
    public Elimination set(String reasonCode, String owner, Double costPerContact, String currency,
            Elimination.Status status) {
        Instant now = clock.instant();
        return eliminations.findOneAndUpdate(Filters.eq("_id", reasonCode), Updates.combine(
                Updates.set("owner", owner), Updates.set("costPerContact", costPerContact),
                Updates.set("currency", currency), Updates.set("status", status.name()),
                status == Elimination.Status.DONE ? Updates.min("doneAt", now) : Updates.unset("doneAt"),
                Updates.set("updatedAt", now)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }
}
