package io.cmr.orderstatus.order;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Which order a carrier's tracking number belongs to. The id ({@code carrier|trackingNumber}) is
 * unique, so two orders can never both claim a shipment, and a carrier event finds its order by id.
 */
public record TrackingClaim(@BsonId String key, String orderId) {

    static String key(String carrier, String trackingNumber) {
        return carrier + "|" + trackingNumber;
    }
}
