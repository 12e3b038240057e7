package io.cmr.orderstatus.contact.web;

import java.net.URI;
import java.util.List;

import io.cmr.orderstatus.contact.ContactReason;
import io.cmr.orderstatus.contact.Names;
import io.cmr.orderstatus.contact.Taxonomy;
import io.cmr.orderstatus.contact.domain.ReasonKind;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Contact reasons", description = "The two-level taxonomy every contact is coded with")
class ContactReasonController {

    private static final String PROBLEM = "application/problem+json";
    private static final int ATTEMPTS = 10;

    private final Taxonomy taxonomy;

    ContactReasonController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record Taxon(@Schema(example = "delivery") String code, Names name, List<Reason> reasons) {
    }

    record Reason(@Schema(example = "WHERE_IS_MY_ORDER") String code, @Schema(example = "delivery") String category,
            Names name, ReasonKind kind, boolean retired) {

        static Reason of(ContactReason reason) {
            return new Reason(reason.code(), reason.category(), reason.name(), reason.kind(), reason.retired());
        }
    }

    record NewReason(
            @Schema(description = "Upper case, digits and underscores", example = "PARCEL_LOCKER")
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,49}") String code,
            @Schema(example = "delivery") @NotBlank @Size(max = 50) String category,
            @NotNull @Valid Names name,
            @NotNull ReasonKind kind) {
    }

    record ReasonChange(
            @Schema(example = "delivery") @NotBlank @Size(max = 50) String category,
            @NotNull @Valid Names name,
            @NotNull ReasonKind kind,
            @Schema(description = "A retired reason is kept for old contacts; new contacts cannot use it")
            boolean retired) {
    }

    @GetMapping("/api/v1/contact-reasons")
    @Operation(summary = "The taxonomy: categories and their reasons (any signed-in caller)")
    @ApiResponse(responseCode = "200", description = "Categories with their reasons; retired ones only when asked")
    List<Taxon> taxonomy(@RequestParam(defaultValue = "false") boolean includeRetired) {
        List<ContactReason> reasons = taxonomy.reasons();
        return taxonomy.categories().stream().map(category -> new Taxon(category.code(), category.name(),
                reasons.stream().filter(r -> r.category().equals(category.code()))
                        .filter(r -> includeRetired || !r.retired()).map(Reason::of).toList()))
                .toList();
    }

    @PostMapping("/api/v1/admin/contact-reasons")
    @Operation(summary = "Add a reason (role admin)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "A missing or malformed field, or an unknown category",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The code exists (reasons are never deleted; change or retire it)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Reason> add(@Valid @RequestBody NewReason request) {
        requireCategory(request.category());
        Insertion<ContactReason> added = taxonomy.add(request.code(), request.category(), request.name(), request.kind());
        if (!added.inserted()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Reason " + request.code() + " exists.");
        }
        return ResponseEntity.created(URI.create("/api/v1/contact-reasons")).body(Reason.of(added.document()));
    }

    @PutMapping("/api/v1/admin/contact-reasons/{code}")
    @Operation(summary = "Change or retire a reason (role admin)", description = "Reasons are retired, never deleted.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "A missing or malformed field, or an unknown category",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    Reason change(@PathVariable String code, @Valid @RequestBody ReasonChange request) {
        requireCategory(request.category());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ContactReason reason = taxonomy.reason(code)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No reason " + code + "."));
            if (taxonomy.change(reason, request.category(), request.name(), request.kind(), request.retired())
                    instanceof VersionedUpdate.Updated<ContactReason> updated) {
                return Reason.of(updated.document());
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "Reason " + code + " is changing; retry.");
    }

    private void requireCategory(String category) {
        if (taxonomy.category(category).isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    Problems.validation(List.of(new FieldProblem("category", "no such category"))), null);
        }
    }
}
