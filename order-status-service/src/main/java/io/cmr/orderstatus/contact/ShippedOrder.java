package io.cmr.orderstatus.contact;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/** An order counted as shipped, so it is counted once however often its status changes. */
public record ShippedOrder(@BsonId String orderId, String week, Instant shippedAt) {
}
