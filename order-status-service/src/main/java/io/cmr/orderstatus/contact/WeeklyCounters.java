package io.cmr.orderstatus.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.platform.mongo.Documents;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The weekly counters of contacts and of orders shipped: one atomic single-document write each. */
@Repository
public class WeeklyCounters {

    private final MongoCollection<WeeklyCount> counts;
    private final MongoCollection<WeeklyShipped> shipped;
    private final Documents<ShippedOrder> shippedOrders;
    private final ContactSettings settings;

    WeeklyCounters(MongoDatabase database, Clock clock, ContactSettings settings) {
        this.counts = database.getCollection("contact_weekly_counts", WeeklyCount.class);
        counts.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        this.shipped = database.getCollection("contact_weekly_shipped", WeeklyShipped.class);
        this.shippedOrders = Documents.in(database, "contact_shipped_orders", ShippedOrder.class, clock);
        this.settings = settings;
    }

    /**
     * Counts {@code contact} in its week ({@code sign} 1), or takes it out again (-1) when it is re-coded:
     * the bounded concentrations need the current document, so each change is one compare-and-set of
     * the whole document on its version, retried when another change came first.
     */
    void add(Contact contact, long sign) {
        String id = WeeklyCount.idOf(contact);
        while (true) {
            WeeklyCount current = counts.find(Filters.eq("_id", id)).first();
            if (current == null) {
                if (insertFirst(WeeklyCount.first(contact).with(contact, sign))) {
                    return;
                }
                continue;
            }
            WeeklyCount next = current.with(contact, sign);
            // A plain document on exactly the fields of the (_id, version) index, which the embedded store then uses.
            if (counts.replaceOne(new Document("_id", id).append("version", current.version()), next)
                    .getMatchedCount() == 1) {
                return;
            }
        }
    }

    /** False when a concurrent first contact of the same counters came first. */
    private boolean insertFirst(WeeklyCount count) {
        try {
            counts.insertOne(count);
            return true;
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            return false;
        }
    }

    /** Counts an order in the week it shipped, once. */
    public void shipped(String orderId, Instant at) {
        String week = IsoWeek.of(at, settings.timezone()).toString();
        if (shippedOrders.insertOnce(new ShippedOrder(orderId, week, at)).inserted()) {
            upsert(shipped, week, Updates.inc("orders", 1L));
        }
    }

    List<WeeklyCount> counts(Collection<String> weeks) {
        return counts.find(Filters.in("week", weeks)).into(new ArrayList<>());
    }

    List<WeeklyShipped> shipped(Collection<String> weeks) {
        return shipped.find(Filters.in("_id", weeks)).into(new ArrayList<>());
    }

    /** Two first upserts of one id may race; the loser's retry then updates the winner's document. */
    private static void upsert(MongoCollection<?> collection, String id, Bson changes) {
        try {
            collection.updateOne(Filters.eq("_id", id), changes, new UpdateOptions().upsert(true));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            collection.updateOne(Filters.eq("_id", id), changes);
        }
    }
}
