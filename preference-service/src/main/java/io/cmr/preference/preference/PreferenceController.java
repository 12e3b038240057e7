package io.cmr.preference.preference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.cmr.preference.IfMatch;
import io.cmr.preference.consent.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The customer's own preferences, and the same for a support agent acting on a customer's instruction. */
@RestController
class PreferenceController {

    private static final String PROBLEM = "application/problem+json";

    private final PreferenceChanges changes;

    PreferenceController(PreferenceChanges changes) {
        this.changes = changes;
    }

    @Operation(summary = "The caller's preferences, with the catalog default for any topic never chosen")
    @ApiResponse(responseCode = "200", description = "In force; ETag is the version (0: nothing saved yet)")
    @ApiResponse(responseCode = "403", description = "Not a customer", content = @Content(mediaType = PROBLEM))
    @GetMapping("/api/v1/preferences/me")
    ResponseEntity<PreferencesResponse> mine(@AuthenticationPrincipal Jwt token) {
        return show(changes.current(token.getSubject()));
    }

    @Operation(summary = "Replaces the caller's preferences")
    @Errors
    @PutMapping("/api/v1/preferences/me")
    ResponseEntity<PreferencesResponse> replaceMine(@AuthenticationPrincipal Jwt token,
            @Schema(example = "\"0\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        return show(changes.change(token.getSubject(), IfMatch.version(ifMatch), request::replacing, customer(token)));
    }

    @Operation(summary = "Changes part of the caller's preferences; topics given replace those topics' choices")
    @Errors
    @PatchMapping("/api/v1/preferences/me")
    ResponseEntity<PreferencesResponse> changeMine(@AuthenticationPrincipal Jwt token,
            @Schema(example = "\"1\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        return show(changes.change(token.getSubject(), IfMatch.version(ifMatch), request::patching, customer(token)));
    }

    @Operation(summary = "A customer's preferences, for a support agent")
    @ApiResponse(responseCode = "200", description = "In force; ETag is the version")
    @ApiResponse(responseCode = "403", description = "Not a support agent", content = @Content(mediaType = PROBLEM))
    @GetMapping("/api/v1/customers/{customerId}/preferences")
    ResponseEntity<PreferencesResponse> customers(@PathVariable String customerId) {
        return show(changes.current(customerId));
    }

    @Operation(summary = "Changes a customer's preferences on their instruction (support); the ledger names the agent")
    @Errors
    @PatchMapping("/api/v1/customers/{customerId}/preferences")
    ResponseEntity<PreferencesResponse> changeCustomers(@AuthenticationPrincipal Jwt token, @PathVariable String customerId,
            @Schema(example = "\"1\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        Actor agent = new Actor(Actor.SUPPORT, token.getSubject(), token.getClaimAsString("azp"));
        return show(changes.change(customerId, IfMatch.version(ifMatch), request::patching, agent));
    }

    private ResponseEntity<PreferencesResponse> show(Preferences preferences) {
        return ResponseEntity.ok().eTag(IfMatch.etag(preferences.version()))
                .body(PreferencesResponse.of(preferences, changes.catalog()));
    }

    private static Actor customer(Jwt token) {
        return new Actor(Actor.CUSTOMER, token.getSubject(), token.getClaimAsString("azp"));
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "Saved; ETag is the new version")
    @ApiResponse(responseCode = "400", description = "Invalid: unknown topic or channel, channel not allowed, bad time, duplicate",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not allowed for this caller", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "Changed by someone else since read", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Last channel of a mandatory topic turned off", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    /** The answers of every change of preferences. */
    @interface Errors {
    }
}
