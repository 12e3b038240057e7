package io.cmr.gateway.headers;

import io.cmr.gateway.routing.ForwardedHeaders;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Tells browsers to come back over https only, when they came over https: to the gateway itself
 * or to the trusted proxy in front of it that ends TLS. Spring Security's own writer only sees
 * the gateway's scheme, which is http behind such a proxy.
 */
@Component
class Hsts implements WebFilter, Ordered {

    static final String HEADER = "Strict-Transport-Security";
    static final String ONE_YEAR = "max-age=31536000 ; includeSubDomains";

    private final ForwardedHeaders forwarded;

    Hsts(ForwardedHeaders forwarded) {
        this.forwarded = forwarded;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if ("https".equalsIgnoreCase(forwarded.clientScheme(exchange.getRequest()))) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set(HEADER, ONE_YEAR);
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
