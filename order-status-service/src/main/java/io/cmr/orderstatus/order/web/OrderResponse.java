package io.cmr.orderstatus.order.web;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.order.domain.TrackingEvent;

/** An order as merchants, its customer and support see it. */
record OrderResponse(
        String orderId,
        String customerId,
        Instant placedAt,
        List<Order.OrderLine> lines,
        Order.Address shippingAddress,
        PromisedWindow promisedWindow,
        ShipmentStatus status,
        Instant eta,
        Punctuality punctuality,
        List<DelayNotice> delayNotices,
        List<ShipmentResponse> shipments,
        Order.DeliveryInstructions deliveryInstructions,
        long version,
        Instant updatedAt) {

    record ShipmentResponse(String carrier, String trackingNumber, List<Order.ShipmentLine> lines,
            ShipmentStatus status, Instant eta, List<TrackingEvent> timeline) {
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.orderId(), order.customerId(), order.placedAt(), order.lines(),
                order.shippingAddress(), order.promisedWindow(), order.status(), order.eta(), order.punctuality(),
                order.delayNotices().stream().filter(DelayNotice::active).toList(),
                order.shipments().stream().map(s -> new ShipmentResponse(s.carrier(), s.trackingNumber(), s.lines(),
                        s.status(), s.eta(), s.events())).toList(),
                order.deliveryInstructions(), order.version(), order.updatedAt());
    }
}
