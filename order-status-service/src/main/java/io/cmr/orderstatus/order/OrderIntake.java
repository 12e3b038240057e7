package io.cmr.orderstatus.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.orderstatus.contact.ShippedOrders;
import io.cmr.orderstatus.customer.CustomerMatching;
import io.cmr.orderstatus.delay.DelayRulesStore;
import io.cmr.orderstatus.order.domain.TrackingEvent;
import io.cmr.platform.mongo.Documents;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Merchants' orders: created or updated whole, owned by the merchant that created them. */
@Service
public class OrderIntake {

    private static final int ATTEMPTS = 20;

    private final Orders orders;
    private final Documents<OrderRequestKey> requestKeys;
    private final DelayRulesStore rules;
    private final CustomerMatching customers;
    private final ShippedOrders shipped;
    private final Clock clock;

    OrderIntake(Orders orders, MongoDatabase database, DelayRulesStore rules, CustomerMatching customers,
            ShippedOrders shipped, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.shipped = shipped;
        this.requestKeys = Documents.in(database, "order_requests", OrderRequestKey.class, clock);
        this.rules = rules;
        this.clock = clock;
    }

    public sealed interface Outcome {
        Order order();
    }

    public record Created(Order order) implements Outcome {
    }

    public record Updated(Order order) implements Outcome {
    }

    /** A retry of a request already applied under the same Idempotency-Key: nothing was written. */
    public record Replayed(Order order) implements Outcome {
    }

    public Outcome put(String merchant, String orderId, OrderDraft draft, String idempotencyKey) {
        if (idempotencyKey == null) {
            return upsert(merchant, orderId, draft);
        }
        String fingerprint = fingerprint(orderId, draft);
        Insertion<OrderRequestKey> key = requestKeys.insertOnce(
                new OrderRequestKey(merchant + "|" + idempotencyKey, orderId, fingerprint, clock.instant()));
        if (!key.inserted()) {
            if (!key.document().orderId().equals(orderId) || !key.document().fingerprint().equals(fingerprint)) {
                throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was already used for a different request.");
            }
            return orders.find(orderId).filter(order -> order.merchant().equals(merchant))
                    .<Outcome>map(Replayed::new)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                            "The request with this Idempotency-Key is still being applied; retry shortly."));
        }
        try {
            return upsert(merchant, orderId, draft);
        }
        catch (RuntimeException ex) {
            // Not applied: the key must not make a retry look done.
            requestKeys.collection().deleteOne(Filters.eq("_id", key.document().id()));
            throw ex;
        }
    }

    private Outcome upsert(String merchant, String orderId, OrderDraft given) {
        OrderDraft draft = matched(given);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order existing = orders.find(orderId).orElse(null);
            if (existing != null && !existing.merchant().equals(merchant)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "Order " + orderId + " belongs to another merchant.");
            }
            claimShipments(orderId, draft, existing);
            Instant now = clock.instant();
            Order next = OrderState.derived(merge(merchant, orderId, draft, existing, now), rules.current(), now);
            if (existing == null) {
                Insertion<Order> inserted = orders.insert(next);
                if (inserted.inserted()) {
                    shipped.changed(null, inserted.document());
                    return new Created(inserted.document());
                }
                continue;
            }
            VersionedUpdate<Order> update = orders.replace(next, existing.version());
            if (update instanceof VersionedUpdate.Updated<Order> updated) {
                releaseDropped(existing, draft);
                shipped.changed(existing, updated.document());
                return new Updated(updated.document());
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Order " + orderId + " is changing too fast; retry.");
    }

    /** The draft with its customer found by email address when the merchant gave only that. */
    private OrderDraft matched(OrderDraft draft) {
        if (draft.customerId() != null || draft.customerEmail() == null) {
            return draft;
        }
        return customers.customerWithEmail(draft.customerEmail())
                .map(customerId -> new OrderDraft(customerId, draft.customerEmail(), draft.placedAt(), draft.lines(),
                        draft.shippingAddress(), draft.promisedWindow(), draft.shipments()))
                .orElse(draft);
    }

    /** Claims the draft's shipments; if one is another order's, frees those this call claimed and refuses. */
    private void claimShipments(String orderId, OrderDraft draft, Order existing) {
        for (OrderDraft.ShipmentDraft shipment : draft.shipments()) {
            String owner = orders.claim(shipment.carrier(), shipment.trackingNumber(), orderId);
            if (!owner.equals(orderId)) {
                draft.shipments().stream().filter(s -> existing == null || !has(existing, s))
                        .forEach(s -> orders.release(s.carrier(), s.trackingNumber(), orderId));
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Tracking number " + shipment.trackingNumber()
                        + " of carrier " + shipment.carrier() + " belongs to another order.");
            }
        }
    }

    private static boolean has(Order order, OrderDraft.ShipmentDraft shipment) {
        return order.shipments().stream().anyMatch(s -> s.carrier().equals(shipment.carrier())
                && s.trackingNumber().equals(shipment.trackingNumber()));
    }

    /** The draft's facts over the stored order's, keeping each shipment's events and adding pending ones. */
    private Order merge(String merchant, String orderId, OrderDraft draft, Order existing, Instant now) {
        List<Order.Shipment> shipments = new ArrayList<>();
        for (OrderDraft.ShipmentDraft shipment : draft.shipments()) {
            List<TrackingEvent> events = new ArrayList<>();
            if (existing != null) {
                existing.shipments().stream()
                        .filter(s -> s.carrier().equals(shipment.carrier())
                                && s.trackingNumber().equals(shipment.trackingNumber()))
                        .findFirst().ifPresent(s -> events.addAll(s.events()));
            }
            Set<String> known = new HashSet<>(events.stream().map(TrackingEvent::eventId).toList());
            orders.pendingEvents(shipment.carrier(), shipment.trackingNumber()).stream()
                    .filter(event -> known.add(event.eventId())).forEach(events::add);
            shipments.add(new Order.Shipment(shipment.carrier(), shipment.trackingNumber(), shipment.lines(), events,
                    null, null));
        }
        return new Order(orderId, merchant, customerOf(draft, existing), draft.customerEmail(), draft.placedAt(), draft.lines(),
                draft.shippingAddress(), draft.promisedWindow(), shipments, null, null, null,
                existing == null ? List.of() : existing.delayNotices(),
                existing == null ? null : existing.deliveryInstructions(),
                existing == null ? 1 : existing.version(), existing == null ? now : existing.createdAt(), now);
    }

    /**
     * The draft's customer; when it names none, the customer the stored order was attached to by
     * the same address (a verification since), so an update while profile-service is down keeps it.
     */
    private static String customerOf(OrderDraft draft, Order existing) {
        if (draft.customerId() != null || existing == null || draft.customerEmail() == null) {
            return draft.customerId();
        }
        return draft.customerEmail().equals(existing.customerEmail()) ? existing.customerId() : null;
    }

    private void releaseDropped(Order existing, OrderDraft draft) {
        for (Order.Shipment shipment : existing.shipments()) {
            boolean kept = draft.shipments().stream().anyMatch(s -> s.carrier().equals(shipment.carrier())
                    && s.trackingNumber().equals(shipment.trackingNumber()));
            if (!kept) {
                orders.release(shipment.carrier(), shipment.trackingNumber(), existing.orderId());
            }
        }
    }

    private static String fingerprint(String orderId, OrderDraft draft) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((orderId + "\n" + draft).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
