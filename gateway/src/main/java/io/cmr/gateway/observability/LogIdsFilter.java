package io.cmr.gateway.observability;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/** Runs the rest of the filter chain with the request's {@link LogIds} in the MDC ({@link LogCorrelation}). */
final class LogIdsFilter implements WebFilter, Ordered {

    private final int order;
    private final boolean intoContext;

    /** @param intoContext whether to put the ids in the Reactor context too (once is enough) */
    LogIdsFilter(int order, boolean intoContext) {
        this.order = order;
        this.intoContext = intoContext;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        LogIds ids = LogIds.of(exchange);
        Mono<Void> rest = chain.filter(exchange);
        return WithLogIds.around(intoContext ? rest.contextWrite(Context.of(LogIds.ATTRIBUTE, ids)) : rest, ids);
    }

    @Override
    public int getOrder() {
        return order;
    }
}
