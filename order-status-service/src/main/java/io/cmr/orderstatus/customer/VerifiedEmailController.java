package io.cmr.orderstatus.customer;

import java.time.Clock;
import java.util.Locale;

import io.cmr.orderstatus.order.Orders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * profile-service tells this service when a customer verifies an email address, so the orders
 * merchants gave with only that address, kept unmatched until now, become the customer's.
 */
@RestController
@Tag(name = "Customer data (internal)")
class VerifiedEmailController {

    private final Orders orders;
    private final Clock clock;

    VerifiedEmailController(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    record VerifiedEmail(
            @Schema(example = "alice@example.com") @NotBlank @Email @Size(max = 254) String address) {
    }

    record Attached(@Schema(description = "Orders attached by this call; 0 on a repeat", example = "2") long attached) {
    }

    @PostMapping("/internal/v1/customers/{customerId}/verified-emails")
    @Operation(summary = "A customer verified an email address (scope internal), idempotent",
            description = "Attaches to the customer every order kept with that address and no customer. "
                    + "Orders already attached, to this customer or another, are left as they are.")
    @ApiResponse(responseCode = "200", description = "How many orders were attached")
    @ApiResponse(responseCode = "400", description = "Missing or malformed address")
    @ApiResponse(responseCode = "403", description = "The token lacks scope internal")
    Attached verified(@PathVariable String customerId, @Valid @RequestBody VerifiedEmail body) {
        String email = body.address().strip().toLowerCase(Locale.ROOT);
        return new Attached(orders.attach(email, customerId, clock.instant()));
    }
}
