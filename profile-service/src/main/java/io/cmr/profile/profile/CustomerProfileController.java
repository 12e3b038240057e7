package io.cmr.profile.profile;

import java.util.Map;

import io.cmr.profile.audit.Actor;
import io.cmr.profile.audit.SupportReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call-centre agent or admin helping a customer. Their changes take the same If-Match as the
 * customer's own, so neither overwrites the other, and the audit trail names them. Anyone else
 * learns nothing, not even that the customer exists: 404.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/profile")
@Tag(name = "Customer profiles (support)", description = "For roles support and admin; every change is audited as theirs")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such customer, or not the caller's to see",
        content = @Content(mediaType = "application/problem+json"))
class CustomerProfileController {

    private final Profiles profiles;
    private final ProfileEditing editing;
    private final SupportReads reads;

    CustomerProfileController(Profiles profiles, ProfileEditing editing, SupportReads reads) {
        this.profiles = profiles;
        this.editing = editing;
        this.reads = reads;
    }

    @Operation(summary = "A customer's profile", description = "The read is recorded, naming the reader, in the customer's data.")
    @ApiResponse(responseCode = "200", description = "The profile, with its ETag")
    @GetMapping
    ResponseEntity<ProfileResponse> profile(@AuthenticationPrincipal Jwt token, @PathVariable String customerId) {
        allowed(token, customerId);
        Profile profile = profiles.find(customerId).orElseThrow(() -> Preconditions.notFound("The profile"));
        reads.record(token, customerId, "PROFILE");
        return ResponseEntity.ok().eTag(Preconditions.etag(profile.version())).body(ProfileResponse.of(profile));
    }

    @Operation(summary = "Change a customer's profile", description = "Same merge patch and rules as the customer's own.")
    @RequestBody(content = @Content(mediaType = ProfileController.MERGE_PATCH,
            schema = @Schema(implementation = ProfilePatchRequest.class)))
    @ApiResponse(responseCode = "200", description = "The profile after the change, with its new ETag")
    @ApiResponse(responseCode = "400", description = "A wrong field, named", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "Changed since that ETag", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = "application/problem+json"))
    @PatchMapping(consumes = ProfileController.MERGE_PATCH)
    ResponseEntity<ProfileResponse> change(@AuthenticationPrincipal Jwt token, @PathVariable String customerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @org.springframework.web.bind.annotation.RequestBody Map<String, Object> patch) {
        allowed(token, customerId);
        Profile profile = editing.edit(customerId, ifMatch, patch, Actor.of(token)).profile();
        return ResponseEntity.ok().eTag(Preconditions.etag(profile.version())).body(ProfileResponse.of(profile));
    }

    /** Support and admins see anyone; a customer only themselves; the rest get the same 404 as a missing id. */
    private static void allowed(Jwt token, String customerId) {
        String type = Actor.of(token).type();
        boolean staff = "support".equals(type) || "admin".equals(type);
        boolean self = "customer".equals(type) && customerId.equals(token.getSubject());
        if (!staff && !self) {
            throw Preconditions.notFound("The profile");
        }
    }
}
