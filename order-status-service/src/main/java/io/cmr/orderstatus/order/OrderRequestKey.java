package io.cmr.orderstatus.order;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A merchant's {@code Idempotency-Key}, stored once (the id is {@code merchant|key}): a retry with
 * the same key and request is answered with the order as it is, not applied again.
 */
public record OrderRequestKey(@BsonId String id, String orderId, String fingerprint, Instant receivedAt) {
}
