package io.cmr.profile.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything held about a customer in every service. A part that could not be fetched is named in
 * {@code missing} and absent from {@code parts}: the export never pretends to be complete.
 */
@Schema(name = "CustomerExport")
record FullExport(
        String customerId,
        Instant generatedAt,
        @Schema(description = "True only when every service answered") boolean complete,
        @Schema(description = "By part: profile, preference, order-status") Map<String, Object> parts,
        List<MissingPart> missing) {

    @Schema(name = "MissingExportPart")
    record MissingPart(@Schema(example = "order-status") String part,
            @Schema(example = "The service did not answer") String reason) {
    }
}
