package io.cmr.preference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * profile-service's internal contract and Keycloak's token endpoint, stubbed on loopback once per
 * test JVM: every customer owns the verified contact points {@code cp-email}, {@code cp-phone}
 * and {@code cp-home}, and only a caller with the stub's token may ask. In a batch lookup, a
 * customer id starting with {@code unknown-} has no profile, one starting with {@code postal-only-}
 * has only {@code cp-home}, and one starting with {@code profile-down} makes the whole call fail with 503.
 */
public final class ProfileServiceStub implements BeforeAllCallback {

    private static final String TOKEN = "stub-service-token";
    private static final String CONTACT_POINTS = """
            [{"id":"cp-email","type":"EMAIL","label":"Home","primary":true,"value":"someone@example.com"},
             {"id":"cp-phone","type":"PHONE","label":"Mobile","primary":true,"value":"+33612345678"},
             {"id":"cp-home","type":"POSTAL","label":"Home","primary":true,"value":null,
              "postal":{"lines":["1 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"}}]""";

    private static final String POSTAL_ONLY = """
            [{"id":"cp-home","type":"POSTAL","label":"Home","primary":true,"value":null,
              "postal":{"lines":["1 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"}}]""";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final AtomicInteger LOOKUPS = new AtomicInteger();

    private static HttpServer server;

    /** How many batch lookups the stub has answered so far in this JVM. */
    public static int lookups() {
        return LOOKUPS.get();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String base = start();
        System.setProperty("cmr.remote.clients.profile-service.url", base);
        System.setProperty("spring.security.oauth2.client.provider.keycloak.token-uri", base + "/token");
    }

    private static synchronized String start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/token", exchange -> answer(exchange, 200,
                    "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/internal/v1/customers/", exchange -> {
                boolean ours = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
                answer(exchange, ours ? 200 : 401, ours ? CONTACT_POINTS : "{}");
            });
            server.createContext("/internal/v1/contact-points/lookup", exchange -> {
                LOOKUPS.incrementAndGet();
                if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    answer(exchange, 401, "{}");
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher quoted = QUOTED.matcher(body.substring(body.indexOf('[')));
                StringBuilder customers = new StringBuilder();
                while (quoted.find()) {
                    String id = quoted.group(1);
                    if (id.startsWith("profile-down")) {
                        answer(exchange, 503, "{}");
                        return;
                    }
                    if (!id.startsWith("unknown-")) {
                        customers.append(customers.isEmpty() ? "" : ",").append('"').append(id).append("\":")
                                .append(id.startsWith("postal-only-") ? POSTAL_ONLY : CONTACT_POINTS);
                    }
                }
                answer(exchange, 200, "{\"customers\":{" + customers + "}}");
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
