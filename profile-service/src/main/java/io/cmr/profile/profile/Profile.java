package io.cmr.profile.profile;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A customer's identity data, one document per customer, keyed by the Keycloak subject. Stored as
 * it is by the driver's record codec, so it stays public.
 *
 * @param version increases with every change; it is the profile's ETag
 */
public record Profile(
        @BsonId String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
