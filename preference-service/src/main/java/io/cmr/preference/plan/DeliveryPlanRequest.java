package io.cmr.preference.plan;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@Schema(example = """
        {"topicId":"delivery-updates","at":"2026-06-10T21:30:00Z","customerIds":["alice-id","bob-id"]}""")
record DeliveryPlanRequest(
        @NotBlank @Size(max = 50) String topicId,
        @Schema(description = "The instant the message would be sent; now when absent") Instant at,
        @NotEmpty @Size(max = DeliveryPlanController.MAX_BATCH) List<@NotBlank @Size(max = 100) String> customerIds) {
}
