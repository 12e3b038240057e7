package io.cmr.orderstatus.contact;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/** A customer's latest contact for one reason, so a repeat is found by id instead of a scan of history. */
public record LastContact(@BsonId String id, String customerId, String contactId, Instant at) {

    static String id(String customerId, String reasonCode) {
        return customerId + "|" + reasonCode;
    }
}
