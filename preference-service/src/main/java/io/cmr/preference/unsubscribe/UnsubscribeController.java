package io.cmr.preference.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.preference.topic.Channel;
import io.cmr.preference.topic.Topic;
import io.cmr.preference.topic.Topics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One-click unsubscribe (RFC 8058): senders get signed links, customers use them without logging in. */
@RestController
class UnsubscribeController {

    private static final String ONE_CLICK = "One-Click";

    private final UnsubscribeTokens tokens;
    private final OneClickUnsubscribe unsubscribe;
    private final Topics topics;
    private final UnsubscribeProperties properties;

    UnsubscribeController(UnsubscribeTokens tokens, OneClickUnsubscribe unsubscribe, Topics topics,
            UnsubscribeProperties properties) {
        this.tokens = tokens;
        this.unsubscribe = unsubscribe;
        this.topics = topics;
        this.properties = properties;
    }

    @Operation(summary = "A one-click unsubscribe link for a message about to be sent (service accounts)",
            description = "Put `path` (on the public host) in the message's List-Unsubscribe header, with "
                    + "`List-Unsubscribe-Post: List-Unsubscribe=One-Click`.")
    @ApiResponse(responseCode = "201", description = "Issued")
    @ApiResponse(responseCode = "400", description = "Unknown topic or channel not allowed for it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a service account", content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/internal/v1/unsubscribe-tokens")
    ResponseEntity<IssuedLink> issue(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody LinkRequest request) {
        Topic topic = topics.find(request.topicId()).orElseThrow(() -> invalid("topicId", "there is no topic " + request.topicId()));
        if (!topic.allowedChannels().contains(request.channel())) {
            throw invalid("channel", request.channel() + " is not allowed for " + topic.id());
        }
        UnsubscribeTokens.Claims claims = tokens.claims(request.customerId(), topic.id(), request.channel(),
                caller.getClaimAsString("azp"));
        String token = tokens.issue(claims);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedLink(token, "/api/v1/unsubscribe?token=" + token, claims.expiresAt()));
    }

    @Operation(summary = "The confirmation page of a one-click link; changes nothing (mail scanners follow links)")
    @ApiResponse(responseCode = "200", description = "Asks to confirm", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "400", description = "Forged, altered or expired link", content = @Content(mediaType = "text/html"))
    @GetMapping(path = "/api/v1/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        var claims = tokens.verify(token);
        if (claims.isEmpty()) {
            return html(HttpStatus.BAD_REQUEST, UnsubscribePage.invalid(properties.preferencesPage()));
        }
        return topics.find(claims.get().topicId())
                .map(topic -> html(HttpStatus.OK, UnsubscribePage.confirm(topic, claims.get(), token)))
                .orElseGet(() -> html(HttpStatus.GONE, UnsubscribePage.topicGone(properties.preferencesPage())));
    }

    @Operation(summary = "One-click unsubscribe (RFC 8058): turns the link's topic-channel off, without login; idempotent",
            description = "Form body `List-Unsubscribe=One-Click`. The last channel of a mandatory topic stays on.")
    @ApiResponse(responseCode = "200", description = "Off (or already off)", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "400", description = "Forged, altered or expired link, or another body", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "409", description = "Last channel of a mandatory topic: stays on", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "410", description = "The topic no longer exists", content = @Content(mediaType = "text/html"))
    @PostMapping(path = "/api/v1/unsubscribe", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token,
            @Schema(allowableValues = ONE_CLICK) @RequestParam(name = "List-Unsubscribe", required = false) String oneClick) {
        var claims = tokens.verify(token);
        if (claims.isEmpty() || !ONE_CLICK.equals(oneClick)) {
            return html(HttpStatus.BAD_REQUEST, UnsubscribePage.invalid(properties.preferencesPage()));
        }
        OneClickUnsubscribe.Outcome outcome = unsubscribe.turnOff(claims.get());
        return switch (outcome.result()) {
            case TURNED_OFF, ALREADY_OFF -> html(HttpStatus.OK,
                    UnsubscribePage.done(outcome.topic(), claims.get(), properties.preferencesPage()));
            case MANDATORY -> html(HttpStatus.CONFLICT,
                    UnsubscribePage.mandatory(outcome.topic(), claims.get(), properties.preferencesPage()));
            case TOPIC_GONE -> html(HttpStatus.GONE, UnsubscribePage.topicGone(properties.preferencesPage()));
        };
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(page);
    }

    private static ErrorResponseException invalid(String field, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                Problems.validation(List.of(new FieldProblem(field, message))), null);
    }

    @Schema(example = "{\"customerId\":\"alice-id\",\"topicId\":\"delivery-updates\",\"channel\":\"SMS\"}")
    record LinkRequest(@NotBlank @Size(max = 100) String customerId, @NotBlank @Size(max = 50) String topicId,
            @NotNull Channel channel) {
    }

    record IssuedLink(String token, String path, Instant expiresAt) {
    }
}
