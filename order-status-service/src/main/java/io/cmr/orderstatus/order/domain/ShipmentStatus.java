package io.cmr.orderstatus.order.domain;

import java.util.Comparator;
import java.util.List;

/** Where a shipment or an order stands; {@link #PENDING} until the carrier's first event. */
public enum ShipmentStatus {
    PENDING(0),
    LABEL_CREATED(1),
    PICKED_UP(2),
    IN_TRANSIT(3),
    EXCEPTION(3),
    OUT_FOR_DELIVERY(4),
    DELIVERY_FAILED(4),
    DELIVERED(5),
    RETURNED_TO_SENDER(5);

    private final int progress;

    ShipmentStatus(int progress) {
        this.progress = progress;
    }

    public int progress() {
        return progress;
    }

    public boolean finished() {
        return this == DELIVERED || this == RETURNED_TO_SENDER;
    }

    /**
     * An order is as far as its least advanced shipment; between shipments equally far, a problem
     * shows before a normal step. An order without shipments is pending.
     */
    public static ShipmentStatus ofOrder(List<ShipmentStatus> shipments) {
        return shipments.stream()
                .min(Comparator.comparingInt(ShipmentStatus::progress)
                        .thenComparing(status -> !status.problem()))
                .orElse(PENDING);
    }

    public boolean problem() {
        return this == EXCEPTION || this == DELIVERY_FAILED;
    }

    static ShipmentStatus of(EventType type) {
        return valueOf(type.name());
    }
}
