package io.cmr.preference.consent;

import java.time.Instant;
import java.util.List;

import io.cmr.preference.IfMatch;
import io.cmr.preference.topic.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
class ConsentController {

    private final ConsentLedger ledger;

    ConsentController(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "The caller's consent history, newest first",
            description = "Every switch of a topic-channel on or off, by whom and through which application. "
                    + "Pass `next` back as `cursor` for the following page.")
    @ApiResponse(responseCode = "200", description = "One page")
    @ApiResponse(responseCode = "400", description = "Bad cursor or limit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a customer", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/preferences/me/consents")
    ConsentPage mine(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        try {
            ConsentLedger.Page page = ledger.page(token.getSubject(), cursor, limit);
            return new ConsentPage(page.entries().stream().map(ConsentView::of).toList(), page.next());
        }
        catch (ConsentLedger.InvalidCursor ex) {
            throw IfMatch.problem(HttpStatus.BAD_REQUEST, ex.getMessage());
        }
    }

    record ConsentPage(List<ConsentView> entries, String next) {
    }

    record ConsentView(String topicId, Channel channel, boolean before, boolean after, Instant at, String actor,
            String clientId, long wordingVersion) {

        static ConsentView of(ConsentEntry entry) {
            return new ConsentView(entry.topicId(), entry.channel(), entry.before(), entry.after(), entry.at(),
                    entry.actor(), entry.clientId(), entry.wordingVersion());
        }
    }
}
