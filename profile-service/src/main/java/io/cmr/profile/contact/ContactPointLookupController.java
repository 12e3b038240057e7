package io.cmr.profile.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import io.cmr.profile.profile.Profiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verified contact points of a whole batch of customers in one query, for senders planning a
 * mass notification (scope {@code internal}); the gateway never routes it.
 */
@RestController
@Tag(name = "Internal: contact points", description = "Service-account tokens with scope internal only")
class ContactPointLookupController {

    static final int MAX_BATCH = 1000;

    private final Profiles profiles;

    ContactPointLookupController(Profiles profiles) {
        this.profiles = profiles;
    }

    @Operation(summary = "Verified contact points of up to 1,000 customers",
            description = "One database read whatever the batch size. A customer without a profile is absent from "
                    + "customers (unknown); a known customer with no verified point maps to [].")
    @ApiResponse(responseCode = "200", description = "Verified points only, by customer id")
    @ApiResponse(responseCode = "400", description = "No customer ids, more than 1,000, or a blank one",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a service token with scope internal",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/internal/v1/contact-points/lookup")
    Lookup lookup(@Valid @RequestBody LookupRequest request) {
        Map<String, List<InternalContactPoint>> customers = new LinkedHashMap<>();
        profiles.collection().find(Filters.in("_id", request.customerIds().stream().distinct().toList()))
                .forEach(profile -> customers.put(profile.customerId(), profile.contactPoints().stream()
                        .filter(ContactPoint::verified).map(InternalContactPoint::of).toList()));
        return new Lookup(customers);
    }

    @Schema(name = "ContactPointLookupRequest", example = """
            {"customerIds":["alice-id","bob-id"]}""")
    record LookupRequest(
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotBlank @Size(max = 100) String> customerIds) {
    }

    @Schema(name = "ContactPointLookup", example = """
            {"customers":{"alice-id":[{"id":"cp-1","type":"EMAIL","label":"Home","primary":true,"value":"alice@example.com"}],
             "bob-id":[]}}""")
    record Lookup(
            @Schema(description = "Each known customer's verified points; unknown customers are absent")
            Map<String, List<InternalContactPoint>> customers) {
    }
}
