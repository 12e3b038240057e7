package io.cmr.profile.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A verified contact point as the senders of other services read it (the cross-service contract). */
@Schema(name = "InternalContactPoint")
record InternalContactPoint(
        String id,
        @Schema(allowableValues = { "EMAIL", "PHONE", "POSTAL" }) String type,
        String label,
        boolean primary,
        @Schema(description = "The e-mail address or E.164 number; null for POSTAL", example = "alice@example.com")
        String value,
        @JsonInclude(JsonInclude.Include.NON_NULL) PostalAddress postal) {

    static InternalContactPoint of(ContactPoint point) {
        return new InternalContactPoint(point.id(), point.type(), point.label(), point.primary(), point.value(),
                point.postal());
    }
}
