package io.cmr.preference.preference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Local times (HH:mm, in the customer's timezone) between which nothing non-urgent is sent; may cross midnight. */
@Schema(example = "{\"start\":\"22:00\",\"end\":\"07:30\"}")
public record QuietHours(
        @NotNull @Pattern(regexp = PreferenceRules.TIME, message = "must be a time of day as HH:mm") String start,
        @NotNull @Pattern(regexp = PreferenceRules.TIME, message = "must be a time of day as HH:mm") String end) {
}
