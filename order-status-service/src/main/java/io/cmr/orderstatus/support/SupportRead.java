package io.cmr.orderstatus.support;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One read of a customer's orders by support staff, kept for audit.
 *
 * @param orderId the order read, null when the customer's list was read
 */
public record SupportRead(@BsonId String id, String agent, String customerId, String orderId, Instant at) {
}
