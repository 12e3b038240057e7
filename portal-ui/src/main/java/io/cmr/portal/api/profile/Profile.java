package io.cmr.portal.api.profile;

import java.time.Instant;

/** A customer's profile as the public API's {@code GET /api/v1/profile/me} returns it. */
public record Profile(
        String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        Instant createdAt,
        Instant updatedAt) {
}
