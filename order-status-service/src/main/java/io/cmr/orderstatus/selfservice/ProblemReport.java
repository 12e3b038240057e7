package io.cmr.orderstatus.selfservice;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A coded contact: a problem a customer reported on an order, kept for later analysis.
 *
 * @param channel where the customer reported it; {@code PORTAL} for this API
 */
public record ProblemReport(@BsonId String id, String customerId, String orderId, ProblemReason reason, String text,
        String channel, Instant reportedAt) {
}
