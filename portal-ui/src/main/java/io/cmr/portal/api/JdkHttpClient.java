package io.cmr.portal.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import feign.Client;
import feign.Request;
import feign.Response;

/**
 * Feign's transport on the JDK's HTTP client. Feign's default one, on {@code HttpURLConnection},
 * cannot send {@code PATCH}, which the profile's merge patch is; no other transport is needed.
 */
final class JdkHttpClient implements Client {

    /** Set by the JDK client itself; it refuses them from the caller. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Map<Duration, HttpClient> byConnectTimeout = new ConcurrentHashMap<>();

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpClient client = byConnectTimeout.computeIfAbsent(Duration.ofMillis(options.connectTimeoutMillis()),
                timeout -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build());
        byte[] body = request.body();
        HttpRequest.Builder outgoing = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(Duration.ofMillis(options.readTimeoutMillis()))
                .method(request.httpMethod().name(), body == null || body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> outgoing.header(name, value));
            }
        });
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(outgoing.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while calling " + request.url());
        }
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answer.headers().map().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        return Response.builder()
                .request(request)
                .status(answer.statusCode())
                .reason("")
                .headers(headers)
                .body(answer.body())
                .build();
    }
}
