package io.cmr.orderstatus.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.cmr.orderstatus.order.TrackingIntake;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Carrier events")
class CarrierEventController {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private final TrackingIntake intake;
    private final TrackingSettings settings;
    private final Clock clock;

    CarrierEventController(TrackingIntake intake, TrackingSettings settings, Clock clock) {
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What became of the events.
     *
     * @param attached whether they are on an order's timeline now, or kept for an order still to come
     * @param added how many were new
     * @param status the shipment's status after them, when attached
     */
    record Receipt(boolean attached, int added, ShipmentStatus status) {
    }

    @PostMapping("/api/v1/carriers/{carrier}/shipments/{trackingNumber}/events")
    @Operation(summary = "Report tracking events of a shipment (scope tracking:write)",
            description = "A carrier writes only to its own shipments: {carrier} is the client id of its token. Events may "
                    + "come late, out of order or twice: the timeline is ordered by occurredAt and a repeated eventId "
                    + "changes nothing. Events of an unknown tracking number are kept and attached when the order arrives.")
    @ApiResponse(responseCode = "200", description = "Events on the order's timeline")
    @ApiResponse(responseCode = "202", description = "No order has this shipment yet: events kept for it")
    @ApiResponse(responseCode = "400", description = "Invalid event, unknown type, occurredAt in the future or more than 500 events", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Another carrier's shipments, or no tracking:write scope", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Receipt> post(@PathVariable String carrier, @PathVariable String trackingNumber,
            @Valid @RequestBody EventBatch batch, Authentication caller) {
        if (!carrier.equals(((Jwt) caller.getPrincipal()).getClaimAsString("azp"))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A carrier may only report its own shipments.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
            problems.add(new FieldProblem("trackingNumber", "must be 1-64 letters, digits or '-'"));
        }
        Instant latest = clock.instant().plus(settings.maxClockSkew());
        for (int i = 0; i < batch.events().size(); i++) {
            if (batch.events().get(i).occurredAt().isAfter(latest)) {
                problems.add(new FieldProblem("events[" + i + "].occurredAt", "is in the future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        TrackingIntake.Recorded recorded = intake.record(carrier, trackingNumber,
                batch.events().stream().map(TrackingEventRequest::event).toList());
        return recorded.order()
                .map(order -> ResponseEntity.ok(new Receipt(true, recorded.added(), order.shipments().stream()
                        .filter(s -> s.carrier().equals(carrier) && s.trackingNumber().equals(trackingNumber))
                        .findFirst().map(s -> s.status()).orElse(null))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).body(new Receipt(false, recorded.added(), null)));
    }
}
