package io.cmr.platform.problem;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Boot's whitelabel/JSON error page for errors raised outside Spring MVC (in filters or
 * by the container), so every error path answers with a problem, whatever the Accept header.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final ProblemWriter writer;

    public ProblemErrorController(ErrorAttributes errorAttributes, ProblemWriter writer) {
        this.errorAttributes = errorAttributes;
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> attributes = errorAttributes.getErrorAttributes(new ServletWebRequest(request),
                ErrorAttributeOptions.defaults());
        HttpStatus status = HttpStatus.resolve(attributes.get("status") instanceof Integer code ? code : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        if (status.is4xxClientError()) {
            problem.setDetail(status.getReasonPhrase());
        }
        writer.write(response, problem);
    }
}
