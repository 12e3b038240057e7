package io.cmr.platform.servlet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** For the security handlers, which answer before any controller or message converter is involved. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    /** Boot's mapper writes a {@link ProblemDetail} as RFC 9457 wants it, extension members at the top. */
    static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
