package io.cmr.gateway.observability;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One line per request once it is answered, refusals included: method, path, route, status,
 * duration, the token's client and the request id, so an operator can follow any call.
 */
@Component
public class AccessLog implements WebFilter, Ordered {

    /** Set by whoever knows the verified client of the token (the rate limits do). */
    public static final String CLIENT_ATTRIBUTE = AccessLog.class.getName() + ".client";

    private static final Logger log = LoggerFactory.getLogger("io.cmr.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> write(exchange, start));
    }

    private static void write(ServerWebExchange exchange, long start) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        // Written on whichever thread ends the request: the ids are put in for this line.
        try (LogIds.Scope ignored = LogIds.of(exchange).open()) {
            log.info("{} {} route={} status={} duration={}ms client={}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), route != null ? route.getId() : "-",
                    status != null ? status.value() : "-",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    exchange.getAttributeOrDefault(CLIENT_ATTRIBUTE, "-"));
        }
    }

    /** Right after the request id is given and put in the context, so that it times and logs everything else. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
