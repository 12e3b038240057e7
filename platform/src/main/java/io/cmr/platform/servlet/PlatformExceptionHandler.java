package io.cmr.platform.servlet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Spring's own handler turns the standard MVC exceptions (unknown path, wrong method, wrong
 * content type...) into problems; this adds what it does not: the failing fields, the 413 of an
 * oversized body, and a 500 that hides what went wrong.
 */
@RestControllerAdvice
class PlatformExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(
                error -> errors.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(
                error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problem(Problems.validation(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problem(Problems.validation(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handlePayloadTooLarge(tooLarge);
        }
        DatabindException binding = causeOfType(ex, DatabindException.class);
        if (binding != null && !binding.getPath().isEmpty()) {
            String field = fieldPath(binding);
            return problem(Problems.malformedBody("The request body has a value of the wrong type or shape at '"
                    + field + "'.", List.of(new FieldProblem(field, "has the wrong type or shape"))), headers);
        }
        String detail = causeOfType(ex, JacksonException.class) != null
                ? "The request body is not valid JSON."
                : "The request body is missing or cannot be read.";
        return problem(Problems.malformedBody(detail, List.of()), headers);
    }

    /** Directly when a controller reads the body itself, wrapped when a message converter does. */
    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> handlePayloadTooLarge(PayloadTooLargeException ex) {
        return problem(Problems.payloadTooLarge(ex.limit()), new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        // The cause on the line that carries the request id, so one search finds both.
        log.error("Unhandled exception: {}", ex.toString(), ex);
        return problem(Problems.unexpected(), new HttpHeaders());
    }

    private static String fieldPath(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
