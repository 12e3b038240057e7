package io.cmr.orderstatus.order;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.order.domain.PromisedWindow;

/** What a merchant says of an order, already checked; carrier events and derived state are not theirs to set. */
public record OrderDraft(String customerId, String customerEmail, Instant placedAt, List<Order.OrderLine> lines,
        Order.Address shippingAddress, PromisedWindow promisedWindow, List<ShipmentDraft> shipments) {

    public record ShipmentDraft(String carrier, String trackingNumber, List<Order.ShipmentLine> lines) {
    }
}
