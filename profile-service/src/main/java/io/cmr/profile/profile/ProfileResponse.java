package io.cmr.profile.profile;

import java.time.Instant;

/** A profile as the public API shows it. */
record ProfileResponse(
        String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        Instant createdAt,
        Instant updatedAt) {

    static ProfileResponse of(Profile profile) {
        return new ProfileResponse(profile.customerId(), profile.givenName(), profile.familyName(),
                profile.email(), profile.language(), profile.createdAt(), profile.updatedAt());
    }
}
