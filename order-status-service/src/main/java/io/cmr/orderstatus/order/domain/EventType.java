package io.cmr.orderstatus.order.domain;

/**
 * What a carrier reports about a shipment. {@code progress} orders the types along a delivery's
 * path, only to break ties between events at the same instant; {@code terminal} types end a
 * shipment's journey, so nothing after them changes its status.
 */
public enum EventType {
    LABEL_CREATED(1, false),
    PICKED_UP(2, false),
    IN_TRANSIT(3, false),
    EXCEPTION(3, false),
    OUT_FOR_DELIVERY(4, false),
    DELIVERY_FAILED(4, false),
    DELIVERED(5, true),
    RETURNED_TO_SENDER(5, true);

    private final int progress;
    private final boolean terminal;

    EventType(int progress, boolean terminal) {
        this.progress = progress;
        this.terminal = terminal;
    }

    public int progress() {
        return progress;
    }

    public boolean terminal() {
        return terminal;
    }

    /** A carrier problem the customer should hear about: the parcel is stuck until a later event. */
    public boolean problem() {
        return this == EXCEPTION || this == DELIVERY_FAILED;
    }
}
