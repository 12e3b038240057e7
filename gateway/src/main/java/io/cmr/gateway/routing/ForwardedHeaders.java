package io.cmr.gateway.routing;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the app behind how the client reached the gateway (scheme, host, port, address), so the
 * portal builds its links and login redirects for that address. Spring Cloud Gateway's own filter
 * forwards nothing at all for a client that is not a trusted proxy; this replaces whatever such a
 * client sent and keeps only what the configured proxies in front of the gateway say.
 */
@Component
public class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    static final String FOR = "X-Forwarded-For";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    static final String PROTO = "X-Forwarded-Proto";
    private static final List<String> FORWARDING = List.of("Forwarded", FOR, HOST, PORT, PROTO, "X-Forwarded-Prefix");

    /** @param trustedProxies addresses (a regular expression) of proxies in front of the gateway; none when unset */
    @ConfigurationProperties("cmr.gateway.forwarded")
    record Settings(Pattern trustedProxies) {
    }

    private final Pattern trustedProxies;

    ForwardedHeaders(Settings settings) {
        this.trustedProxies = settings.trustedProxies();
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String client = connectionAddress(request);
        HttpHeaders headers = HttpHeaders.copyOf(input);
        FORWARDING.forEach(headers::remove);
        if (fromTrustedProxy(request)) {
            // From the request as it came: Spring Cloud Gateway's own filters may have removed them.
            FORWARDING.stream().filter(request.getHeaders()::containsHeader)
                    .forEach(name -> headers.addAll(name, request.getHeaders().getOrEmpty(name)));
        }
        headers.add(FOR, client);
        setIfAbsent(headers, request);
        return headers;
    }

    /** The scheme the client used: what a trusted proxy says, else the gateway's own. */
    public String clientScheme(ServerHttpRequest request) {
        String forwarded = fromTrustedProxy(request) ? request.getHeaders().getFirst(PROTO) : null;
        return forwarded != null ? forwarded : request.getURI().getScheme();
    }

    private boolean fromTrustedProxy(ServerHttpRequest request) {
        return trustedProxies != null && trustedProxies.matcher(connectionAddress(request)).matches();
    }

    /** The client's own address: the first one a trusted proxy names, else the connection's. */
    public String clientAddress(ServerHttpRequest request) {
        String connection = connectionAddress(request);
        if (trustedProxies != null && trustedProxies.matcher(connection).matches()) {
            String first = request.getHeaders().getFirst(FOR);
            if (first != null && !first.isBlank()) {
                return first.split(",")[0].trim();
            }
        }
        return connection;
    }

    private static String connectionAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null ? remote.getAddress().getHostAddress() : "unknown";
    }

    /** What the client used: its Host header as written, the scheme, and the port (the scheme's own when none is written). */
    private static void setIfAbsent(HttpHeaders headers, ServerHttpRequest request) {
        URI uri = request.getURI();
        String host = request.getHeaders().getFirst(HttpHeaders.HOST);
        if (!headers.containsHeader(PROTO)) {
            headers.set(PROTO, uri.getScheme());
        }
        if (!headers.containsHeader(HOST) && host != null) {
            headers.set(HOST, host);
        }
        if (!headers.containsHeader(PORT)) {
            headers.set(PORT, Integer.toString(uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80));
        }
    }

    /** Last, after the filters that remove or rewrite forwarding headers. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
