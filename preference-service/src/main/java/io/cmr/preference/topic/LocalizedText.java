package io.cmr.preference.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text shown to customers, in both languages the portal speaks. */
public record LocalizedText(@NotBlank @Size(max = 500) String fr, @NotBlank @Size(max = 500) String en) {
}
