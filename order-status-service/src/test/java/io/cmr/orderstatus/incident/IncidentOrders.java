package io.cmr.orderstatus.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.EventType;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.order.domain.TrackingEvent;

/** Orders written straight to the store, as many and as varied as a fan-out test needs. */
final class IncidentOrders {

    private final MongoDatabase database;
    private final List<Order> pending = new ArrayList<>();

    IncidentOrders(MongoDatabase database) {
        this.database = database;
    }

    IncidentOrders add(String orderId, String customerId, String carrier, String postalCode, String country,
            ShipmentStatus status, Instant pickedUpAt) {
        return add(orderId, "demo-merchant", customerId, carrier, postalCode, country, status, pickedUpAt);
    }

    IncidentOrders add(String orderId, String merchant, String customerId, String carrier, String postalCode, String country,
            ShipmentStatus status, Instant pickedUpAt) {
        Instant placed = pickedUpAt == null ? Instant.now().minusSeconds(86_400) : pickedUpAt.minusSeconds(3_600);
        List<TrackingEvent> events = pickedUpAt == null ? List.of()
                : List.of(new TrackingEvent(orderId + "-e1", EventType.PICKED_UP, pickedUpAt, "Lyon hub", null, null));
        Order.Shipment shipment = new Order.Shipment(carrier, "TRK-" + orderId, List.of(new Order.ShipmentLine("SKU-1", 1)),
                events, status, null);
        pending.add(new Order(orderId, merchant, customerId, null, placed, List.of(new Order.OrderLine("SKU-1", "Cup", 1)),
                new Order.Address("Alice", List.of("1 rue de la Paix"), postalCode, "Lyon", country), null, List.of(shipment),
                status, null, Punctuality.ON_TIME, List.of(), null, 1, placed, placed));
        return this;
    }

    void store() {
        if (pending.isEmpty()) {
            return;
        }
        database.getCollection("orders", Order.class).insertMany(pending);
        pending.clear();
    }

    void setStatus(String orderId, ShipmentStatus status) {
        database.getCollection("orders").updateOne(Filters.eq("_id", orderId), Updates.set("status", status.name()));
    }
}
