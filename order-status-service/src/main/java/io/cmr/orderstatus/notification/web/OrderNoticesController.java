package io.cmr.orderstatus.notification.web;

import java.util.List;

import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.Orders;
import io.cmr.orderstatus.support.SupportAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** "Why did I (not) get this?": every notice about an order, and per channel what happened and why. */
@RestController
@Tag(name = "Notifications")
class OrderNoticesController {

    private final Orders orders;
    private final Notices notices;
    private final Outbox outbox;
    private final SupportAudit audit;

    OrderNoticesController(Orders orders, Notices notices, Outbox outbox, SupportAudit audit) {
        this.orders = orders;
        this.notices = notices;
        this.outbox = outbox;
        this.audit = audit;
    }

    @GetMapping("/api/v1/orders/{orderId}/notices")
    @Operation(summary = "The notices about an order and, per channel, what became of each and why",
            description = "A customer sees their own orders' notices; support and admins any order's, audited. "
                    + "Per channel: SENT (when, to which contact point, under which preferences version and consent "
                    + "entry), DELAYED (until when, by which rule), SUPPRESSED (why), FAILED or DEAD (the channel's answer).")
    @ApiResponse(responseCode = "200", description = "The notices, newest first")
    @ApiResponse(responseCode = "404", description = "No such order for this caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<NoticeOutcome> notices(@PathVariable String orderId, Authentication caller) {
        boolean staff = has(caller, "ROLE_support") || has(caller, "ROLE_admin");
        Order order = orders.find(orderId)
                .filter(found -> staff || has(caller, "ROLE_customer") && caller.getName().equals(found.customerId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId + "."));
        if (order.customerId() == null) {
            return List.of();
        }
        if (staff && !caller.getName().equals(order.customerId())) {
            audit.read(caller.getName(), order.customerId(), order.orderId());
        }
        List<Notice> found = notices.of(order.customerId(), orderId);
        return NoticeOutcome.of(found, outbox.ofNotices(order.customerId(),
                found.stream().map(Notice::noticeKey).toList()));
    }

    private static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
