package io.cmr.orderstatus.contact.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.cmr.orderstatus.contact.Elimination;
import io.cmr.orderstatus.contact.Eliminations;
import io.cmr.orderstatus.contact.Taxonomy;
import io.cmr.orderstatus.contact.WeeklyReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Contact elimination", description = "The backlog of contact causes to remove, ranked by what they cost")
class EliminationController {

    private static final String PROBLEM = "application/problem+json";

    private final Eliminations eliminations;
    private final Taxonomy taxonomy;
    private final WeeklyReports reports;

    EliminationController(Eliminations eliminations, Taxonomy taxonomy, WeeklyReports reports) {
        this.eliminations = eliminations;
        this.taxonomy = taxonomy;
        this.reports = reports;
    }

    record EliminationRequest(
            @Schema(example = "logistics-team") @Size(max = 100) String owner,
            @Schema(description = "What one contact costs", example = "4.5") @PositiveOrZero @DecimalMax("100000") Double costPerContact,
            @Schema(example = "EUR") @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull Elimination.Status status) {
    }

    /**
     * @param weeklyVolume average weekly contacts of the last four complete weeks
     * @param estimatedWeeklyCost volume × cost per contact; null without a cost
     */
    record EliminationView(@Schema(example = "WHERE_IS_MY_ORDER") String reasonCode, String owner,
            Double costPerContact, String currency, Elimination.Status status, Instant doneAt,
            @Schema(example = "120.5") double weeklyVolume, @Schema(example = "542.25") Double estimatedWeeklyCost) {
    }

    @GetMapping("/api/v1/admin/contact-reasons/{code}/elimination")
    @Operation(summary = "A reason's elimination entry with its estimated weekly cost (role admin)")
    @ApiResponse(responseCode = "200", description = "The entry; OPEN without owner or cost when never set")
    @ApiResponse(responseCode = "404", description = "No such reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    EliminationView get(@PathVariable String code) {
        requireReason(code);
        return view(eliminations.of(code));
    }

    @PutMapping("/api/v1/admin/contact-reasons/{code}/elimination")
    @Operation(summary = "Set a reason's owner, cost per contact and status (role admin)",
            description = "Setting DONE records when; the weekly report then shows the volume before and after.")
    @ApiResponse(responseCode = "200", description = "Set")
    @ApiResponse(responseCode = "400", description = "Unknown status, negative cost, malformed currency",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    EliminationView set(@PathVariable String code, @Valid @RequestBody EliminationRequest request) {
        requireReason(code);
        return view(eliminations.set(code, request.owner(), request.costPerContact(),
                request.currency() != null ? request.currency() : "EUR", request.status()));
    }

    @GetMapping("/api/v1/admin/contact-eliminations")
    @Operation(summary = "The backlog: every entry, the most costly per week first (role admin)")
    @ApiResponse(responseCode = "200", description = "Entries that were set")
    List<EliminationView> backlog() {
        return eliminations.all().stream().map(this::view)
                .sorted(Comparator.comparing((EliminationView v) -> v.estimatedWeeklyCost() == null ? -1 : v.estimatedWeeklyCost())
                        .reversed())
                .toList();
    }

    private EliminationView view(Elimination elimination) {
        double volume = reports.recentWeeklyVolume(elimination.reasonCode());
        return new EliminationView(elimination.reasonCode(), elimination.owner(), elimination.costPerContact(),
                elimination.currency(), elimination.status(), elimination.doneAt(), volume,
                elimination.costPerContact() == null ? null : volume * elimination.costPerContact());
    }

    private void requireReason(String code) {
        if (taxonomy.reason(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No reason " + code + ".");
        }
    }
}
