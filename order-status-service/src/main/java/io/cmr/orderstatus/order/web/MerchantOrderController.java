package io.cmr.orderstatus.order.web;

import java.util.ArrayList;
import java.util.List;

import io.cmr.orderstatus.order.OrderIntake;
import io.cmr.platform.problem.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Merchant orders")
class MerchantOrderController {

    private final OrderIntake intake;

    MerchantOrderController(OrderIntake intake) {
        this.intake = intake;
    }

    @PutMapping("/api/v1/orders/{orderId}")
    @Operation(summary = "Create or replace an order (scope orders:write)",
            description = "The order belongs to the client that created it. Carrier events already received for its "
                    + "shipments are attached. With an Idempotency-Key, a retry of the same request changes nothing.")
    @ApiResponse(responseCode = "201", description = "Order created")
    @ApiResponse(responseCode = "200", description = "Order replaced, or the same request replayed under its Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Invalid order", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Token lacks scope orders:write", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The order, or one of its tracking numbers, belongs to another merchant or order", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used for a different request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrderResponse> put(@PathVariable String orderId, @Valid @RequestBody OrderRequest request,
            @Parameter(description = "Makes retries safe: the same key and request are applied once")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication caller) {
        OrderIds.check(orderId);
        List<FieldProblem> problems = request.problems();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            problems = new ArrayList<>(problems);
            problems.add(new FieldProblem("Idempotency-Key", "must be 1-200 characters"));
        }
        if (!problems.isEmpty()) {
            throw OrderIds.invalid(problems);
        }
        OrderIntake.Outcome outcome = intake.put(Callers.client(caller), orderId, request.draft(), idempotencyKey);
        HttpStatus status = outcome instanceof OrderIntake.Created ? HttpStatus.CREATED : HttpStatus.OK;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .eTag(Long.toString(outcome.order().version()));
        if (outcome instanceof OrderIntake.Replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(OrderResponse.of(outcome.order()));
    }
}
