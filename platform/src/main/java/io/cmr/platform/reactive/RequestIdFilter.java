package io.cmr.platform.reactive;

import io.cmr.platform.correlation.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request its correlation id before anything else runs, forwards it to the app
 * behind, and returns it to the caller, so one id follows a call through every log.
 */
public class RequestIdFilter implements WebFilter, Ordered {

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

    /** The id given to this exchange, for log lines written outside the reactive pipeline. */
    public static String requestIdOf(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, "");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        // Attributes are shared with the error handlers, which see the exchange as it arrived.
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
        // Set once the response is complete, replacing the copy the app behind sends back.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
