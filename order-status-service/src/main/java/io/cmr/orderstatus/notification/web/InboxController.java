package io.cmr.orderstatus.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cmr.orderstatus.notification.inbox.Inbox;
import io.cmr.orderstatus.notification.inbox.InboxCursor;
import io.cmr.orderstatus.notification.inbox.InboxEntry;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The customer's portal inbox: the notices sent to them IN_APP. */
@RestController
@Tag(name = "Notifications")
class InboxController {

    private static final int MAX_PAGE = 100;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @Schema(name = "InboxNotification")
    record Notification(String id, String topicId, String kind, List<String> orderIds, String subject, String text,
            @Schema(description = "Where to act on it, by name: order, deliveryInstructions, reportProblem, preferences")
            Map<String, String> links,
            Instant createdAt, @Schema(description = "Null while unread") Instant readAt) {

        static Notification of(InboxEntry entry) {
            return new Notification(entry.id(), entry.topicId(), entry.kind(), entry.orderIds(), entry.subject(),
                    entry.text(), entry.links(), entry.createdAt(), entry.readAt());
        }
    }

    record InboxPage(List<Notification> items, @Schema(description = "Unread notifications in the whole inbox") long unread,
            @Schema(description = "Cursor of the next page, null on the last") String next) {
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "My notifications, newest first, with the unread count (role customer)")
    @ApiResponse(responseCode = "200", description = "One page")
    @ApiResponse(responseCode = "400", description = "Invalid cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    InboxPage list(@Parameter(description = "The next value of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Notifications per page, 1-100") @RequestParam(defaultValue = "20") int limit,
            Authentication caller) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw invalid("limit", "must be between 1 and " + MAX_PAGE);
        }
        InboxCursor after;
        try {
            after = InboxCursor.decode(cursor);
        }
        catch (IllegalArgumentException ex) {
            throw invalid("cursor", "is not a cursor this API gave");
        }
        Inbox.Page page = inbox.page(caller.getName(), after, limit);
        return new InboxPage(page.entries().stream().map(Notification::of).toList(), inbox.unread(caller.getName()),
                page.next() == null ? null : page.next().encode());
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read (role customer), idempotent")
    @ApiResponse(responseCode = "200", description = "The notification, read")
    @ApiResponse(responseCode = "404", description = "No such notification of mine", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Notification read(@PathVariable String id, Authentication caller) {
        return inbox.read(caller.getName(), id).map(Notification::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + "."));
    }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(List.of(new FieldProblem(field, message))),
                null);
    }
}
