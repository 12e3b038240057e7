package io.cmr.profile.profile;

import java.util.Map;

import io.cmr.profile.audit.Actor;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/profile")
@Tag(name = "Profile", description = "The signed-in customer's own identity data")
class ProfileController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final CallerProfiles callers;
    private final ProfileEditing editing;

    ProfileController(CallerProfiles callers, ProfileEditing editing) {
        this.callers = callers;
        this.editing = editing;
    }

    @Operation(summary = "The caller's own profile", description = "Made from the token's claims the first time.")
    @ApiResponse(responseCode = "200", description = "The profile, with its ETag")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a customer's token", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/me")
    ResponseEntity<ProfileResponse> me(@AuthenticationPrincipal Jwt token) {
        Profile profile = callers.of(token);
        return ResponseEntity.ok().eTag(Preconditions.etag(profile.version())).body(ProfileResponse.of(profile));
    }

    @Operation(summary = "Change the caller's own profile",
            description = "A JSON merge patch on the version named by If-Match; nothing is stored unless every field is right.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProfilePatchRequest.class)))
    @ApiResponse(responseCode = "200", description = "The profile after the change, with its new ETag")
    @ApiResponse(responseCode = "400", description = "Unknown field, wrong type, too long, bad language or time zone",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "The profile changed since that ETag; the current one is in ETag",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "Not application/merge-patch+json",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = "application/problem+json"))
    @PatchMapping(path = "/me", consumes = MERGE_PATCH)
    ResponseEntity<ProfileResponse> change(@AuthenticationPrincipal Jwt token,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @org.springframework.web.bind.annotation.RequestBody Map<String, Object> patch) {
        Preconditions.expectedVersion(ifMatch);
        callers.of(token);
        Profile profile = editing.edit(token.getSubject(), ifMatch, patch, Actor.of(token)).profile();
        return ResponseEntity.ok().eTag(Preconditions.etag(profile.version())).body(ProfileResponse.of(profile));
    }
}
