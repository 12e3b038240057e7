package io.cmr.orderstatus.order.web;

import java.util.List;
import java.util.regex.Pattern;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;

import org.springframework.web.ErrorResponseException;
import org.springframework.http.HttpStatus;

/** The shape of ids that arrive in paths. */
final class OrderIds {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private OrderIds() {
    }

    static void check(String orderId) {
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw invalid(List.of(new FieldProblem("orderId", "must be 1-100 letters, digits, '.', '_' or '-'")));
        }
    }

    static ErrorResponseException invalid(List<FieldProblem> problems) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
    }
}
