package io.cmr.platform.reactive;

import io.cmr.platform.tracing.TraceResponses;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Tells the caller the request's trace ({@link TraceResponses}), this app's span in it, replacing
 * what an app behind answered, so that the caller learns the trace id as the edge sees it.
 */
public class TraceResponseFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceResponse = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .flatMap(TraceResponses::of).orElse(null);
        exchange.getResponse().beforeCommit(() -> {
            if (traceResponse != null) {
                exchange.getResponse().getHeaders().set(TraceResponses.HEADER, traceResponse);
            }
            else {
                exchange.getResponse().getHeaders().remove(TraceResponses.HEADER);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
