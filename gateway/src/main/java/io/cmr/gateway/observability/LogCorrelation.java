package io.cmr.gateway.observability;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * The request id and trace in every line the gateway logs for a request, whatever thread writes it,
 * at a small fixed cost per request. Reactor's automatic context propagation did this by restoring
 * every registered thread-local (MDC, the current observation and its tracing scope, Spring
 * Security's holders) around each signal of each operator: about a quarter of the gateway's CPU
 * per request. Here the ids are put into the MDC while a stage of the request runs on a thread:
 * from the start, again once Spring Security is done (a token checked for the first time may
 * continue on the thread that fetched Keycloak's keys), and again for the forwarded call after the
 * rate limit (which may continue on the Redis client's thread). Each stage's work up to its next
 * wait runs within its subscription, so its log lines carry the ids. The access log and the error
 * handler put them in themselves; the ids also ride in the Reactor context for code that logs
 * after a wait of its own ({@link LogIds#of(reactor.util.context.ContextView)}).
 */
@Configuration(proxyBeanMethods = false)
class LogCorrelation {

    /** Spring Security's whole chain is one web filter of this order (its WebFluxSecurityConfiguration). */
    private static final int SPRING_SECURITY = -100;

    /** Right after the request id is given, around everything else including the access log. */
    @Bean
    WebFilter logIdsFromTheStart() {
        return new LogIdsFilter(Ordered.HIGHEST_PRECEDENCE + 1, true);
    }

    /** Right after Spring Security's chain, whose token check may have moved the request to another thread. */
    @Bean
    WebFilter logIdsAfterSecurity() {
        return new LogIdsFilter(SPRING_SECURITY + 1, false);
    }

    /** Right after the rate limit, whose shared store may answer on its own thread. */
    @Bean
    GlobalFilter logIdsAfterTheRateLimit() {
        return new ForwardingStage();
    }

    /** Just after the rate limits (their order + 1). */
    private static final class ForwardingStage implements GlobalFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return WithLogIds.around(chain.filter(exchange), LogIds.of(exchange));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 101;
        }
    }
}
