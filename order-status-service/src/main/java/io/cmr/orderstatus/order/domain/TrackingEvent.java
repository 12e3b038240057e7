package io.cmr.orderstatus.order.domain;

import java.time.Instant;

/**
 * One carrier event, as stored on the shipment. The {@code eventId} is the carrier's: the same id
 * is the same event, however often it is sent.
 *
 * @param eta the carrier's new estimate of delivery, when this event carries one
 * @param reasonCode the carrier's code for an exception or failed delivery, if any
 */
public record TrackingEvent(String eventId, EventType type, Instant occurredAt, String location, Instant eta,
        String reasonCode) {
}
