package io.cmr.orderstatus.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * preference-service, profile-service and Keycloak's token endpoint, stubbed on loopback once per
 * test JVM. A customer's plan follows their id's prefix: {@code optout-} opted out of e-mail and
 * SMS (ledger entries cited), {@code paused-} paused (a mandatory topic still goes by e-mail),
 * {@code quiet-} in quiet hours (8 hours later), {@code digest-} daily digest (10 hours later), {@code digestsoon-} one 2 seconds later,
 * {@code unknown-} unknown to profile-service; anyone else gets EMAIL, SMS and IN_APP at once.
 * Every customer has the verified points {@code cp-email} ({@code <id>@example.com}) and
 * {@code cp-phone}. preference-service and profile-service can be taken down ({@link #PREFERENCE_UP},
 * {@link #PROFILE_UP}).
 */
public final class NotificationStubs {

    public static final AtomicBoolean PREFERENCE_UP = new AtomicBoolean(true);
    public static final AtomicBoolean PROFILE_UP = new AtomicBoolean(true);
    public static final AtomicInteger REFUSED_LOOKUPS = new AtomicInteger();
    public static final AtomicInteger REFUSED_PLANS = new AtomicInteger();
    public static final String MANDATORY_TOPIC = "account-security";

    private static final Pattern TOPIC = Pattern.compile("\"topicId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern AT = Pattern.compile("\"at\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CONTACT_POINTS = Pattern.compile("/internal/v1/customers/([^/]+)/contact-points");
    private static final Pattern LINK = Pattern.compile("\"customerId\"\\s*:\\s*\"([^\"]*)\".*\"channel\"\\s*:\\s*\"([^\"]*)\"");

    private static HttpServer server;

    private NotificationStubs() {
    }

    /** The stub's base URL, started on first use. */
    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/token", exchange -> answer(exchange, 200,
                    "{\"access_token\":\"stub-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/internal/v1/delivery-plans", NotificationStubs::plans);
            server.createContext("/internal/v1/unsubscribe-tokens", exchange -> {
                Matcher link = LINK.matcher(body(exchange));
                link.find();
                String token = "tok-" + link.group(1) + "-" + link.group(2);
                answer(exchange, PREFERENCE_UP.get() ? 201 : 503, "{\"token\":\"" + token
                        + "\",\"path\":\"/api/v1/unsubscribe?token=" + token + "\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}");
            });
            server.createContext("/internal/v1/customers/", exchange -> {
                Matcher customer = CONTACT_POINTS.matcher(exchange.getRequestURI().getPath());
                if (!customer.matches()) {
                    answer(exchange, 404, "{}");
                    return;
                }
                if (!PROFILE_UP.get()) {
                    REFUSED_LOOKUPS.incrementAndGet();
                    answer(exchange, 503, "{\"status\":503}");
                    return;
                }
                String id = customer.group(1);
                answer(exchange, 200, """
                        [{"id":"cp-email","type":"EMAIL","label":"Home","primary":true,"value":"%s@example.com"},
                         {"id":"cp-phone","type":"PHONE","label":"Mobile","primary":true,"value":"+33612345678"}]"""
                        .formatted(id));
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void plans(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        if (!PREFERENCE_UP.get()) {
            REFUSED_PLANS.incrementAndGet();
            answer(exchange, 503, "{\"status\":503}");
            return;
        }
        Matcher topicMatch = TOPIC.matcher(body);
        topicMatch.find();
        String topic = topicMatch.group(1);
        if (topic.equals("no-such-topic")) {
            answer(exchange, 400, "{\"status\":400,\"errors\":[{\"field\":\"topicId\",\"message\":\"there is no topic\"}]}");
            return;
        }
        Matcher atMatch = AT.matcher(body);
        Instant at = atMatch.find() ? Instant.parse(atMatch.group(1)) : Instant.now();
        Matcher ids = QUOTED.matcher(body.substring(body.indexOf('[')));
        List<String> plans = new ArrayList<>();
        while (ids.find()) {
            plans.add(plan(ids.group(1), topic, at));
        }
        answer(exchange, 200, "{\"topicId\":\"" + topic + "\",\"at\":\"" + at + "\",\"plans\":[" + String.join(",", plans) + "]}");
    }

    private static String plan(String id, String topic, Instant at) {
        String consents = """
                [{"channel":"EMAIL","entryId":"%1$s:3:%2$s:EMAIL","on":%3$s,"at":"2026-01-02T10:00:00Z","actor":"customer"},
                 {"channel":"SMS","entryId":"%1$s:3:%2$s:SMS","on":%3$s,"at":"2026-01-02T10:00:00Z","actor":"customer"}]"""
                .formatted(id, topic, !id.startsWith("optout-"));
        String all = """
                [{"channel":"EMAIL","contactPointId":"cp-email"},{"channel":"SMS","contactPointId":"cp-phone"},
                 {"channel":"IN_APP","contactPointId":null}]""";
        if (id.startsWith("unknown-")) {
            return suppressed(id, "UNKNOWN_CUSTOMER", "[]");
        }
        if (id.startsWith("optout-")) {
            return suppressed(id, "OPTED_OUT", consents);
        }
        if (id.startsWith("paused-")) {
            return topic.equals(MANDATORY_TOPIC)
                    ? send(id, "[{\"channel\":\"EMAIL\",\"contactPointId\":\"cp-email\"}]", at, null, consents)
                    : suppressed(id, "PAUSED", consents);
        }
        if (id.startsWith("quiet-")) {
            return send(id, all, at.plus(Duration.ofHours(8)), "QUIET_HOURS", consents);
        }
        if (id.startsWith("digestsoon-")) {
            return send(id, all, at.plus(Duration.ofSeconds(2)), "DAILY_DIGEST", consents);
        }
        if (id.startsWith("digest-")) {
            return send(id, all, at.plus(Duration.ofHours(10)), "DAILY_DIGEST", consents);
        }
        return send(id, all, at, null, consents);
    }

    private static String send(String id, String channels, Instant sendAt, String rule, String consents) {
        String delay = rule == null ? "null" : "{\"rule\":\"" + rule + "\",\"until\":\"" + sendAt + "\"}";
        return """
                {"customerId":"%s","status":"SEND","channels":%s,"dropped":[],"sendAt":"%s","reason":null,
                 "preferenceVersion":3,"delay":%s,"consents":%s}""".formatted(id, channels, sendAt, delay, consents);
    }

    private static String suppressed(String id, String reason, String consents) {
        return """
                {"customerId":"%s","status":"SUPPRESSED","channels":[],"dropped":[],"sendAt":null,"reason":"%s",
                 "preferenceVersion":3,"delay":null,"consents":%s}""".formatted(id, reason, consents);
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
