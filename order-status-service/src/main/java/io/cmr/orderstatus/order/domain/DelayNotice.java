package io.cmr.orderstatus.order.domain;

import java.time.Instant;

/**
 * A detected cause of delay recorded on an order. The key names the cause and, for a shipment's
 * cause, the shipment, so the same cause is the same notice however often it is detected.
 *
 * @param trackingNumber the shipment concerned, null for the whole order
 * @param clearedAt when the cause went away; null while it holds
 */
public record DelayNotice(String key, DelayCause cause, String trackingNumber, String detail, Instant raisedAt,
        Instant clearedAt) {

    public boolean active() {
        return clearedAt == null;
    }
}
