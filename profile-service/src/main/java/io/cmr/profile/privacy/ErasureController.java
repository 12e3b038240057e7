package io.cmr.profile.privacy;

import java.net.URI;

import io.cmr.profile.audit.Actor;
import io.cmr.profile.profile.Preconditions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Erasure", description = "A customer's right to be forgotten, in every service")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
class ErasureController {

    private final ErasureRequests requests;
    private final OtherServices others;

    ErasureController(ErasureRequests requests, OtherServices others) {
        this.requests = requests;
        this.others = others;
    }

    @Operation(summary = "Erase everything held about the caller in every service",
            description = "Answers at once; the request is retried until every service has confirmed, across restarts.")
    @ApiResponse(responseCode = "202", description = "Accepted; follow Location for its state")
    @ApiResponse(responseCode = "403", description = "Not a customer's token", content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/api/v1/profile/me")
    ResponseEntity<ErasureRequest> erase(@AuthenticationPrincipal Jwt token) {
        ErasureRequest request = requests.create(token.getSubject(), Actor.of(token), others.byName().keySet().stream().toList());
        return ResponseEntity.accepted().location(URI.create("/api/v1/profile/me/erasure/" + request.id())).body(request);
    }

    @Operation(summary = "The state of one of the caller's erasure requests")
    @ApiResponse(responseCode = "200", description = "Its state, per service")
    @ApiResponse(responseCode = "404", description = "No such request of the caller", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/profile/me/erasure/{id}")
    ErasureRequest state(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return requests.find(id).filter(request -> request.customerId().equals(token.getSubject()))
                .orElseThrow(() -> Preconditions.notFound("The erasure request"));
    }

    @Operation(summary = "The state of any erasure request (admins)")
    @ApiResponse(responseCode = "200", description = "Its state, per service")
    @ApiResponse(responseCode = "404", description = "No such request, or not an admin", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/erasures/{id}")
    ErasureRequest stateForAdmin(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        if (!"admin".equals(Actor.of(token).type())) {
            throw Preconditions.notFound("The erasure request");
        }
        return requests.find(id).orElseThrow(() -> Preconditions.notFound("The erasure request"));
    }
}
