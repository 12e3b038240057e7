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
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.platform.mongo.Documents;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Repository;

/** The weekly counters of contacts and of orders shipped: upserted with {@code $inc}, one atomic write each. */
@Repository
public class WeeklyCounters {

    private final MongoCollection<WeeklyCount> counts;
    private final MongoCollection<WeeklyShipped> shipped;
    private final Documents<ShippedOrder> shippedOrders;
    private final ContactSettings settings;

    WeeklyCounters(MongoDatabase database, Clock clock, ContactSettings settings) {
        this.counts = database.getCollection("contact_weekly_counts", WeeklyCount.class);
        this.shipped = database.getCollection("contact_weekly_shipped", WeeklyShipped.class);
        this.shippedOrders = Documents.in(database, "contact_shipped_orders", ShippedOrder.class, clock);
        this.settings = settings;
    }

    /** Counts {@code contact} in its week ({@code sign} 1), or takes it out again (-1) when it is re-coded. */
    void add(Contact contact, long sign) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.setOnInsert("week", contact.week()),
                Updates.setOnInsert("reasonCode", contact.reasonCode()),
                Updates.setOnInsert("channel", contact.channel().name()),
                Updates.inc("contacts", sign),
                Updates.inc("repeats", contact.repeatOf() != null ? sign : 0L),
                Updates.inc("despiteNotice", contact.notice() != null ? sign : 0L),
                Updates.inc("noNotice", contact.notice() == null ? sign : 0L),
                Updates.inc("handlingSeconds", sign * (contact.handlingSeconds() == null ? 0L : contact.handlingSeconds()))));
        if (contact.orderId() != null) {
            changes.add(Updates.inc("orders." + key(contact.orderId()), sign));
        }
        contact.carriers().forEach(carrier -> changes.add(Updates.inc("carriers." + key(carrier), sign)));
        if (contact.notice() != null && contact.notice().incidentId() != null) {
            changes.add(Updates.inc("incidents." + key(contact.notice().incidentId()), sign));
        }
        upsert(counts, contact.week() + "|" + contact.reasonCode() + "|" + contact.channel(), Updates.combine(changes));
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

    /** A map key for any id: field names must not contain dots or start with a dollar. */
    static String key(String value) {
        return value.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unkey(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
