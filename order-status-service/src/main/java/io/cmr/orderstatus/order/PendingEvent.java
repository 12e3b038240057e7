package io.cmr.orderstatus.order;

import java.time.Instant;

import io.cmr.orderstatus.order.domain.TrackingEvent;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A carrier event for a tracking number no order has claimed yet, kept to be attached when the
 * order arrives. The id ({@code carrier|trackingNumber|eventId}) makes a resent event a no-op.
 */
public record PendingEvent(@BsonId String id, String carrier, String trackingNumber, TrackingEvent event,
        Instant receivedAt) {
}
