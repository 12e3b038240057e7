package io.cmr.orderstatus.incident;

import io.swagger.v3.oas.annotations.media.Schema;

/** A text in French and in English. */
public record Localized(@Schema(example = "Plateforme de Lyon fermée") String fr,
        @Schema(example = "Lyon hub closed") String en) {
}
