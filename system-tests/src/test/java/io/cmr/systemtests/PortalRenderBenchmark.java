package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cmr.infra.App;
import io.cmr.infra.LocalStack;
import io.cmr.infra.RunningStack;
import io.cmr.infra.StackSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's server-side render time of the home page and of an order page at 20 concurrent
 * signed-in sessions (a benchmark, not a test: it asserts only that it measured something). It
 * starts the whole stack on loopback, signs 20 fresh customers in on Keycloak's page (real portal
 * sessions, through the gateway), gives each an order, then each session asks for its home page and
 * its order page in turn, as fast as it gets them, for a warm-up and then a measured phase. The
 * times are the portal's own ({@code http.server.requests}, read as histogram buckets from its
 * {@code /actuator/prometheus} before and after the measured phase, so the warm-up is left out):
 * from the request reaching the portal to its answer written, API calls through the gateway included.
 * The client's round trips are printed beside them. Run alone on a quiet machine:
 * <pre>
 * ./mvnw -B -DskipTests package
 * ./mvnw -B -pl system-tests -am verify -Dtest=PortalRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbenchmark.sessions=N} (20), {@code -Dbenchmark.warm-up-seconds=N} (20), {@code -Dbenchmark.seconds=N} (45).
 */
class PortalRenderBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 20));
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 45));
    private static final Pattern BUCKET = Pattern.compile(
            "^http_server_requests_seconds_bucket\\{(.*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @Test
    void homeAndOrderPagesRenderTimeAt20SignedInSessions() throws Exception {
        StackSettings settings = WholeStack.settings("portal-benchmark")
                .apply(System.getenv(), new String[] {
                        "--ready-timeout=600",
                        // The sessions' API calls carry the portal's client id: its limit must not be what is measured.
                        "--app-arg=--cmr.gateway.rate-limits.clients.portal.requests=1000000000",
                        "--app-arg=--cmr.gateway.rate-limits.clients.portal.per=1m",
                        // The sessions' page requests carry a cookie, no token: the gateway counts them per address
                        // (all loopback here) as anonymous.
                        "--app-arg=--cmr.gateway.rate-limits.anonymous.requests=1000000000",
                        "--app-arg=--cmr.gateway.rate-limits.anonymous.per=1m",
                        // Buckets of the portal's request timer, to read percentiles of a phase alone.
                        "--app-arg=--management.metrics.distribution.percentiles-histogram.http.server.requests=true" });
        try (RunningStack stack = LocalStack.start(settings)) {
            WholeStack.Urls urls = new WholeStack.Urls(stack.gatewayUrl(), stack.keycloakUrl(),
                    stack.keycloakBackChannelUrl(), Map.of(), Map.of(), stack.ports());
            Keycloak keycloak = new Keycloak(stack.keycloakUrl());
            FreshShop shop = new FreshShop(urls, keycloak);
            String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
            List<Session> sessions = new ArrayList<>();
            String run = UUID.randomUUID().toString().substring(0, 6);
            for (int i = 0; i < SESSIONS; i++) {
                KeycloakAdmin.Customer customer = new KeycloakAdmin(stack.keycloakUrl()).createCustomer("bench-" + run + "-" + i);
                String customerId = Keycloak.claims(shop.loginAsCustomer(customer).substring("Bearer ".length()))
                        .get("sub").asString();
                String orderId = "BENCH-" + run + "-" + i;
                shop.putOrder(merchant, orderId, customerId, "demo-carrier", "TRK-" + orderId,
                        Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(2 * 86_400));
                sessions.add(Session.signIn(stack.gatewayUrl(), customer, orderId));
            }
            String metrics = stack.managementUrl(App.PORTAL) + "/actuator/prometheus";
            System.out.printf(Locale.ROOT, "%nPortal render benchmark: %d signed-in sessions, %d s warm-up, %d s measured, load average before %s%n",
                    SESSIONS, WARM_UP.toSeconds(), PHASE.toSeconds(), loadAverage());

            load(sessions, WARM_UP, stack.gatewayUrl());
            Map<String, Map<Double, Double>> before = buckets(metrics);
            Client measured = load(sessions, PHASE, stack.gatewayUrl());
            Map<String, Map<Double, Double>> after = buckets(metrics);
            String loadAfter = loadAverage();

            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%-16s %8s %8s %10s %10s %12s %12s %s%n",
                    "page", "pages", "pages/s", "p50 ms", "p95 ms", "client p50", "client p95", "load avg after"));
            for (String uri : List.of("/", "/orders/{id}")) {
                Map<Double, Double> delta = delta(before.getOrDefault(uri, Map.of()), after.getOrDefault(uri, Map.of()));
                double count = delta.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
                List<Long> client = "/".equals(uri) ? measured.home() : measured.order();
                out.append(String.format(Locale.ROOT, "%-16s %8.0f %8.1f %10.1f %10.1f %12.1f %12.1f %s%n", uri, count,
                        count / PHASE.toSeconds(), quantile(delta, 0.50) * 1000, quantile(delta, 0.95) * 1000,
                        percentile(client, 50), percentile(client, 95), loadAfter));
                assertThat(count).as(uri + " rendered during the measured phase").isPositive();
            }
            out.append(String.format(Locale.ROOT, "failed page loads: %d (server times: the portal's http.server.requests, "
                    + "status 200, interpolated within its histogram buckets)%n", measured.failures().get()));
            System.out.println(out);
        }
    }

    /** A signed-in portal session: a browser's cookie jar, after Keycloak's login page. */
    record Session(Http browser, String orderId) {

        static Session signIn(String gateway, KeycloakAdmin.Customer customer, String orderId) {
            Http browser = new Http();
            HttpResponse<String> loginPage = browser.follow(browser.get(gateway + "/orders/" + orderId));
            HttpResponse<String> back = Keycloak.submitLoginForm(browser, loginPage, customer.username(), customer.password());
            HttpResponse<String> order = browser.follow(back);
            assertThat(order.statusCode()).as("signed in, on the order's page").isEqualTo(200);
            assertThat(order.body()).contains(orderId);
            return new Session(browser, orderId);
        }
    }

    /** Round trips the sessions saw, in microseconds, per page. */
    record Client(List<Long> home, List<Long> order, AtomicInteger failures) {
    }

    /** Each session alternates its home page and its order page, one request at a time, until the phase ends. */
    private static Client load(List<Session> sessions, Duration phase, String gateway) throws Exception {
        Client seen = new Client(new ArrayList<>(), new ArrayList<>(), new AtomicInteger());
        long end = System.nanoTime() + phase.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Session session : sessions) {
                running.add(threads.submit(() -> {
                    List<Long> home = new ArrayList<>();
                    List<Long> order = new ArrayList<>();
                    boolean homeNext = true;
                    while (System.nanoTime() < end) {
                        String url = homeNext ? gateway + "/" : gateway + "/orders/" + session.orderId();
                        long start = System.nanoTime();
                        HttpResponse<String> page = session.browser().get(url);
                        long micros = (System.nanoTime() - start) / 1_000;
                        if (page.statusCode() != 200) {
                            seen.failures().incrementAndGet();
                        }
                        (homeNext ? home : order).add(micros);
                        homeNext = !homeNext;
                    }
                    synchronized (seen) {
                        seen.home().addAll(home);
                        seen.order().addAll(order);
                    }
                }));
            }
            for (Future<?> session : running) {
                session.get();
            }
        }
        finally {
            threads.shutdownNow();
        }
        return seen;
    }

    /** Cumulative bucket counts of successful GETs, by uri and upper bound (seconds; +Inf is the count). */
    private static Map<String, Map<Double, Double>> buckets(String metricsUrl) {
        HttpResponse<String> scraped = new Http().get(metricsUrl);
        assertThat(scraped.statusCode()).as(metricsUrl).isEqualTo(200);
        Map<String, Map<Double, Double>> byUri = new TreeMap<>();
        Matcher line = BUCKET.matcher(scraped.body());
        while (line.find()) {
            Map<String, String> labels = new TreeMap<>();
            Matcher label = LABEL.matcher(line.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            if (!"GET".equals(labels.get("method")) || !"200".equals(labels.get("status"))) {
                continue;
            }
            double le = "+Inf".equals(labels.get("le")) ? Double.POSITIVE_INFINITY : Double.parseDouble(labels.get("le"));
            byUri.computeIfAbsent(labels.get("uri"), uri -> new TreeMap<>())
                    .merge(le, Double.parseDouble(line.group(2)), Double::sum);
        }
        return byUri;
    }

    private static Map<Double, Double> delta(Map<Double, Double> before, Map<Double, Double> after) {
        Map<Double, Double> delta = new TreeMap<>();
        after.forEach((le, count) -> delta.put(le, count - before.getOrDefault(le, 0.0)));
        return delta;
    }

    /** The q-quantile of cumulative buckets, interpolated linearly within the bucket it falls in. */
    private static double quantile(Map<Double, Double> cumulative, double q) {
        double total = cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                return inBucket == 0 ? bucket.getKey()
                        : lowerBound + (bucket.getKey() - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    private static double percentile(List<Long> micros, double percentile) {
        if (micros.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = micros.stream().sorted().toList();
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return String.join(" ", parts.subList(0, 3));
        }
        catch (java.io.IOException | RuntimeException ex) {
            return "?";
        }
    }
}
