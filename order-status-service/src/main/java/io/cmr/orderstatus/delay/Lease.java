package io.cmr.orderstatus.delay;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/** Which instance runs a periodic job until when; the store's TTL is not relied on, expiry is checked on claim. */
public record Lease(@BsonId String name, String holder, Instant expiresAt) {
}
