package io.cmr.preference.contact;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A verified contact point as profile-service's internal contract gives it.
 *
 * @param type {@code EMAIL}, {@code PHONE} or {@code POSTAL}
 * @param value the e-mail address or E.164 number; null for a postal address
 * @param postal the address of a {@code POSTAL} point, else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ContactPoint")
public record ContactPoint(
        String id,
        @Schema(allowableValues = { "EMAIL", "PHONE", "POSTAL" }) String type,
        String label,
        boolean primary,
        @Schema(description = "The e-mail address or E.164 number; null for POSTAL", example = "alice@example.com")
        String value,
        @JsonInclude(JsonInclude.Include.NON_NULL) Postal postal) {

    public static final String EMAIL = "EMAIL";
    public static final String PHONE = "PHONE";
    public static final String POSTAL = "POSTAL";

    /** {@code country} is an ISO 3166-1 alpha-2 code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Postal(List<String> lines, String postalCode, String city, String country) {
    }
}
