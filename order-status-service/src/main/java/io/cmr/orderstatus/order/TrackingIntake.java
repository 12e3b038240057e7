package io.cmr.orderstatus.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cmr.orderstatus.contact.ShippedOrders;
import io.cmr.orderstatus.delay.DelayRulesStore;
import io.cmr.orderstatus.order.domain.TrackingEvent;
import io.cmr.platform.mongo.VersionedUpdate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Carrier events: added to their shipment's timeline, or kept until the order arrives. */
@Service
public class TrackingIntake {

    private static final int ATTEMPTS = 50;

    private final Orders orders;
    private final DelayRulesStore rules;
    private final ShippedOrders shipped;
    private final Clock clock;

    TrackingIntake(Orders orders, DelayRulesStore rules, ShippedOrders shipped, Clock clock) {
        this.orders = orders;
        this.rules = rules;
        this.shipped = shipped;
        this.clock = clock;
    }

    /**
     * What became of a batch.
     *
     * @param order the order now showing the events, empty when they are kept for an order to come
     * @param added how many events were new to the shipment
     */
    public record Recorded(Optional<Order> order, int added) {
    }

    public Recorded record(String carrier, String trackingNumber, List<TrackingEvent> events) {
        Optional<String> owner = orders.ownerOf(carrier, trackingNumber);
        if (owner.isEmpty()) {
            orders.keepPending(carrier, trackingNumber, events, clock.instant());
            // The order may have claimed the shipment, and read the pending events, just before they were kept.
            owner = orders.ownerOf(carrier, trackingNumber);
            if (owner.isEmpty()) {
                return new Recorded(Optional.empty(), events.size());
            }
        }
        return attach(owner.get(), carrier, trackingNumber, events);
    }

    /** Adds the events new to the shipment and re-derives the order, in one versioned write. */
    private Recorded attach(String orderId, String carrier, String trackingNumber, List<TrackingEvent> events) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Order> found = orders.find(orderId);
            Optional<Order.Shipment> shipment = found.flatMap(order -> order.shipments().stream()
                    .filter(s -> s.carrier().equals(carrier) && s.trackingNumber().equals(trackingNumber)).findFirst());
            if (shipment.isEmpty()) {
                // Claimed by an order that is not stored (yet): keep them for it.
                orders.keepPending(carrier, trackingNumber, events, clock.instant());
                return new Recorded(Optional.empty(), events.size());
            }
            Order order = found.get();
            Set<String> known = new HashSet<>(shipment.get().events().stream().map(TrackingEvent::eventId).toList());
            List<TrackingEvent> fresh = new ArrayList<>();
            for (TrackingEvent event : events) {
                if (known.add(event.eventId())) {
                    fresh.add(event);
                }
            }
            if (fresh.isEmpty()) {
                return new Recorded(Optional.of(order), 0);
            }
            Order next = OrderState.withEvents(order, carrier, trackingNumber, fresh, rules.current(), clock.instant());
            if (orders.replace(next, order.version()) instanceof VersionedUpdate.Updated<Order> updated) {
                shipped.changed(order, updated.document());
                return new Recorded(Optional.of(updated.document()), fresh.size());
            }
        }
        throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "Shipment " + trackingNumber + " is receiving too many events at once; retry.");
    }
}
