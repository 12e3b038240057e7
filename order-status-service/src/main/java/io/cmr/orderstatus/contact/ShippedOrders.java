package io.cmr.orderstatus.contact;

import java.time.Instant;
import java.util.Optional;

import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.EventType;
import io.cmr.orderstatus.order.domain.TrackingEvent;

import org.springframework.stereotype.Component;

/**
 * Counts orders shipped per week, the denominator of "contacts per 1,000 orders shipped". An order
 * ships when a carrier first has one of its parcels (picked up or further), in the week of that event.
 */
@Component
public class ShippedOrders {

    private final WeeklyCounters counters;

    ShippedOrders(WeeklyCounters counters) {
        this.counters = counters;
    }

    /** Told of every stored change of an order; counts it once, when it changes to shipped. */
    public void changed(Order before, Order after) {
        Optional<Instant> shipped = shippedAt(after);
        if (shipped.isPresent() && (before == null || shippedAt(before).isEmpty())) {
            counters.shipped(after.orderId(), shipped.get());
        }
    }

    static Optional<Instant> shippedAt(Order order) {
        return order.shipments().stream().flatMap(shipment -> shipment.events().stream())
                .filter(event -> event.type().progress() >= EventType.PICKED_UP.progress())
                .map(TrackingEvent::occurredAt).min(Instant::compareTo);
    }
}
