package io.cmr.profile.profile;

import io.swagger.v3.oas.annotations.media.Schema;

/** Only for the API description: the body is read as a merge patch by {@link ProfilePatch}. */
@Schema(name = "ProfilePatch", description = "JSON merge patch (RFC 7396): absent fields are left as they are, "
        + "null removes a name or the time zone. Any other field is refused.",
        example = "{\"givenName\":\"Alice\",\"timezone\":\"Europe/Paris\"}")
record ProfilePatchRequest(
        @Schema(maxLength = 100, nullable = true) String givenName,
        @Schema(maxLength = 100, nullable = true) String familyName,
        @Schema(allowableValues = { "fr", "en" }) String language,
        @Schema(description = "IANA time zone id", example = "Europe/Paris", nullable = true) String timezone) {
}
