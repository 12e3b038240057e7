package io.cmr.profile.contact;

import java.util.List;
import java.util.Map;

import io.cmr.profile.profile.Preconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For other services' senders only (scope {@code internal}); the gateway never routes it. */
@RestController
@RequestMapping("/internal/v1")
@Tag(name = "Internal: contact points", description = "Service-account tokens with scope internal only")
class InternalContactPointController {

    private final ContactPointDirectory directory;

    InternalContactPointController(ContactPointDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "A customer's verified contact points", description = "An unknown customer has none.")
    @ApiResponse(responseCode = "200", description = "Verified points only")
    @ApiResponse(responseCode = "403", description = "Not a service token with scope internal",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/customers/{customerId}/contact-points")
    List<InternalContactPoint> contactPoints(@PathVariable String customerId) {
        return directory.verifiedPointsOf(customerId).stream().map(InternalContactPoint::of).toList();
    }

    @Operation(summary = "Whose verified e-mail address this is", description = "Compared without case.")
    @ApiResponse(responseCode = "200", description = "The customer it belongs to")
    @ApiResponse(responseCode = "404", description = "No customer has verified it",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/contact-points/by-email")
    Map<String, String> byEmail(@RequestParam String address) {
        return directory.customerWithVerifiedEmail(address)
                .map(customerId -> Map.of("customerId", customerId))
                .orElseThrow(() -> Preconditions.notFound("A customer with that verified e-mail"));
    }
}
