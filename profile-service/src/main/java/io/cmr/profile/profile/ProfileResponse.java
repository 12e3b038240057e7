package io.cmr.profile.profile;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A profile as the public API shows it. */
@Schema(name = "Profile", description = "A customer's identity data; its ETag is its version")
public record ProfileResponse(
        @Schema(example = "3f1c6a2e-9b0d-4c59-8f55-1d1c3a0f7b10") String customerId,
        @Schema(example = "Alice", maxLength = 100) String givenName,
        @Schema(example = "Liddell", maxLength = 100) String familyName,
        @Schema(description = "The e-mail the sign-in token carried when the profile was made",
                example = "alice@example.com") String email,
        @Schema(allowableValues = { "fr", "en" }, example = "fr") String language,
        @Schema(description = "IANA time zone id", example = "Europe/Paris", nullable = true) String timezone,
        Instant createdAt,
        Instant updatedAt) {

    public static ProfileResponse of(Profile profile) {
        return new ProfileResponse(profile.customerId(), profile.givenName(), profile.familyName(),
                profile.email(), profile.language(), profile.timezone(), profile.createdAt(), profile.updatedAt());
    }
}
