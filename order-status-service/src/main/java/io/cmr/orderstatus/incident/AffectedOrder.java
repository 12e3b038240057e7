package io.cmr.orderstatus.incident;

import org.bson.codecs.pojo.annotations.BsonId;

/** The two fields of an order a fan-out reads, so that 100,000 orders stream in little memory. */
public record AffectedOrder(@BsonId String orderId, String customerId) {
}
