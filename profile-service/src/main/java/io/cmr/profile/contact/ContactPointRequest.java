package io.cmr.profile.contact;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact point the customer adds; the type decides whether {@code value} or {@code postal} is given. */
@Schema(name = "NewContactPoint", example = "{\"type\":\"EMAIL\",\"label\":\"Work\",\"value\":\"alice@work.example\"}")
record ContactPointRequest(
        @NotNull @Pattern(regexp = "EMAIL|PHONE|POSTAL", message = "must be EMAIL, PHONE or POSTAL")
        @Schema(allowableValues = { "EMAIL", "PHONE", "POSTAL" }) String type,
        @Size(max = ContactPointRules.MAX_LABEL_LENGTH) @Schema(maxLength = 50, example = "Work") String label,
        @Size(max = ContactPointRules.MAX_EMAIL_LENGTH)
        @Schema(description = "E-mail address, or phone number in E.164 (+33612345678); absent for POSTAL")
        String value,
        @Valid @Schema(description = "Only for POSTAL") Postal postal) {

    @Schema(name = "PostalAddress")
    record Postal(
            @NotNull @Size(min = 1, max = 4) List<@NotNull @Size(min = 1, max = 100) String> lines,
            @Size(max = 20) String postalCode,
            @NotNull @Size(min = 1, max = 100) String city,
            @NotNull @Schema(description = "ISO 3166-1 alpha-2", example = "FR") String country) {
    }
}
