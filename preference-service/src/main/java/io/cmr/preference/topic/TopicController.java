package io.cmr.preference.topic;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.preference.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TopicController {

    private static final String PROBLEM = "application/problem+json";

    private final Topics topics;

    TopicController(Topics topics) {
        this.topics = topics;
    }

    @Operation(summary = "The catalog of topics customers can choose about")
    @ApiResponse(responseCode = "200", description = "Every topic")
    @ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @GetMapping("/api/v1/topics")
    List<TopicResponse> catalog() {
        return topics.all().stream().map(TopicResponse::of).toList();
    }

    @Operation(summary = "Adds a topic (admin)")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "400", description = "Invalid topic", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "A topic with that id exists", content = @Content(mediaType = PROBLEM))
    @PostMapping("/api/v1/admin/topics")
    ResponseEntity<TopicResponse> add(@Valid @RequestBody TopicRequest request) {
        List<FieldProblem> problems = request.problems();
        if (request.id() == null) {
            problems = new ArrayList<>(problems);
            problems.add(new FieldProblem("id", "must not be null"));
        }
        check(problems);
        var insertion = topics.create(request);
        if (!insertion.inserted()) {
            throw IfMatch.problem(HttpStatus.CONFLICT, "Topic " + request.id() + " already exists.");
        }
        Topic topic = insertion.document();
        return ResponseEntity.created(URI.create("/api/v1/admin/topics/" + topic.id()))
                .eTag(IfMatch.etag(topic.version())).body(TopicResponse.of(topic));
    }

    @Operation(summary = "Changes a topic (admin); customers' choices stay as they are")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Invalid topic", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such topic", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "Changed by someone else since read", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    @PutMapping("/api/v1/admin/topics/{id}")
    ResponseEntity<TopicResponse> change(@PathVariable String id,
            @Schema(example = "\"1\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TopicRequest request) {
        List<FieldProblem> problems = new ArrayList<>(request.problems());
        if (request.id() != null && !request.id().equals(id)) {
            problems.add(new FieldProblem("id", "must be the topic's id in the path, or absent"));
        }
        check(problems);
        long expected = IfMatch.version(ifMatch);
        Topic topic = IfMatch.updated(topics.replace(id, expected, request), "Topic " + id);
        return ResponseEntity.ok().eTag(IfMatch.etag(topic.version())).body(TopicResponse.of(topic));
    }

    @Operation(summary = "Removes a topic (admin); idempotent")
    @ApiResponse(responseCode = "204", description = "Gone")
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    @DeleteMapping("/api/v1/admin/topics/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        topics.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
    }
}
