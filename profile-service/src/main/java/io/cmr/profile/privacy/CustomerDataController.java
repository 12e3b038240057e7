package io.cmr.profile.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** This service's part of a customer's export and erasure (the cross-service contract); scope internal only. */
@RestController
@RequestMapping("/internal/v1/customers/{customerId}")
@Tag(name = "Internal: customer data", description = "Service-account tokens with scope internal only")
@ApiResponse(responseCode = "403", description = "Not a service token with scope internal",
        content = @Content(mediaType = "application/problem+json"))
class CustomerDataController {

    private final CustomerData data;

    CustomerDataController(CustomerData data) {
        this.data = data;
    }

    @Operation(summary = "Everything this service holds about the customer",
            description = "Profile (null when there is none), contact points and audit trail; empty when unknown.")
    @ApiResponse(responseCode = "200", description = "The customer's data")
    @GetMapping("/export")
    ProfileExport export(@PathVariable String customerId) {
        return data.export(customerId);
    }

    @Operation(summary = "Erase the customer's profile, contact points and audit trail", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Nothing of the customer is left here")
    @DeleteMapping
    ResponseEntity<Void> erase(@PathVariable String customerId) {
        data.erase(customerId);
        return ResponseEntity.noContent().build();
    }
}
