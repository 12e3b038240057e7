package io.cmr.orderstatus.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cmr.orderstatus.notification.MessageRenderer.RenderedMessage;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/templates")
@Tag(name = "Message templates (admin)", description = "The words of every notice, per topic, kind, channel and language. "
        + "Topic 'default' serves every topic without a template of its own.")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class TemplateController {

    private static final Pattern STRONG_ETAG = Pattern.compile("\"(\\d{1,18})\"");
    private static final int MAX_PAGE = 200;

    private final MessageTemplates templates;
    private final TemplateRenderer renderer;

    TemplateController(MessageTemplates templates, TemplateRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    @Schema(description = "A template's words. E-mail: subject, text and html; SMS: text only; IN_APP and PUSH: subject (the title) and text. "
            + "Placeholders are written {{name}} and must be among the kind's placeholders.")
    record TemplateBody(
            @Schema(example = "Your order {{orderId}} has shipped") @Size(max = 200) String subject,
            @Schema(example = "Your order {{orderId}} is on its way with {{carrier}}.") @Size(max = 10_000) String text,
            @Schema(example = "<p>Your order {{orderId}} is on its way.</p>") @Size(max = 50_000) String html) {

        TemplateContent content() {
            return new TemplateContent(subject, text, html);
        }
    }

    record TemplateResponse(String topicId, String kind, String channel, String language, String subject, String text,
            String html, @Schema(description = "The placeholders this kind's templates may use") List<String> placeholders,
            long version, String updatedBy, String updatedAt) {

        static TemplateResponse of(MessageTemplate template) {
            return new TemplateResponse(template.topicId(), template.kind(), template.channel().name(), template.language(),
                    template.subject(), template.text(), template.html(),
                    TemplateKinds.placeholders(template.kind()).stream().sorted().toList(), template.version(),
                    template.updatedBy(), template.updatedAt().toString());
        }
    }

    record TemplatePage(List<TemplateResponse> templates, @Schema(description = "Cursor of the next page, absent on the last") String next) {
    }

    @Schema(description = "What to preview: the stored template for this key (with its language fallback), or the draft given in template.")
    record PreviewRequest(
            @Schema(example = "delivery-updates") @NotNull String topicId,
            @Schema(example = "SHIPPED") @NotNull String kind,
            @Schema(example = "EMAIL") @NotNull String channel,
            @Schema(example = "fr") @NotNull String language,
            @Schema(description = "Values that replace the samples") @Size(max = 50) Map<String, @Size(max = 2_000) String> values,
            @Schema(description = "An unsaved draft to render instead of the stored template") @Valid TemplateBody template) {
    }

    record PreviewResponse(String language, String subject, String text, String html,
            @Schema(description = "The values used: samples overridden by those given") Map<String, String> values) {
    }

    @GetMapping
    @Operation(summary = "The templates, in key order (role admin)")
    @ApiResponse(responseCode = "200", description = "One page of templates")
    @ApiResponse(responseCode = "400", description = "Bad filter, cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    TemplatePage list(@Parameter(description = "Only this topic ('default' for the defaults)") @RequestParam(required = false) String topicId,
            @Parameter(description = "Only this kind") @RequestParam(required = false) String kind,
            @Parameter(description = "Only this channel") @RequestParam(required = false) String channel,
            @Parameter(description = "Only this language") @RequestParam(required = false) String language,
            @Parameter(description = "The next value of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Templates per page, 1-200") @RequestParam(defaultValue = "100") int limit) {
        List<FieldProblem> problems = new ArrayList<>(TemplateKey.filterProblems(topicId, kind, channel, language));
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE));
        }
        String after = decodeCursor(cursor, problems);
        reject(problems);
        List<MessageTemplate> found = templates.list(topicId, kind, channel, language, after, limit + 1);
        if (found.size() <= limit) {
            return new TemplatePage(found.stream().map(TemplateResponse::of).toList(), null);
        }
        List<MessageTemplate> page = found.subList(0, limit);
        return new TemplatePage(page.stream().map(TemplateResponse::of).toList(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(page.get(limit - 1).id().getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping("/{topicId}/{kind}/{channel}/{language}")
    @Operation(summary = "One template, with its version as ETag (role admin)")
    @ApiResponse(responseCode = "200", description = "The template")
    @ApiResponse(responseCode = "400", description = "Unknown kind, channel or language", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No template for this key (rendering then falls back, see the preview)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TemplateResponse> one(@PathVariable String topicId, @PathVariable String kind,
            @PathVariable String channel, @PathVariable String language) {
        MessageTemplate template = templates.find(key(topicId, kind, channel, language))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No template for this topic, kind, channel and language."));
        return ResponseEntity.ok().eTag(etag(template.version())).body(TemplateResponse.of(template));
    }

    @PutMapping("/{topicId}/{kind}/{channel}/{language}")
    @Operation(summary = "Create or replace a template (role admin)",
            description = "Without If-Match it creates the template, which must not exist yet; with If-Match it replaces the version named. "
                    + "Placeholders are checked against the kind's: an unknown one is a 400 naming it, and nothing is stored.")
    @ApiResponse(responseCode = "200", description = "Replaced; the new version is in ETag")
    @ApiResponse(responseCode = "201", description = "Created; its version is in ETag")
    @ApiResponse(responseCode = "400", description = "Unknown key part, missing or superfluous part for the channel, too long, unknown or malformed placeholder",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "Changed since that ETag (current one in ETag), or not there to replace", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "The template exists: send its ETag in If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TemplateResponse> put(@PathVariable String topicId, @PathVariable String kind, @PathVariable String channel,
            @PathVariable String language, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TemplateBody body, Authentication admin) {
        TemplateKey key = key(topicId, kind, channel, language);
        TemplateContent content = body.content();
        reject(content.problems(key.channel(), key.kind()));
        if (ifMatch == null || ifMatch.isBlank()) {
            Insertion<MessageTemplate> created = templates.create(key, content, admin.getName());
            if (!created.inserted()) {
                throw problem(HttpStatus.PRECONDITION_REQUIRED, "This template exists: send the ETag of the version you are replacing in If-Match.");
            }
            return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(created.document().version()))
                    .body(TemplateResponse.of(created.document()));
        }
        VersionedUpdate<MessageTemplate> update = templates.replace(key, expectedVersion(ifMatch), content, admin.getName());
        if (update instanceof VersionedUpdate.Updated<MessageTemplate> updated) {
            return ResponseEntity.ok().eTag(etag(updated.document().version())).body(TemplateResponse.of(updated.document()));
        }
        ErrorResponseException stale = problem(HttpStatus.PRECONDITION_FAILED, update instanceof VersionedUpdate.Stale
                ? "The template changed since you read it: read it again, then make your change on the new version."
                : "There is no such template to replace: send no If-Match to create it.");
        if (update instanceof VersionedUpdate.Stale<MessageTemplate> current) {
            stale.getHeaders().setETag(etag(current.currentVersion()));
        }
        throw stale;
    }

    @PostMapping("/preview")
    @Operation(summary = "Render a template with sample or given values (role admin)",
            description = "Shows what a customer would get: the stored template (with the fallback to the other language) or an unsaved draft.")
    @ApiResponse(responseCode = "200", description = "The rendered message; html is escaped values in the template's markup")
    @ApiResponse(responseCode = "400", description = "Bad key or draft, unknown placeholder", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No template in either language", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PreviewResponse preview(@Valid @RequestBody PreviewRequest request) {
        TemplateKey key = key(request.topicId(), request.kind(), request.channel(), request.language());
        Map<String, String> values = new LinkedHashMap<>(TemplateKinds.samples(key.kind()));
        if (request.values() != null) {
            values.putAll(request.values());
        }
        RenderedMessage message;
        if (request.template() != null) {
            TemplateContent draft = request.template().content();
            reject(draft.problems(key.channel(), key.kind()).stream()
                    .map(p -> new FieldProblem("template." + p.field(), p.message())).toList());
            message = TemplateRenderer.render(draft, key.language(), values);
        }
        else {
            try {
                message = renderer.render(key.topicId(), key.kind(), key.channel(), key.language(), values);
            }
            catch (TemplateRenderer.NoTemplate ex) {
                throw problem(HttpStatus.NOT_FOUND, ex.getMessage());
            }
        }
        return new PreviewResponse(message.language(), message.subject(), message.text(), message.html(), values);
    }

    private static TemplateKey key(String topicId, String kind, String channel, String language) {
        TemplateKey.Parsed parsed = TemplateKey.parse(topicId, kind, channel, language);
        reject(parsed.problems());
        return parsed.key();
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
    }

    private static String decodeCursor(String cursor, List<FieldProblem> problems) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem("cursor", "is not a cursor this API gave"));
            return null;
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A weak or malformed tag names no version of ours, so it can never match. */
    private static long expectedVersion(String ifMatch) {
        Matcher matcher = STRONG_ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw problem(HttpStatus.PRECONDITION_FAILED, "If-Match must be the ETag of a version of this template.");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
