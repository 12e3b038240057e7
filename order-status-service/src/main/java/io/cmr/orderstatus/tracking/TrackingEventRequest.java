package io.cmr.orderstatus.tracking;

import java.time.Instant;

import io.cmr.orderstatus.order.domain.EventType;
import io.cmr.orderstatus.order.domain.TrackingEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One carrier event as the carrier sends it. */
record TrackingEventRequest(
        @Schema(description = "The carrier's id of the event; resending it changes nothing", example = "evt-000123")
        @NotBlank @Size(max = 100) String eventId,
        @Schema(example = "IN_TRANSIT") @NotNull EventType type,
        @Schema(description = "When it happened; not more than a few minutes in the future", example = "2026-03-02T14:05:00Z")
        @NotNull Instant occurredAt,
        @Schema(example = "Lyon hub") @Size(max = 200) String location,
        @Schema(description = "The carrier's new delivery estimate, if this event gives one", example = "2026-03-04T12:00:00Z")
        Instant eta,
        @Schema(description = "The carrier's code for an exception or failed delivery", example = "ADDRESS_NOT_FOUND")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String reasonCode) {

    TrackingEvent event() {
        return new TrackingEvent(eventId.strip(), type, occurredAt, location, eta, reasonCode);
    }
}
