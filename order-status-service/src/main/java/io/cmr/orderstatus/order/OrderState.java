package io.cmr.orderstatus.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cmr.orderstatus.order.domain.DelayDetection;
import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.DelayRules;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.order.domain.ShipmentView;
import io.cmr.orderstatus.order.domain.Timeline;
import io.cmr.orderstatus.order.domain.TrackingEvent;

/** Recomputes what an order's facts imply: timelines, statuses, ETA, delay notices, punctuality. */
public final class OrderState {

    private OrderState() {
    }

    /** {@code order} with {@code events} added to the shipment they belong to, and everything derived again. */
    public static Order withEvents(Order order, String carrier, String trackingNumber, List<TrackingEvent> events,
            DelayRules rules, Instant now) {
        List<Order.Shipment> shipments = new ArrayList<>();
        for (Order.Shipment shipment : order.shipments()) {
            if (shipment.carrier().equals(carrier) && shipment.trackingNumber().equals(trackingNumber)) {
                List<TrackingEvent> all = new ArrayList<>(shipment.events());
                all.addAll(events);
                shipment = new Order.Shipment(carrier, trackingNumber, shipment.lines(), all, null, null);
            }
            shipments.add(shipment);
        }
        return derived(copy(order, shipments), rules, now);
    }

    /** Everything derived from the order's facts, as of {@code now}. */
    public static Order derived(Order order, DelayRules rules, Instant now) {
        List<Order.Shipment> shipments = new ArrayList<>();
        List<ShipmentView> views = new ArrayList<>();
        for (Order.Shipment shipment : order.shipments()) {
            Timeline timeline = Timeline.of(shipment.events());
            views.add(new ShipmentView(shipment.carrier(), shipment.trackingNumber(), timeline));
            shipments.add(new Order.Shipment(shipment.carrier(), shipment.trackingNumber(), shipment.lines(),
                    timeline.events(), timeline.status(), timeline.eta().orElse(null)));
        }
        ShipmentStatus status = ShipmentStatus.ofOrder(shipments.stream().map(Order.Shipment::status).toList());
        Instant eta = shipments.stream().filter(s -> !s.status().finished() && s.eta() != null)
                .map(Order.Shipment::eta).max(Comparator.naturalOrder()).orElse(null);
        List<DelayNotice> notices = DelayDetection.reconcile(order.delayNotices(),
                DelayDetection.detect(order.promisedWindow(), views, rules, now), now);
        Punctuality punctuality = DelayDetection.punctuality(order.promisedWindow(), views, notices);
        return new Order(order.orderId(), order.merchant(), order.customerId(), order.customerEmail(), order.placedAt(),
                order.lines(), order.shippingAddress(), order.promisedWindow(), List.copyOf(shipments), status, eta,
                punctuality, notices, order.deliveryInstructions(), order.version(), order.createdAt(), order.updatedAt());
    }

    private static Order copy(Order order, List<Order.Shipment> shipments) {
        return new Order(order.orderId(), order.merchant(), order.customerId(), order.customerEmail(), order.placedAt(),
                order.lines(), order.shippingAddress(), order.promisedWindow(), shipments, order.status(), order.eta(),
                order.punctuality(), order.delayNotices(), order.deliveryInstructions(), order.version(),
                order.createdAt(), order.updatedAt());
    }
}
