package io.cmr.orderstatus.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name in the portal's two languages. */
public record Names(
        @Schema(example = "Où est ma commande ?") @NotBlank @Size(max = 120) String fr,
        @Schema(example = "Where is my order?") @NotBlank @Size(max = 120) String en) {
}
