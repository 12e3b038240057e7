package io.cmr.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.cmr.gateway.observability.LogIds;
import io.cmr.platform.problem.Problems;
import io.cmr.platform.reactive.ProblemResponses;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Every error the gateway itself answers (no route, an app that is down or too slow, a bug) as
 * a problem. Runs before Boot's JSON error handler, which would otherwise answer.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        // An error may end a request on any thread: the request's ids are put in the MDC for these lines.
        try (LogIds.Scope ignored = LogIds.of(exchange).open()) {
            return problems.write(exchange, problemFor(error, exchange));
        }
    }

    private static ProblemDetail problemFor(Throwable error, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        if (causedBy(error, ConnectException.class) || causedBy(error, ConnectTimeoutException.class)) {
            log.warn("No service reachable behind {}: {}", path, error.toString());
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path cannot be reached right now. Try again shortly.");
        }
        // Spring Cloud Gateway's breaker filter turns Resilience4j's refusal into its own exception.
        if (causedBy(error, CallNotPermittedException.class) || causedBy(error, ServiceUnavailableException.class)) {
            log.warn("The service behind {} is failing; its circuit breaker is open", path);
            return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path is failing and is being given a moment to recover. Try again shortly.");
        }
        // The routing filter's own response timeout is a gateway TimeoutException, not the JDK's.
        if (causedBy(error, TimeoutException.class)
                || causedBy(error, org.springframework.cloud.gateway.support.TimeoutException.class)) {
            log.warn("The service behind {} did not answer in time", path);
            return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT,
                    "The service behind this path did not answer in time.");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            ProblemDetail problem = ProblemDetail.forStatus(code);
            if (code.value() == HttpStatus.NOT_FOUND.value()) {
                problem.setDetail("Nothing is published at " + path + ".");
            }
            else if (code.is4xxClientError() && status.getReason() != null) {
                problem.setDetail(status.getReason());
            }
            return problem;
        }
        log.error("Unhandled gateway error on {}", path, error);
        return Problems.unexpected();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
