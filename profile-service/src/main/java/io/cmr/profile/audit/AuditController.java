package io.cmr.profile.audit;

import java.util.List;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Every change to the signed-in customer's profile and contact points")
class AuditController {

    private static final int MAX_SIZE = 100;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Who changed what, newest first", description = "Paged with an opaque cursor.")
    @ApiResponse(responseCode = "200", description = "One page")
    @ApiResponse(responseCode = "400", description = "Bad cursor or size", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a customer's token", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/profile/me/audit")
    AuditPage audit(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        Long before = cursor == null ? null : AuditPage.decode(cursor);
        if (cursor != null && before == null) {
            throw invalid("cursor", "is not a cursor this API gave");
        }
        return AuditPage.of(trail.page(token.getSubject(), before, size), size);
    }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                Problems.validation(List.of(new FieldProblem(field, message))), null);
    }
}
