package io.cmr.systemtests;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps cookies the way a browser does for loopback. Keycloak marks its login cookies Secure
 * even over plain http; browsers still send those to localhost, but the JDK's CookieManager
 * drops them, which would break the login flow.
 */
final class LoopbackCookieJar extends CookieHandler {

    private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = cookiesByHost.getOrDefault(uri.getHost(), Map.of());
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> store(uri.getHost(), value));
            }
        });
    }

    private void store(String host, String setCookie) {
        Map<String, String> cookies = cookiesByHost.computeIfAbsent(host, key -> new ConcurrentHashMap<>());
        for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            }
            else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
