package io.cmr.profile.contact;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact point as its owner sees it; the code itself is never shown. */
@Schema(name = "ContactPoint")
public record ContactPointResponse(
        String id,
        @Schema(allowableValues = { "EMAIL", "PHONE", "POSTAL" }) String type,
        @Schema(maxLength = 50, example = "Work") String label,
        boolean primary,
        @Schema(allowableValues = { "UNVERIFIED", "VERIFIED" }) String status,
        @Schema(description = "E-mail or E.164 phone; null for POSTAL", example = "alice@work.example") String value,
        @JsonInclude(JsonInclude.Include.NON_NULL) PostalAddress postal,
        @Schema(description = "When the current code expires, while one is outstanding")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant codeExpiresAt,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant verifiedAt) {

    public static ContactPointResponse of(ContactPoint point) {
        return new ContactPointResponse(point.id(), point.type(), point.label(), point.primary(), point.status(),
                point.value(), point.postal(), point.verification() == null ? null : point.verification().expiresAt(),
                point.createdAt(), point.verifiedAt());
    }
}
