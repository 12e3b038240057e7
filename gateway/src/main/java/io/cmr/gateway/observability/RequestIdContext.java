package io.cmr.gateway.observability;

import io.cmr.platform.correlation.RequestIds;
import io.cmr.platform.reactive.RequestIdFilter;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Puts the request id in the Reactor context of everything the request runs, so that every log
 * line written for it, on whatever thread, carries the id: Reactor's automatic context propagation
 * ({@code spring.reactor.context-propagation=auto}) restores it into the MDC through
 * {@link RequestIdAccessor} wherever the request's work continues.
 */
@Component
class RequestIdContext implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).contextWrite(Context.of(RequestIds.MDC_KEY, RequestIdFilter.requestIdOf(exchange)));
    }

    /** Right after the request id is given, around everything else including the access log. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
