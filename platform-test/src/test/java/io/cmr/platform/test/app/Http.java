package io.cmr.platform.test.app;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.cmr.platform.test.HttpCalls;

/** Plain HTTP against the running app, so requests look exactly like a partner's. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(client, request.build());
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(request(path).header("Authorization", authorization).GET());
    }

    HttpResponse<String> postJson(String path, String authorization, String json) {
        return send(request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sent chunked: no Content-Length tells the server the size in advance. */
    HttpResponse<String> postJsonChunked(String path, String authorization, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }
}
