package io.cmr.orderstatus.incident;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cmr.orderstatus.incident.IncidentBodies.IncidentChange;
import io.cmr.orderstatus.incident.IncidentBodies.IncidentPage;
import io.cmr.orderstatus.incident.IncidentBodies.IncidentView;
import io.cmr.orderstatus.incident.IncidentBodies.MyIncident;
import io.cmr.orderstatus.incident.IncidentBodies.MyIncidents;
import io.cmr.orderstatus.incident.IncidentBodies.NewIncident;
import io.cmr.orderstatus.notification.NoticeCounts;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Service incidents told to every affected customer first, then again at each update and at resolution.")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class IncidentController {

    private static final Pattern ID = Pattern.compile("inc-[a-z0-9]{1,40}");
    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})\"");
    private static final Duration MAX_AHEAD = Duration.ofDays(366);
    /** How long a resolved incident stays in a customer's banner. */
    private static final Duration RESOLVED_SHOWN = Duration.ofDays(3);
    private static final int MAX_PAGE = 50;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final Incidents incidents;
    private final IncidentFanOut fanOut;
    private final NoticeCounts counts;
    private final Clock clock;

    IncidentController(Incidents incidents, IncidentFanOut fanOut, NoticeCounts counts, Clock clock) {
        this.incidents = incidents;
        this.fanOut = fanOut;
        this.counts = counts;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Declare an incident (role admin or scope incidents:write)",
            description = "Stores it and starts telling every affected customer (topic service-incidents, kind INCIDENT_DECLARED): "
                    + "one notice per customer, naming all their affected orders. A partner's incident reaches only orders "
                    + "it is merchant or carrier of. With an Idempotency-Key, a repeated request answers the incident already declared.")
    @ApiResponse(responseCode = "201", description = "Declared; the fan-out runs in the background (see fanOut)")
    @ApiResponse(responseCode = "200", description = "Already declared with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "A field missing, too long, of the wrong type or unknown, a bad selector, a time in the past; nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<IncidentView> declare(@Valid @RequestBody NewIncident body,
            @Parameter(description = "Makes a retried request declare nothing more") @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication caller) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>(body.selector().problems("selector"));
        checkExpected(problems, body.expectedResolution(), now);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            problems.add(new FieldProblem("Idempotency-Key", "must be 1-" + MAX_IDEMPOTENCY_KEY + " characters"));
        }
        reject(problems);
        String by = by(caller);
        String client = isAdmin(caller) ? null : client(caller);
        Revision declared = new Revision(1, Revision.DECLARED, body.message().localized(), body.expectedResolution(), by, now);
        Incident incident = new Incident(idFor(by, idempotencyKey), body.title().localized(), body.message().localized(),
                body.cause(), body.expectedResolution(), body.selector(), IncidentStatus.ACTIVE, 1, List.of(declared),
                FanOut.start(1, FanOut.Phase.MATCHING, now), by, client, now, null, 1, now);
        Insertion<Incident> stored = incidents.insert(incident);
        if (!stored.inserted()) {
            return ResponseEntity.ok().eTag(etag(stored.document().version())).body(view(stored.document()));
        }
        fanOut.start(incident.id());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
                .eTag(etag(stored.document().version())).body(view(stored.document()));
    }

    @PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
    @Operation(summary = "Post an update or resolve an incident (role admin or scope incidents:write)",
            description = "A new message or expected time (INCIDENT_UPDATED) reaches every customer told before and every one "
                    + "affected since; status RESOLVED (INCIDENT_RESOLVED) reaches every customer told before. If-Match is optional; "
                    + "when given, the change applies only to that version.")
    @ApiResponse(responseCode = "200", description = "Recorded; the fan-out of the new revision runs in the background")
    @ApiResponse(responseCode = "400", description = "Nothing to change, a bad field or a time in the past", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such incident for this caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already resolved", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "Changed since the ETag in If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<IncidentView> change(@PathVariable String id, @Valid @RequestBody IncidentChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (body.message() == null && body.expectedResolution() == null && body.status() == null) {
            problems.add(new FieldProblem("message", "give a message, an expectedResolution or status RESOLVED"));
        }
        if (body.status() == IncidentStatus.ACTIVE) {
            problems.add(new FieldProblem("status", "can only be RESOLVED"));
        }
        if (body.expectedResolution() != null) {
            checkExpected(problems, body.expectedResolution(), now);
        }
        reject(problems);
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : expectedVersion(ifMatch);
        for (int attempt = 0; attempt < 5; attempt++) {
            Incident current = readable(id, caller);
            if (current.status() == IncidentStatus.RESOLVED) {
                throw problem(HttpStatus.CONFLICT, "The incident is resolved; declare a new one if it happens again.");
            }
            if (expected != null && expected != current.version()) {
                throw stale(current.version());
            }
            boolean resolve = body.status() == IncidentStatus.RESOLVED;
            int number = current.revision() + 1;
            Revision revision = new Revision(number, resolve ? Revision.RESOLVED : Revision.UPDATED, body.message() == null ? null : body.message().localized(),
                    body.expectedResolution() != null ? body.expectedResolution() : current.expectedResolution(), by(caller), now);
            VersionedUpdate<Incident> update = incidents.revise(current, revision,
                    body.message() != null ? body.message().localized() : current.message(),
                    resolve ? IncidentStatus.RESOLVED : IncidentStatus.ACTIVE,
                    FanOut.start(number, resolve ? FanOut.Phase.EARLIER : FanOut.Phase.MATCHING, now));
            if (update instanceof VersionedUpdate.Updated<Incident> updated) {
                fanOut.start(id);
                return ResponseEntity.ok().eTag(etag(updated.document().version())).body(view(updated.document()));
            }
            if (expected != null && update instanceof VersionedUpdate.Stale<Incident> stale) {
                throw stale(stale.currentVersion());
            }
        }
        throw problem(HttpStatus.CONFLICT, "The incident is being changed by others; try again.");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident with its counts (role admin or support, or scope incidents:write for a partner's own)")
    @ApiResponse(responseCode = "200", description = "The incident, with its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such incident for this caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<IncidentView> one(@PathVariable String id, Authentication caller) {
        Incident incident = readable(id, caller);
        return ResponseEntity.ok().eTag(etag(incident.version())).body(view(incident));
    }

    @GetMapping
    @Operation(summary = "Incidents, newest first, with their counts (role admin or support, or scope incidents:write for a partner's own)")
    @ApiResponse(responseCode = "200", description = "One page of incidents")
    @ApiResponse(responseCode = "400", description = "Bad status, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    IncidentPage list(@Parameter(description = "Only ACTIVE or RESOLVED ones") @RequestParam(required = false) IncidentStatus status,
            @Parameter(description = "The next value of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Incidents per page, 1-50") @RequestParam(defaultValue = "20") int limit,
            Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE));
        }
        String[] after = decodeCursor(cursor, problems);
        reject(problems);
        String client = mayReadAll(caller) ? null : client(caller);
        List<Incident> found = new ArrayList<>();
        Instant afterCreatedAt = after == null ? null : Instant.ofEpochMilli(Long.parseLong(after[0]));
        String afterId = after == null ? null : after[1];
        // A partner sees only its own: read on until the page is full or nothing is left.
        while (found.size() <= limit) {
            List<Incident> batch = incidents.page(status, afterCreatedAt, afterId, limit + 1);
            batch.stream().filter(incident -> client == null || client.equals(incident.client())).forEach(found::add);
            if (batch.size() <= limit) {
                break;
            }
            Incident last = batch.get(batch.size() - 1);
            afterCreatedAt = last.createdAt();
            afterId = last.id();
        }
        if (found.size() <= limit) {
            return new IncidentPage(found.stream().map(this::view).toList(), null);
        }
        List<Incident> page = found.subList(0, limit);
        Incident last = page.get(limit - 1);
        return new IncidentPage(page.stream().map(this::view).toList(), Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.createdAt().toEpochMilli() + "|" + last.id()).getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping("/mine")
    @Operation(summary = "Incidents that concern the signed-in customer (role customer)",
            description = "Active ones, and those resolved in the last three days, with the customer's affected orders; for the portal's banner.")
    @ApiResponse(responseCode = "200", description = "The incidents, newest first; empty when none")
    MyIncidents mine(Authentication caller) {
        Instant shownSince = clock.instant().minus(RESOLVED_SHOWN);
        Map<String, List<String>> orders = incidents.affectedOf(caller.getName()).stream()
                .collect(Collectors.toMap(AffectedCustomer::incidentId, AffectedCustomer::orderIds));
        return new MyIncidents(incidents.ofCustomer(caller.getName()).stream()
                .filter(incident -> incident.status() == IncidentStatus.ACTIVE || incident.resolvedAt().isAfter(shownSince))
                .map(incident -> new MyIncident(incident.id(), incident.title(), incident.message(), incident.cause(),
                        incident.status(), incident.expectedResolution(), incident.resolvedAt(), incident.updatedAt(),
                        orders.getOrDefault(incident.id(), List.of())))
                .toList());
    }

    private IncidentView view(Incident incident) {
        return IncidentView.of(incident, counts.ofIncident(incident.id()));
    }

    /** The incident if this caller may see it: admins and support all, a partner its own; else 404. */
    private Incident readable(String id, Authentication caller) {
        if (!ID.matcher(id).matches()) {
            throw problem(HttpStatus.NOT_FOUND, "No incident " + id + ".");
        }
        return incidents.find(id)
                .filter(incident -> mayReadAll(caller) || client(caller) != null && client(caller).equals(incident.client()))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No incident " + id + "."));
    }

    private static void checkExpected(List<FieldProblem> problems, Instant expected, Instant now) {
        if (!expected.isAfter(now) || expected.isAfter(now.plus(MAX_AHEAD))) {
            problems.add(new FieldProblem("expectedResolution", "must be in the future, within a year"));
        }
    }

    /** With a key, the same caller and key give the same id, so the unique id makes a retry declare nothing. */
    private static String idFor(String by, String idempotencyKey) {
        if (idempotencyKey == null) {
            return "inc-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((by + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean isAdmin(Authentication caller) {
        return has(caller, "ROLE_admin");
    }

    private static boolean mayReadAll(Authentication caller) {
        return isAdmin(caller) || has(caller, "ROLE_support");
    }

    private static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    private static String client(Authentication caller) {
        return caller.getPrincipal() instanceof Jwt jwt ? jwt.getClaimAsString("azp") : null;
    }

    private static String by(Authentication caller) {
        return isAdmin(caller) ? caller.getName() : "client:" + client(caller);
    }

    private static String[] decodeCursor(String cursor, List<FieldProblem> problems) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            Long.parseLong(text.substring(0, bar));
            return new String[] { text.substring(0, bar), text.substring(bar + 1) };
        }
        catch (RuntimeException ex) {
            problems.add(new FieldProblem("cursor", "is not a cursor this API gave"));
            return null;
        }
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static long expectedVersion(String ifMatch) {
        Matcher matcher = STRONG_ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw problem(HttpStatus.PRECONDITION_FAILED, "If-Match must be the ETag of a version of this incident.");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static ErrorResponseException stale(long current) {
        ErrorResponseException stale = problem(HttpStatus.PRECONDITION_FAILED,
                "The incident changed since you read it: read it again, then make your change on the new version.");
        stale.getHeaders().setETag(etag(current));
        return stale;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
