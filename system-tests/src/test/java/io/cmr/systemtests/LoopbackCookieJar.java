package io.cmr.systemtests;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps cookies for loopback. Keycloak marks its login cookies Secure even over plain http;
 * browsers still send those to localhost, but the JDK's CookieManager drops them, which would
 * break the login flow.
 * <p>
 * Unlike a browser, it keeps one jar for every loopback name: a login started at 127.0.0.1 gets
 * a form that posts to Keycloak's public hostname, localhost, and must still carry the session
 * cookie set at 127.0.0.1. (A browser starting there gets "Restart login cookie not found".)
 */
final class LoopbackCookieJar extends CookieHandler {

    private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = cookiesByHost.getOrDefault(jar(uri.getHost()), Map.of());
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
                values.forEach(value -> store(jar(uri.getHost()), value));
            }
        });
    }

    private static String jar(String host) {
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        return loopback ? "loopback" : host;
    }

    private void store(String jar, String setCookie) {
        Map<String, String> cookies = cookiesByHost.computeIfAbsent(jar, key -> new ConcurrentHashMap<>());
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
