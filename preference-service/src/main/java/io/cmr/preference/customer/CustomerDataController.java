package io.cmr.preference.customer;

import java.util.List;

import io.cmr.preference.consent.ConsentEntry;
import io.cmr.preference.consent.ConsentLedger;
import io.cmr.preference.preference.PreferenceStore;
import io.cmr.preference.preference.Preferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The profile-service's export and erasure flows ask every service for its part (service accounts only). */
@RestController
class CustomerDataController {

    private final PreferenceStore preferences;
    private final ConsentLedger ledger;

    CustomerDataController(PreferenceStore preferences, ConsentLedger ledger) {
        this.preferences = preferences;
        this.ledger = ledger;
    }

    @Operation(summary = "Everything this service holds about a customer")
    @ApiResponse(responseCode = "200", description = "Saved preferences (null when never saved) and every consent entry")
    @ApiResponse(responseCode = "403", description = "Not a service account", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/internal/v1/customers/{customerId}/export")
    CustomerExport export(@PathVariable String customerId) {
        return new CustomerExport(customerId, preferences.find(customerId).orElse(null), ledger.all(customerId));
    }

    @Operation(summary = "Erases a customer; the ledger keeps only an anonymised record that consent was withdrawn. Idempotent")
    @ApiResponse(responseCode = "204", description = "Erased, or nothing to erase")
    @ApiResponse(responseCode = "403", description = "Not a service account", content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/internal/v1/customers/{customerId}")
    ResponseEntity<Void> erase(@PathVariable String customerId) {
        ledger.erase(customerId);
        preferences.delete(customerId);
        return ResponseEntity.noContent().build();
    }

    record CustomerExport(String customerId, Preferences preferences, List<ConsentEntry> consents) {
    }
}
