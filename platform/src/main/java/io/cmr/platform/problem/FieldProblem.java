package io.cmr.platform.problem;

/** One entry of a problem's {@code errors} array: which input is wrong and why. */
public record FieldProblem(String field, String message) {
}
