package io.cmr.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import io.cmr.gateway.observability.AccessLog;
import io.cmr.gateway.routing.ForwardedHeaders;
import io.cmr.platform.reactive.ProblemResponses;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A token bucket per caller (the token's client, or the address of a caller without one) and
 * limit, so that one partner's burst cannot starve the others. Every answer says how much is
 * left ({@code RateLimit-*}); a refused request gets a 429 problem with {@code Retry-After} and
 * never reaches a service.
 */
@Component
class RateLimits implements GlobalFilter, Ordered {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final RateLimitSettings settings;
    private final ForwardedHeaders forwarded;
    private final ProblemResponses problems;
    private final BucketStore buckets;

    RateLimits(RateLimitSettings settings, ForwardedHeaders forwarded, ProblemResponses problems, BucketStore buckets) {
        this.settings = settings;
        this.forwarded = forwarded;
        this.problems = problems;
        this.buckets = buckets;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!settings.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> clientOf((JwtAuthenticationToken) principal))
                .defaultIfEmpty("")
                .flatMap(client -> admit(exchange, chain, client));
    }

    private Mono<Void> admit(ServerWebExchange exchange, GatewayFilterChain chain, String client) {
        if (!client.isEmpty()) {
            exchange.getAttributes().put(AccessLog.CLIENT_ATTRIBUTE, client);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route != null ? route.getId() : "";
        RateLimitSettings.Limit limit = limitFor(client, routeId);
        String caller = client.isEmpty() ? "address:" + forwarded.clientAddress(exchange.getRequest()) : "client:" + client;
        String scope = settings.clients().containsKey(client) ? "" : routeId;
        return buckets.tryConsume(caller + "|" + scope + "|" + limit.requests() + "/" + limit.per(), limit)
                .flatMap(probe -> answer(exchange, chain, limit, probe));
    }

    private Mono<Void> answer(ServerWebExchange exchange, GatewayFilterChain chain, RateLimitSettings.Limit limit,
            ConsumptionProbe probe) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(LIMIT, Integer.toString(limit.requests()));
        headers.set(REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.set(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "More than " + limit.requests() + " requests in " + limit.per() + " for this caller. Try again in "
                        + retryAfter + " s.");
        return problems.write(exchange, problem);
    }

    private RateLimitSettings.Limit limitFor(String client, String routeId) {
        if (settings.clients().containsKey(client)) {
            return settings.clients().get(client);
        }
        if (settings.routes().containsKey(routeId)) {
            return settings.routes().get(routeId);
        }
        return client.isEmpty() ? settings.anonymous() : settings.authenticated();
    }

    /** The token's client: Keycloak names it in {@code azp}. */
    private static String clientOf(JwtAuthenticationToken token) {
        String client = token.getToken().getClaimAsString("azp");
        return client != null ? client : token.getName();
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Before routing, after security has named the caller. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
