package io.cmr.profile.contact;

import java.net.URI;
import java.util.List;

import io.cmr.profile.audit.Actor;
import io.cmr.profile.profile.CallerProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/profile/me/contact-points")
@Tag(name = "Contact points", description = "How the signed-in customer can be reached; e-mails and phones are verified by a one-time code")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Not a customer's token", content = @Content(mediaType = "application/problem+json"))
class ContactPointController {

    private final ContactPointBook book;
    private final CallerProfiles callers;

    ContactPointController(ContactPointBook book, CallerProfiles callers) {
        this.book = book;
        this.callers = callers;
    }

    @Operation(summary = "The caller's contact points")
    @GetMapping
    List<ContactPointResponse> list(@AuthenticationPrincipal Jwt token) {
        return callers.of(token).contactPoints().stream().map(ContactPointResponse::of).toList();
    }

    @Operation(summary = "Add a contact point", description = "An e-mail or phone is sent a code valid 10 minutes; "
            + "a postal address is taken as given.")
    @ApiResponse(responseCode = "201", description = "Added; UNVERIFIED until its code is given back")
    @ApiResponse(responseCode = "400", description = "Invalid type, address, phone, country or label",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Already one of the caller's points, or 20 points already",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    ResponseEntity<ContactPointResponse> add(@AuthenticationPrincipal Jwt token,
            @Valid @RequestBody ContactPointRequest request) {
        callers.of(token);
        ContactPoint point = book.add(token.getSubject(), request, Actor.of(token));
        return ResponseEntity.created(URI.create("/api/v1/profile/me/contact-points/" + point.id()))
                .body(ContactPointResponse.of(point));
    }

    @Operation(summary = "Remove a contact point")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such point of the caller", content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        book.remove(token.getSubject(), id, Actor.of(token));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Give back the code that was sent", description = "Five wrong tries lock the code.")
    @ApiResponse(responseCode = "200", description = "Verified")
    @ApiResponse(responseCode = "400", description = "Wrong, expired, locked or never-sent code (field code)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such point of the caller", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Already verified", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/verification")
    ContactPointResponse verify(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @Valid @RequestBody CodeRequest request) {
        return ContactPointResponse.of(book.verify(token.getSubject(), id, request.code(), Actor.of(token)));
    }

    @Operation(summary = "Send a new code", description = "At most once every 30 seconds and 5 times an hour.")
    @ApiResponse(responseCode = "202", description = "Sent")
    @ApiResponse(responseCode = "404", description = "No such point of the caller", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Already verified", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Too soon; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/verification-code")
    ResponseEntity<Void> sendNewCode(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        book.sendNewCode(token.getSubject(), id, Actor.of(token));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Make a verified point the primary one of its type")
    @ApiResponse(responseCode = "200", description = "Now primary; the type's previous primary no longer is")
    @ApiResponse(responseCode = "404", description = "No such point of the caller", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Not verified", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/primary")
    ContactPointResponse makePrimary(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return ContactPointResponse.of(book.makePrimary(token.getSubject(), id, Actor.of(token)));
    }

    @Schema(name = "VerificationCode", example = "{\"code\":\"123456\"}")
    record CodeRequest(@NotNull @Size(min = 1, max = 12) String code) {
    }
}
