package io.cmr.orderstatus.order;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.order.domain.TrackingEvent;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An order with its shipments and their carrier events, one document per order, so every change
 * (a merchant's update, a batch of events, a delay check) is one atomic write. {@code status},
 * {@code eta}, {@code punctuality} and {@code delayNotices} are derived (see {@link OrderState})
 * and stored only so lists and filters need no recomputation.
 *
 * @param merchant the client ({@code azp}) that created the order; only it may change or read it as merchant
 * @param customerId the customer it belongs to, null while only an email address is known
 * @param customerEmail the normalized address given by the merchant, if any
 */
public record Order(
        @BsonId String orderId,
        String merchant,
        String customerId,
        String customerEmail,
        Instant placedAt,
        List<OrderLine> lines,
        Address shippingAddress,
        PromisedWindow promisedWindow,
        List<Shipment> shipments,
        ShipmentStatus status,
        Instant eta,
        Punctuality punctuality,
        List<DelayNotice> delayNotices,
        DeliveryInstructions deliveryInstructions,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public record OrderLine(String sku, String name, int quantity) {
    }

    public record Address(String name, List<String> lines, String postalCode, String city, String country) {
    }

    public record ShipmentLine(String sku, int quantity) {
    }

    /** Where the courier may leave the parcel; set by the customer before it is out for delivery. */
    public record DeliveryInstructions(String safePlace, String neighbour, String accessCode, Instant updatedAt) {
    }

    /** A shipment; {@code events} is its timeline, already ordered and without duplicates. */
    public record Shipment(String carrier, String trackingNumber, List<ShipmentLine> lines,
            List<TrackingEvent> events, ShipmentStatus status, Instant eta) {
    }
}
