package io.cmr.gateway.routing;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import io.cmr.platform.reactive.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;

/**
 * The services' internal and actuator paths do not exist from outside: 404 before any token is
 * looked at, however the path is written (case, repeated slashes, path parameters, percent-encoding).
 * The firewall has already refused encoded slashes and dot segments.
 */
@Component
class ClosedPaths implements WebFilter, Ordered, ApplicationListener<WebServerInitializedEvent> {

    private static final Pattern CLOSED = Pattern.compile("/+(internal|actuator)(/.*)?");
    private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/]*");

    private final ProblemResponses problems;
    private volatile int publicPort = -1;

    ClosedPaths(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Web filters also run on the management server, whose actuator must stay reachable there. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            publicPort = event.getWebServer().getPort();
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        boolean publicServer = local == null || local.getPort() == publicPort;
        return publicServer && isClosed(rawPath)
                ? problems.write(exchange, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "Nothing is published at " + rawPath + "."))
                : chain.filter(exchange);
    }

    static boolean isClosed(String rawPath) {
        String decoded = UriUtils.decode(PATH_PARAMETERS.matcher(rawPath).replaceAll(""), StandardCharsets.UTF_8);
        return CLOSED.matcher(decoded.toLowerCase(Locale.ROOT)).matches();
    }

    /** Right after the request id is given, before security: an unknown path is unknown to everyone. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
