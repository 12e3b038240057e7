package io.cmr.gateway.routing;

import io.cmr.platform.reactive.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body declared larger than any service takes before it is read or forwarded; Spring
 * Cloud Gateway's own filter answers without a body. Chunked bodies are left to the services,
 * which count what they read.
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimit(ServiceProtection protection, ProblemResponses problems) {
        this.maxBytes = protection.maxRequestBody().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return problems.write(exchange, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than the limit of " + maxBytes + " bytes."));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }
}
