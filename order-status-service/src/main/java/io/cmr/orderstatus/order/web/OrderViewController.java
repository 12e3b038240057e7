package io.cmr.orderstatus.order.web;

import java.util.List;

import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.Orders;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.platform.problem.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Order status")
class OrderViewController {

    private static final int MAX_PAGE = 100;

    private final Orders orders;
    private final SupportAudit audit;

    OrderViewController(Orders orders, SupportAudit audit) {
        this.orders = orders;
        this.audit = audit;
    }

    @GetMapping("/api/v1/orders/{orderId}")
    @Operation(summary = "One order with its status, timeline, ETA and punctuality",
            description = "A customer sees their own orders, a merchant (scope orders:read) the orders it created, "
                    + "support (role support) any order, read only and audited. Anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order for this caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> one(@PathVariable String orderId, Authentication caller) {
        OrderIds.check(orderId);
        Order order = orders.find(orderId).filter(found -> mayRead(found, caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId + "."));
        if (Callers.has(caller, "ROLE_support") && !caller.getName().equals(order.customerId())) {
            audit.read(caller.getName(), order.customerId(), order.orderId());
        }
        return ResponseEntity.ok().eTag(Long.toString(order.version())).body(OrderResponse.of(order));
    }

    private static boolean mayRead(Order order, Authentication caller) {
        if (order.customerId() != null && order.customerId().equals(caller.getName())
                && Callers.has(caller, "ROLE_customer")) {
            return true;
        }
        if (Callers.has(caller, "ROLE_support")) {
            return true;
        }
        return Callers.has(caller, "SCOPE_orders:read") && order.merchant().equals(Callers.client(caller));
    }

    @GetMapping("/api/v1/orders")
    @Operation(summary = "A customer's orders, newest first",
            description = "Customers get their own orders. Support (role support) gives customerId to see a customer's "
                    + "orders, read only and audited.")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    @ApiResponse(responseCode = "400", description = "Invalid status, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither a customer nor support", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OrderPage list(@Parameter(description = "Only orders in this status") @RequestParam(required = false) ShipmentStatus status,
            @Parameter(description = "The next value of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Orders per page, 1-100") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Support only: whose orders") @RequestParam(required = false) String customerId,
            Authentication caller) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw OrderIds.invalid(List.of(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE)));
        }
        String customer = caller.getName();
        if (customerId != null) {
            if (!Callers.has(caller, "ROLE_support")) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only support may read another customer's orders.");
            }
            customer = customerId;
            audit.read(caller.getName(), customerId, null);
        }
        try {
            Orders.Page page = orders.page(customer, status, cursor, limit);
            return new OrderPage(page.orders().stream().map(OrderResponse::of).toList(), page.next());
        }
        catch (IllegalArgumentException ex) {
            throw OrderIds.invalid(List.of(new FieldProblem("cursor", "is not a cursor this API gave")));
        }
    }
}
