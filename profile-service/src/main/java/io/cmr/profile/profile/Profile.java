package io.cmr.profile.profile;

import java.time.Instant;

/**
 * A customer's identity data, one document per customer, keyed by the Keycloak subject.
 *
 * @param version increases with every change; it is the profile's ETag
 */
public record Profile(
        String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
