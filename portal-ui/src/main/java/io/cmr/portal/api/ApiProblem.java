package io.cmr.portal.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import feign.FeignException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.validation.Errors;

/**
 * A 4xx answer of the API, read from its RFC 9457 problem: the status, the detail, and each field
 * problem ({@code errors[]} of field and message), so a form can show each next to its field.
 */
public class ApiProblem extends RuntimeException {

    /** The message key of a problem the API gave: the API's own (English) text, introduced in the page's language. */
    public static final String REFUSED = "api.refused";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record FieldMessage(String field, String message) {
    }

    private final int status;
    private final String detail;
    private final List<FieldMessage> errors;
    private final String etag;

    public ApiProblem(int status, String detail, List<FieldMessage> errors, String etag) {
        super("The API answered " + status + ": " + detail);
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.etag = etag;
    }

    static ApiProblem of(FeignException answer) {
        String detail = null;
        List<FieldMessage> errors = new ArrayList<>();
        byte[] body = answer.responseBody().map(buffer -> {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }).orElse(new byte[0]);
        if (body.length > 0) {
            try {
                JsonNode problem = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
                for (JsonNode error : problem.path("errors")) {
                    errors.add(new FieldMessage(error.path("field").asString(), error.path("message").asString()));
                }
            }
            catch (RuntimeException notJson) {
                detail = null;
            }
        }
        return new ApiProblem(answer.status(), detail, errors, header(answer.responseHeaders(), "ETag"));
    }

    private static String header(Map<String, Collection<String>> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    /** The current version's ETag a 412 carries, when it does. */
    public String etag() {
        return etag;
    }

    /**
     * Each field problem on the form field it concerns ({@code formField} answers null for a field the
     * form does not have), the others and a problem without fields as errors of the whole form.
     */
    public void rejectInto(Errors form, Function<String, String> formField) {
        if (errors.isEmpty()) {
            form.reject(REFUSED, new Object[] { detail == null ? "HTTP " + status : detail }, detail);
            return;
        }
        for (FieldMessage error : errors) {
            String field = error.field() == null ? null : formField.apply(error.field());
            if (field != null) {
                form.rejectValue(field, REFUSED, new Object[] { error.message() }, error.message());
            }
            else {
                form.reject(REFUSED, new Object[] { error.field() + " " + error.message() }, error.message());
            }
        }
    }
}
