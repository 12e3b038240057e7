package io.cmr.orderstatus.contact.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.contact.ContactRecorder;
import io.cmr.orderstatus.contact.Contacts;
import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Contacts", description = "Every customer contact, coded with a reason, whatever its channel")
class ContactController {

    private static final String PROBLEM = "application/problem+json";

    private final ContactRecorder recorder;
    private final Contacts contacts;
    private final SupportAudit audit;

    ContactController(ContactRecorder recorder, Contacts contacts, SupportAudit audit) {
        this.recorder = recorder;
        this.contacts = contacts;
        this.audit = audit;
    }

    record ContactRequest(
            @Schema(example = "PHONE") @NotNull ContactChannel channel,
            @Schema(example = "WHERE_IS_MY_ORDER") @NotBlank @Size(max = 50) String reasonCode,
            @Schema(description = "When known", example = "alice-sub") @Size(max = 100) String customerId,
            @Schema(description = "When known; its customer is then the contact's", example = "A-1001") @Size(max = 100) String orderId,
            @Schema(description = "When the contact happened; now when absent", example = "2026-11-23T09:30:00Z") Instant at,
            @Schema(example = "240") @PositiveOrZero Long handlingSeconds,
            @Schema(description = "Whether the agent closed it as resolved", example = "true") Boolean resolved,
            @Schema(example = "Parcel stuck at the depot since Monday") @Size(max = 2000) String note) {
    }

    record RecodeRequest(@Schema(example = "LATE") @NotBlank @Size(max = 50) String reasonCode) {
    }

    @PostMapping("/api/v1/contacts")
    @Operation(summary = "Record a contact (role support, or scope contacts:write)",
            description = "Joined at once to the notice it came despite and to the contact it repeats, and counted "
                    + "in its week. A retry with the same Idempotency-Key records nothing more and answers 200.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "Already recorded under this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "A field is wrong: unknown or retired reason, unknown channel, a time "
            + "in the future, a negative duration, another customer's order, an unknown customer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither role support nor scope contacts:write",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used for a different contact",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The customer could not be checked now",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ContactView> record(@Valid @RequestBody ContactRequest request,
            @Parameter(description = "Makes a retry safe; up to 200 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication caller) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(
                    List.of(new FieldProblem("Idempotency-Key", "must be 1 to 200 characters"))), null);
        }
        ContactRecorder.Recorded recorded = recorder.record(new ContactRecorder.NewContact(request.channel(),
                request.reasonCode(), blankToNull(request.customerId()), blankToNull(request.orderId()), request.at(),
                request.handlingSeconds(), Boolean.TRUE.equals(request.resolved()), blankToNull(request.note())),
                callerOf(caller), idempotencyKey);
        ContactView view = ContactView.of(recorded.contact());
        return (recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/contacts/" + view.id()))
                : ResponseEntity.ok()).eTag(etag(view.version())).body(view);
    }

    @GetMapping("/api/v1/contacts/{contactId}")
    @Operation(summary = "One contact with its joins and re-codings (role support or admin)",
            description = "The read is recorded in the support audit of the customer.")
    @ApiResponse(responseCode = "200", description = "The contact; ETag is its version")
    @ApiResponse(responseCode = "404", description = "No such contact",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ContactView> contact(@PathVariable String contactId, Authentication reader) {
        ContactView view = contacts.find(contactId).map(ContactView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact " + contactId + "."));
        if (view.customerId() != null) {
            // Like support's reads of orders, a read of a customer's contact is audited before it is shown.
            audit.read(reader.getName(), view.customerId(), view.orderId());
        }
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @PutMapping("/api/v1/contacts/{contactId}/reason")
    @Operation(summary = "Re-code a contact (role support)",
            description = "The previous reason is kept in the contact's re-codings; the weekly counters move with it.")
    @ApiResponse(responseCode = "200", description = "Re-coded")
    @ApiResponse(responseCode = "400", description = "Unknown or retired reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such contact",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ContactView> recode(@PathVariable String contactId, @Valid @RequestBody RecodeRequest request,
            @Parameter(description = "The ETag read, to refuse the change if someone re-coded it meanwhile")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Authentication agent) {
        ContactView view = ContactView.of(recorder.recode(contactId, request.reasonCode(), agent.getName(),
                version(ifMatch)));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    /** The agent for support staff; the client for a partner tool. */
    private static String callerOf(Authentication caller) {
        boolean agent = caller.getAuthorities().stream().anyMatch(a -> "ROLE_support".equals(a.getAuthority()));
        if (!agent && caller instanceof JwtAuthenticationToken jwt && jwt.getToken().hasClaim("azp")) {
            return jwt.getToken().getClaimAsString("azp");
        }
        return caller.getName();
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        }
        catch (NumberFormatException ex) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match is not a version of this contact.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
