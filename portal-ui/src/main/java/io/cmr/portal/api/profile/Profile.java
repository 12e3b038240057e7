package io.cmr.portal.api.profile;

import java.time.Instant;

/**
 * A customer's profile as the public API's {@code GET /api/v1/profile/me} returns it, with the
 * ETag of its version (from the answer's header) that a change must name.
 */
public record Profile(
        String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        String timezone,
        Instant createdAt,
        Instant updatedAt,
        String etag) {

    Profile withEtag(String etag) {
        return new Profile(customerId, givenName, familyName, email, language, timezone, createdAt, updatedAt, etag);
    }
}
