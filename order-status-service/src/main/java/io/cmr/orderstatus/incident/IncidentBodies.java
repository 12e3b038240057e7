package io.cmr.orderstatus.incident;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.NoticeCounts;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON of the incidents API. */
final class IncidentBodies {

    private IncidentBodies() {
    }

    record Title(@Schema(example = "Plateforme de Lyon fermée") @NotBlank @Size(max = 200) String fr,
            @Schema(example = "Lyon hub closed") @NotBlank @Size(max = 200) String en) {

        Localized localized() {
            return new Localized(fr, en);
        }
    }

    record Message(
            @Schema(example = "Une tempête a fermé la plateforme de Lyon. Les colis repartent demain.") @NotBlank @Size(max = 2_000) String fr,
            @Schema(example = "A storm closed the Lyon hub. Parcels move again tomorrow.") @NotBlank @Size(max = 2_000) String en) {

        Localized localized() {
            return new Localized(fr, en);
        }
    }

    @Schema(description = "A new incident: what, why, until when, and which orders (all criteria given must hold).")
    record NewIncident(
            @NotNull @Valid Title title,
            @NotNull @Valid Message message,
            @Schema(example = "Storm at the Lyon hub") @NotBlank @Size(max = 200) String cause,
            @Schema(description = "When it should be over, in the future", example = "2026-06-13T12:00:00Z") @NotNull Instant expectedResolution,
            @Schema(example = "{\"carrier\":\"demo-carrier\",\"regions\":[\"FR-ARA\"],\"statuses\":[\"IN_TRANSIT\",\"EXCEPTION\"],"
                    + "\"shippedBetween\":{\"from\":\"2026-06-09T00:00:00Z\",\"to\":\"2026-06-11T00:00:00Z\"}}")
            @NotNull IncidentSelector selector) {
    }

    @Schema(description = "An update (a new message, a new expected time, or both) or the resolution (status RESOLVED, "
            + "with an optional closing message). Each reaches every affected customer again.")
    record IncidentChange(
            @Valid Message message,
            @Schema(example = "2026-06-14T12:00:00Z") Instant expectedResolution,
            @Schema(description = "RESOLVED to resolve it", allowableValues = "RESOLVED") IncidentStatus status) {
    }

    record FanOutView(int revision, FanOut.State state, long customersReached, long ordersReached, Instant startedAt,
            Instant finishedAt, String lastError) {

        static FanOutView of(FanOut fanOut) {
            return new FanOutView(fanOut.revision(), fanOut.state(), fanOut.customers(), fanOut.orders(),
                    fanOut.startedAt(), fanOut.finishedAt(), fanOut.lastError());
        }
    }

    @Schema(description = "An incident with how far its latest revision has been told (fanOut: customers and orders "
            + "affected) and how its notices fared (notices: per channel sent, suppressed, failed, pending).")
    record IncidentView(String id, Localized title, Localized message, String cause, Instant expectedResolution,
            IncidentSelector selector, IncidentStatus status, int revision, List<Revision> revisions, FanOutView fanOut,
            NoticeCounts.Counts notices, String createdBy, Instant createdAt, Instant resolvedAt, Instant updatedAt) {

        static IncidentView of(Incident incident, NoticeCounts.Counts counts) {
            return new IncidentView(incident.id(), incident.title(), incident.message(), incident.cause(),
                    incident.expectedResolution(), incident.selector(), incident.status(), incident.revision(),
                    incident.revisions(), FanOutView.of(incident.fanOut()), counts, incident.createdBy(),
                    incident.createdAt(), incident.resolvedAt(), incident.updatedAt());
        }
    }

    record IncidentPage(List<IncidentView> incidents, @Schema(description = "Cursor of the next page, absent on the last") String next) {
    }

    @Schema(description = "An incident that concerns the customer, for the portal's banner, in both languages.")
    record MyIncident(String id, Localized title, Localized message, String cause, IncidentStatus status,
            Instant expectedResolution, Instant resolvedAt, Instant updatedAt, List<String> orderIds) {
    }

    record MyIncidents(List<MyIncident> incidents) {
    }
}
