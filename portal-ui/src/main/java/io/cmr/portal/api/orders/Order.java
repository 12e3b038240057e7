package io.cmr.portal.api.orders;

import java.time.Instant;
import java.util.List;

/**
 * An order as its customer sees it in the public API.
 *
 * @param status PENDING, LABEL_CREATED, PICKED_UP, IN_TRANSIT, EXCEPTION, OUT_FOR_DELIVERY,
 *        DELIVERY_FAILED, DELIVERED or RETURNED_TO_SENDER
 * @param eta the carriers' current estimate of delivery
 */
public record Order(String orderId, Instant placedAt, List<Line> lines, Address shippingAddress, Window promisedWindow,
        String status, Instant eta, Punctuality punctuality, List<Shipment> shipments,
        DeliveryInstructions deliveryInstructions, Instant updatedAt) {

    public record Line(String sku, String name, int quantity) {
    }

    public record Address(String name, List<String> lines, String postalCode, String city, String country) {
    }

    public record Window(Instant start, Instant end) {
    }

    /**
     * @param level ON_TIME, AT_RISK or LATE
     * @param reason a code: ETA_AFTER_WINDOW, CARRIER_PROBLEM, NO_CARRIER_NEWS, WINDOW_PASSED, DELIVERED_LATE
     */
    public record Punctuality(String level, String reason, String detail) {
    }

    public record Shipment(String carrier, String trackingNumber, String status, Instant eta, List<Event> timeline) {
    }

    /** @param type a carrier event type; {@code reasonCode} the carrier's code of a problem */
    public record Event(String eventId, String type, Instant occurredAt, String location, Instant eta,
            String reasonCode) {
    }

    public record DeliveryInstructions(String safePlace, String neighbour, String accessCode, Instant updatedAt) {
    }

    public boolean needsAttention() {
        return punctuality != null && !"ON_TIME".equals(punctuality.level()) && !finished();
    }

    public boolean finished() {
        return "DELIVERED".equals(status) || "RETURNED_TO_SENDER".equals(status);
    }

    /** Instructions reach the courier only until a shipment is out for delivery. */
    public boolean instructionsOpen() {
        return shipments == null || shipments.stream().noneMatch(shipment -> List.of("OUT_FOR_DELIVERY",
                "DELIVERY_FAILED", "DELIVERED", "RETURNED_TO_SENDER").contains(shipment.status()));
    }
}
