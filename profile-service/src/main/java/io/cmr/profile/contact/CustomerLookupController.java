package io.cmr.profile.contact;

import java.util.List;
import java.util.Locale;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.profile.audit.SupportReads;
import io.cmr.profile.profile.Preconditions;
import io.cmr.profile.profile.ProfileResponse;
import io.cmr.profile.profile.Profiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call-centre agent finding the customer on the line by the e-mail address they give: one they
 * have verified (the address they signed up with is). Roles support and admin only (ProfileSecurity).
 */
@RestController
@Tag(name = "Customer profiles (support)", description = "For roles support and admin; every change is audited as theirs")
class CustomerLookupController {

    private static final int MAX_EMAIL = 320;

    private final ContactPointDirectory directory;
    private final Profiles profiles;
    private final SupportReads reads;

    CustomerLookupController(ContactPointDirectory directory, Profiles profiles, SupportReads reads) {
        this.directory = directory;
        this.profiles = profiles;
        this.reads = reads;
    }

    @Operation(summary = "The customer with this verified e-mail address (roles support and admin)",
            description = "Compared without case. Only a verified address finds a customer, so that an address someone "
                    + "merely typed into another customer's profile never leads to that customer.")
    @ApiResponse(responseCode = "200", description = "The customer's profile")
    @ApiResponse(responseCode = "400", description = "No e-mail address, or not one",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither support nor admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No customer has verified this address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/v1/customers")
    ProfileResponse byEmail(@AuthenticationPrincipal Jwt token,
            @Parameter(description = "The e-mail address", example = "alice@example.com") @RequestParam String email) {
        String address = email.strip();
        if (address.isEmpty() || address.length() > MAX_EMAIL || address.indexOf('@') < 1
                || address.indexOf('@') == address.length() - 1) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    Problems.validation(List.of(new FieldProblem("email", "must be an e-mail address"))), null);
        }
        return directory.customerWithVerifiedEmail(address.toLowerCase(Locale.ROOT))
                .flatMap(profiles::find)
                .map(profile -> {
                    reads.record(token, profile.customerId(), "PROFILE_BY_EMAIL");
                    return ProfileResponse.of(profile);
                })
                .orElseThrow(() -> Preconditions.notFound("A customer with that verified e-mail"));
    }
}
