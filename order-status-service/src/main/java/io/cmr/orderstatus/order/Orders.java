package io.cmr.orderstatus.order;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.order.domain.TrackingEvent;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import org.bson.conversions.Bson;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

/** The {@code orders} collection and the two it relies on: tracking claims and pending carrier events. */
@Repository
public class Orders {

    private final Documents<Order> orders;
    private final Documents<TrackingClaim> claims;
    private final Documents<PendingEvent> pending;
    /**
     * Orders per reply of a scan: the embedded store otherwise answers with every match at once, and
     * 100,000 orders overflow a reply (48 MB).
     */
    private static final int SCAN_BATCH = 1_000;

    private final ObjectProvider<OrderWatcher> watchers;

    Orders(MongoDatabase database, Clock clock, ObjectProvider<OrderWatcher> watchers) {
        this.watchers = watchers;
        this.orders = Documents.in(database, "orders", Order.class, clock);
        this.claims = Documents.in(database, "tracking_claims", TrackingClaim.class, clock);
        this.pending = Documents.in(database, "pending_events", PendingEvent.class, clock);
        // For a real MongoDB: a customer's list, the delay check and attaching pending events read by these.
        orders.collection().createIndex(Indexes.compoundIndex(Indexes.ascending("customerId"),
                Indexes.descending("placedAt", "_id")));
        orders.collection().createIndex(Indexes.ascending("status"));
        pending.collection().createIndex(Indexes.ascending("carrier", "trackingNumber"));
    }

    public Optional<Order> find(String orderId) {
        return orders.find(orderId);
    }

    public Insertion<Order> insert(Order order) {
        Insertion<Order> insertion = orders.insertOnce(order);
        if (insertion.inserted()) {
            stored(insertion.document());
        }
        return insertion;
    }

    private void stored(Order order) {
        watchers.orderedStream().forEach(watcher -> watcher.stored(order));
    }

    /** Writes everything but identity and ownership of {@code order}, if it is still at {@code expectedVersion}. */
    public VersionedUpdate<Order> replace(Order order, long expectedVersion) {
        VersionedUpdate<Order> update = orders.update(order.orderId(), expectedVersion, Updates.combine(
                setOrUnset("customerId", order.customerId()),
                setOrUnset("customerEmail", order.customerEmail()),
                Updates.set("placedAt", order.placedAt()),
                Updates.set("lines", order.lines()),
                Updates.set("shippingAddress", order.shippingAddress()),
                Updates.set("promisedWindow", order.promisedWindow()),
                Updates.set("shipments", order.shipments()),
                Updates.set("status", order.status()),
                setOrUnset("eta", order.eta()),
                Updates.set("punctuality", order.punctuality()),
                Updates.set("delayNotices", order.delayNotices()),
                setOrUnset("deliveryInstructions", order.deliveryInstructions())));
        if (update instanceof VersionedUpdate.Updated<Order> updated) {
            stored(updated.document());
        }
        return update;
    }

    public VersionedUpdate<Order> setDeliveryInstructions(Order order, Order.DeliveryInstructions instructions) {
        return orders.update(order.orderId(), order.version(), Updates.set("deliveryInstructions", instructions));
    }

    /**
     * Detaches the customer's orders from them and drops what identifies them (email, address,
     * delivery instructions); the merchant's facts and the timeline stay for the merchant.
     */
    public void anonymise(String customerId, Order.Address erased) {
        orders.collection().updateMany(Filters.eq("customerId", customerId), Updates.combine(
                Updates.unset("customerId"), Updates.unset("customerEmail"), Updates.unset("deliveryInstructions"),
                Updates.set("shippingAddress", erased), Updates.inc(Documents.VERSION, 1L)));
    }

    /**
     * Gives {@code customerId} every order kept only with the address {@code email} (normalised):
     * one atomic write per order, and an order already attached is not matched again.
     *
     * @return how many orders were attached by this call
     */
    public long attach(String email, String customerId, Instant now) {
        return orders.collection().updateMany(
                Filters.and(Filters.eq("customerEmail", email), Filters.eq("customerId", null)),
                Updates.combine(Updates.set("customerId", customerId), Updates.set(Documents.UPDATED_AT, now),
                        Updates.inc(Documents.VERSION, 1L)))
                .getModifiedCount();
    }

    private static Bson setOrUnset(String field, Object value) {
        return value == null ? Updates.unset(field) : Updates.set(field, value);
    }

    /** The order that owns the shipment, claiming it for {@code orderId} if nobody has. */
    public String claim(String carrier, String trackingNumber, String orderId) {
        return claims.insertOnce(new TrackingClaim(TrackingClaim.key(carrier, trackingNumber), orderId))
                .document().orderId();
    }

    public Optional<String> ownerOf(String carrier, String trackingNumber) {
        return claims.find(TrackingClaim.key(carrier, trackingNumber)).map(TrackingClaim::orderId);
    }

    /** Frees a shipment the order no longer has, unless another order holds it. */
    public void release(String carrier, String trackingNumber, String orderId) {
        claims.collection().deleteOne(Filters.and(Filters.eq("_id", TrackingClaim.key(carrier, trackingNumber)),
                Filters.eq("orderId", orderId)));
    }

    /** Keeps events of an unclaimed shipment; an event already kept stays as it was. */
    public void keepPending(String carrier, String trackingNumber, List<TrackingEvent> events, Instant now) {
        List<PendingEvent> documents = events.stream().map(event -> new PendingEvent(
                TrackingClaim.key(carrier, trackingNumber) + "|" + event.eventId(), carrier, trackingNumber, event, now))
                .toList();
        try {
            pending.collection().insertMany(documents, new InsertManyOptions().ordered(false));
        }
        catch (MongoBulkWriteException ex) {
            if (ex.getWriteErrors().stream().anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                throw ex;
            }
        }
    }

    public List<TrackingEvent> pendingEvents(String carrier, String trackingNumber) {
        return pending.collection().find(Filters.and(Filters.eq("carrier", carrier),
                Filters.eq("trackingNumber", trackingNumber))).map(PendingEvent::event).into(new ArrayList<>());
    }

    /** One page of a customer's orders, newest first; {@code cursor} is the last of the previous page. */
    public Page page(String customerId, ShipmentStatus status, String cursor, int size) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("customerId", customerId));
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        Cursor after = Cursor.decode(cursor);
        if (after != null) {
            filters.add(Filters.or(Filters.lt("placedAt", after.placedAt()),
                    Filters.and(Filters.eq("placedAt", after.placedAt()), Filters.lt("_id", after.orderId()))));
        }
        List<Order> found = orders.collection().find(Filters.and(filters))
                .sort(Sorts.descending("placedAt", "_id")).limit(size + 1).into(new ArrayList<>());
        if (found.size() <= size) {
            return new Page(found, null);
        }
        List<Order> page = found.subList(0, size);
        Order last = page.get(size - 1);
        return new Page(List.copyOf(page), new Cursor(last.placedAt(), last.orderId()).encode());
    }

    /** Orders a delay check must look at again: those not finished. */
    public Iterable<Order> unfinished() {
        return orders.collection().find(Filters.nin("status", ShipmentStatus.DELIVERED.name(), ShipmentStatus.RETURNED_TO_SENDER.name()))
                .batchSize(SCAN_BATCH);
    }

    /** Orders written at or after {@code since}. */
    public Iterable<Order> updatedSince(Instant since) {
        return orders.collection().find(Filters.gte(Documents.UPDATED_AT, since)).batchSize(SCAN_BATCH);
    }

    public List<Order> ofCustomer(String customerId) {
        return orders.collection().find(Filters.eq("customerId", customerId)).into(new ArrayList<>());
    }

    public record Page(List<Order> orders, String next) {
    }

    record Cursor(Instant placedAt, String orderId) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((placedAt.toEpochMilli() + "|" + orderId).getBytes(StandardCharsets.UTF_8));
        }

        /** Null for no cursor; a cursor that is not one of ours is refused as bad input. */
        static Cursor decode(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(text.substring(0, bar))), text.substring(bar + 1));
            }
            catch (RuntimeException ex) {
                throw new IllegalArgumentException("cursor");
            }
        }
    }
}
