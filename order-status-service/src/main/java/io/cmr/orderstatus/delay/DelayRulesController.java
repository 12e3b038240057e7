package io.cmr.orderstatus.delay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cmr.orderstatus.order.domain.DelayRules;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/delay-rules")
@Tag(name = "Delay rules (admin)")
class DelayRulesController {

    private static final Duration MAX = Duration.ofDays(30);

    private final DelayRulesStore store;

    DelayRulesController(DelayRulesStore store) {
        this.store = store;
    }

    /** The thresholds as ISO-8601 durations. */
    record DelayRulesBody(
            @Schema(description = "How long a shipment on its way may go without a carrier event", example = "PT48H") @NotNull Duration staleAfter,
            @Schema(description = "How far past the promised window an ETA may be", example = "PT0S") @NotNull Duration etaTolerance,
            @Schema(description = "How long after the promised window an undelivered order is late", example = "PT0S") @NotNull Duration windowGrace) {

        static DelayRulesBody of(DelayRules rules) {
            return new DelayRulesBody(rules.staleAfter(), rules.etaTolerance(), rules.windowGrace());
        }
    }

    @GetMapping
    @Operation(summary = "The delay rules in force (role admin)")
    @ApiResponse(responseCode = "200", description = "The rules")
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DelayRulesBody get() {
        return DelayRulesBody.of(store.current());
    }

    @PutMapping
    @Operation(summary = "Change the delay rules (role admin)", description = "Applies to every later event and delay check.")
    @ApiResponse(responseCode = "200", description = "The rules now in force")
    @ApiResponse(responseCode = "400", description = "A threshold out of range", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DelayRulesBody put(@Valid @RequestBody DelayRulesBody body, Authentication admin) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.staleAfter().compareTo(Duration.ofMinutes(1)) < 0 || body.staleAfter().compareTo(MAX) > 0) {
            problems.add(new FieldProblem("staleAfter", "must be between PT1M and P30D"));
        }
        if (body.etaTolerance().isNegative() || body.etaTolerance().compareTo(MAX) > 0) {
            problems.add(new FieldProblem("etaTolerance", "must be between PT0S and P30D"));
        }
        if (body.windowGrace().isNegative() || body.windowGrace().compareTo(MAX) > 0) {
            problems.add(new FieldProblem("windowGrace", "must be between PT0S and P30D"));
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        return DelayRulesBody.of(store.replace(new DelayRules(body.staleAfter(), body.etaTolerance(), body.windowGrace()),
                admin.getName()));
    }
}
