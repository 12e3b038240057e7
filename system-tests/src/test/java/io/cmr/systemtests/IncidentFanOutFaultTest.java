package io.cmr.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.infra.App;
import io.cmr.infra.LocalStack;
import io.cmr.infra.RunningStack;
import io.cmr.infra.StackSettings;
import io.cmr.platform.test.HttpCalls;
import io.cmr.systemtests.FanOutCustomers.Channel;
import io.cmr.systemtests.FanOutCustomers.Customer;
import io.cmr.systemtests.FanOutCustomers.Kind;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12's fault test, against the real apps as the launcher runs them: an incident over 10,000
 * customers with mixed preferences; preference-service stops while the fan-out is being planned and
 * comes back, then profile-service stops while the notices are being sent and comes back; in the
 * end every customer got, on every channel, exactly what their preferences say: counted in the
 * embedded SMTP server's mail, the local SMS record, the inbox and the outbox, none twice, none lost.
 *
 * <p>Long, so not part of {@code verify}: see the README's "Benchmarks" section for its command.
 * {@code -Dfault.customers=N} (10,000), {@code -Dfault.minutes=N} (15: the whole run, stack included,
 * fails with what it was waiting for once this is spent), {@code -Dfault.planning-batch=N} (250 customers per
 * delivery-plan call, so that the fan-out takes enough calls for a stop to land in its middle).
 *
 * <p>Seeding: preferences (support agent's API) and orders (merchant API) go through the services' APIs;
 * profiles with verified contact points are written into profile-service's store, because verifying
 * 10,000 e-mail addresses and phones through the API takes a Keycloak login and a mailed code each.
 * Outcomes are read where they land: mail files, SMS files, and order-status-service's inbox and outbox.
 */
@Tag("fault")
class IncidentFanOutFaultTest {

    private static final int CUSTOMERS = Integer.getInteger("fault.customers", 10_000);
    private static final Duration BUDGET = Duration.ofMinutes(Integer.getInteger("fault.minutes", 15));
    private static final int PLANNING_BATCH = Integer.getInteger("fault.planning-batch", 250);
    private static final int CALLERS = 8;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Pattern SMS_FIRST_PART = Pattern.compile("\\[(\\S+) 1/\\d+\\]");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Instant begin = Instant.now();
    private final Instant deadline = begin.plus(BUDGET);

    @Test
    void everyCustomerGetsExactlyWhatTheirPreferencesSayThoughPreferenceAndThenProfileServiceStopMidFanOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Customer> customers = new FanOutCustomers("ff-" + suffix, CUSTOMERS).all();
        try (RunningStack stack = LocalStack.start(settings()); MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            note("stack ready in %.0f s", stack.readyIn().toMillis() / 1000.0);
            MongoDatabase orderStatus = mongo.getDatabase("cmr-order-status");
            Keycloak keycloak = new Keycloak(stack.keycloakUrl());
            String redirect = stack.gatewayUrl() + "/login/oauth2/code/keycloak";
            Supplier<String> support = fresh(() -> keycloak.login("sam", "sam", redirect));
            Supplier<String> merchant = fresh(() -> keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret"));

            seed(stack, mongo.getDatabase("cmr-profile"), customers, support, merchant, "fault-" + suffix);

            Instant declaredAt = Instant.now();
            String incidentId = declare(stack, "Bearer " + keycloak.login("ada", "ada", redirect), suffix);
            Path log = stack.dataDir().resolve("logs").resolve("order-status-service.log");
            stopPreferenceServiceWhilePlanning(stack, orderStatus, log, incidentId, declaredAt);
            stopProfileServiceWhileSending(stack, orderStatus, customers, declaredAt);
            try {
                awaitFor("every notice planned and every due item sent or suppressed", Duration.ofSeconds(1),
                        () -> count(orderStatus, "notices", Filters.eq("state", "PENDING")) == 0
                                && count(orderStatus, "outbox", Filters.in("state", "PLANNED", "SENDING", "FAILED")) == 0);
            }
            catch (ConditionTimeoutException ex) {
                // What came so far still tells duplicates and wrong addresses apart from what is merely late.
                Outcomes sofar = outcomes(stack, orderStatus, incidentId);
                int wrong = compare(customers, sofar).size();
                printReport(sofar, customers);
                note("NOT SETTLED within the budget: the counts above are what had arrived; %d customers not yet as expected",
                        wrong);
                throw ex;
            }
            note("settled %.0f s after the declaration", seconds(declaredAt));
            awaitEveryMailWritten(stack, orderStatus);

            Outcomes outcomes = outcomes(stack, orderStatus, incidentId);
            List<String> wrong = compare(customers, outcomes);
            printReport(outcomes, customers);
            assertThat(wrong.subList(0, Math.min(50, wrong.size())))
                    .as("customers whose notice is not what their preferences say (%d, the first 50 shown)", wrong.size()).isEmpty();
        }
    }

    private StackSettings settings() {
        Path moduleDir = Path.of("").toAbsolutePath();
        StackSettings base = StackSettings.defaults(moduleDir.getParent()).apply(System.getenv(), new String[0]).onFreePorts()
                .withDataDir(moduleDir.resolve("target").resolve("fanout-fault-" + System.currentTimeMillis()))
                .withAppArguments("--cmr.notifications.planning.batch=" + PLANNING_BATCH);
        // Services only: the test calls them directly, as they call each other.
        return new StackSettings(base.dataDir(), base.repoRoot(), base.ports(), base.bindAddress(), base.keycloakHostname(),
                EnumSet.of(App.GATEWAY, App.PORTAL), base.appJvmOptions(), base.appArguments(), base.readyTimeout());
    }

    private void seed(RunningStack stack, MongoDatabase profile, List<Customer> customers, Supplier<String> support,
            Supplier<String> merchant, String carrier) {
        Instant start = Instant.now();
        MongoCollection<Document> profiles = profile.getCollection("profiles");
        for (int from = 0; from < customers.size(); from += 1_000) {
            profiles.insertMany(customers.subList(from, Math.min(customers.size(), from + 1_000)).stream()
                    .map(customer -> FanOutCustomers.profile(customer, start)).toList());
        }
        note("seeded %d profiles into profile-service's store in %.1f s", customers.size(), seconds(start));

        Instant preferencesStart = Instant.now();
        List<Customer> choosing = customers.stream().filter(c -> FanOutCustomers.preferences(c.kind(), start) != null).toList();
        inParallel("preferences", choosing, customer -> {
            HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(stack.url(App.PREFERENCE)
                    + "/api/v1/customers/" + customer.id() + "/preferences"))
                    .header("Authorization", support.get()).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(FanOutCustomers.preferences(customer.kind(), start))));
            assertThat(saved.statusCode()).as("preferences of %s: %s", customer.id(), saved.body()).isEqualTo(200);
        });
        note("saved %d customers' preferences through preference-service's support API in %.1f s (%d callers)",
                choosing.size(), seconds(preferencesStart), CALLERS);

        Instant ordersStart = Instant.now();
        List<String[]> orders = customers.stream()
                .flatMap(customer -> customer.orderIds().stream().map(order -> new String[] { customer.id(), order })).toList();
        inParallel("orders", orders, order -> {
            Instant window = Instant.now().plusSeconds(86_400);
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(stack.url(App.ORDER_STATUS) + "/api/v1/orders/" + order[1]))
                    .header("Authorization", merchant.get()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"customerId":"%s","placedAt":"%s",
                             "lines":[{"sku":"KETTLE-1","name":"Kettle","quantity":1}],
                             "shippingAddress":{"name":"Fan Out","lines":["8 rue Paradis"],"postalCode":"13001","city":"Marseille","country":"FR"},
                             "promisedWindow":{"start":"%s","end":"%s"},
                             "shipments":[{"carrier":"%s","trackingNumber":"T-%s","lines":[{"sku":"KETTLE-1","quantity":1}]}]}"""
                            .formatted(order[0], window.minusSeconds(3 * 86_400), window, window.plusSeconds(2 * 86_400),
                                    carrier, order[1]))));
            assertThat(put.statusCode()).as("order %s: %s", order[1], put.body()).isEqualTo(201);
        });
        note("put %d orders through order-status-service's merchant API in %.1f s (%d callers)", orders.size(),
                seconds(ordersStart), CALLERS);
    }

    private String declare(RunningStack stack, String admin, String suffix) {
        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create(stack.url(App.ORDER_STATUS) + "/api/v1/incidents"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title":{"fr":"Plateforme %1$s fermée","en":"Hub %1$s closed"},
                         "message":{"fr":"Une panne a fermé la plateforme %1$s.","en":"An outage closed hub %1$s."},
                         "cause":"Outage at hub %1$s","expectedResolution":"%2$s","selector":{"carrier":"fault-%1$s"}}"""
                        .formatted(suffix, Instant.now().plus(Duration.ofDays(1))))));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        return JSON.readTree(declared.body()).get("id").asString();
    }

    /** Stops preference-service once the first notices are planned, sees planning stuck, and brings it back. */
    private void stopPreferenceServiceWhilePlanning(RunningStack stack, MongoDatabase db, Path log, String incidentId,
            Instant declaredAt) {
        long stayedPending = occurrences(log, "batches of notices stay pending");
        awaitFor("the first notices planned", Duration.ofMillis(200),
                () -> count(db, "notices", Filters.eq("state", "PLANNED")) > 0);
        Instant stopping = Instant.now();
        stack.stop(App.PREFERENCE);
        long plannedAtStop = count(db, "notices", Filters.eq("state", "PLANNED"));
        awaitFor("every affected customer's notice requested", POLL,
                () -> count(db, "notices", Filters.eq("incidentId", incidentId)) == CUSTOMERS);
        long pending = count(db, "notices", Filters.eq("state", "PENDING"));
        assertThat(pending).as("notices pending while preference-service is down: planning was over before it stopped;"
                + " lower -Dfault.planning-batch").isPositive();
        awaitFor("the planner finding preference-service gone", POLL, () -> occurrences(log, "batches of notices stay pending") > stayedPending);
        note("fault 1: preference-service stopped %.1f s after the declaration, with %d of %d notices planned;"
                + " planning stuck with %d pending", Duration.between(declaredAt, stopping).toMillis() / 1000.0, plannedAtStop, CUSTOMERS, pending);
        Instant restarting = Instant.now();
        stack.start(App.PREFERENCE);
        note("         preference-service back after %.1f s (ready in %.1f s)", seconds(stopping), seconds(restarting));
        awaitFor("every notice planned once preference-service is back", POLL,
                () -> count(db, "notices", Filters.eq("state", "PENDING")) == 0);
        note("         every notice planned %.1f s after the declaration", seconds(declaredAt));
    }

    /** Stops profile-service (contact addresses are read at send time) once a tenth is sent, sees sending held, and brings it back. */
    private void stopProfileServiceWhileSending(RunningStack stack, MongoDatabase db, List<Customer> customers, Instant declaredAt) {
        long expected = customers.stream().mapToLong(customer -> customer.kind().sent.size()).sum();
        awaitFor("a tenth of the notices sent", POLL, () -> count(db, "outbox", Filters.eq("state", "SENT")) >= Math.max(1, expected / 10));
        Instant stopping = Instant.now();
        stack.stop(App.PROFILE);
        long sentAtStop = count(db, "outbox", Filters.eq("state", "SENT"));
        long due = count(db, "outbox", Filters.in("state", "PLANNED", "SENDING", "FAILED"));
        assertThat(due).as("items still to send while profile-service is down: sending was over before it stopped").isPositive();
        awaitFor("the dispatcher holding items back for profile-service", POLL, () -> count(db, "outbox",
                Filters.and(Filters.eq("state", "FAILED"), Filters.regex("lastError", "profile-service"))) > 0);
        long held = count(db, "outbox", Filters.and(Filters.eq("state", "FAILED"), Filters.regex("lastError", "profile-service")));
        note("fault 2: profile-service stopped %.1f s after the declaration, with %d of %d sends done and %d items due;"
                + " %d held back for it", Duration.between(declaredAt, stopping).toMillis() / 1000.0, sentAtStop, expected, due, held);
        Instant restarting = Instant.now();
        stack.start(App.PROFILE);
        note("         profile-service back after %.1f s (ready in %.1f s)", seconds(stopping), seconds(restarting));
    }

    /** The stack writes received mail to files once a second: waits until a look finds no new one. */
    private void awaitEveryMailWritten(RunningStack stack, MongoDatabase db) {
        long sentByMail = count(db, "outbox", Filters.and(Filters.eq("state", "SENT"), Filters.eq("channel", "EMAIL")));
        long[] last = { -1 };
        awaitFor("every sent e-mail written by the embedded SMTP server", Duration.ofMillis(1_500), () -> {
            long now = files(stack.mailDir(), ".eml").size();
            boolean settled = now >= sentByMail && now == last[0];
            last[0] = now;
            return settled;
        });
    }

    record Outcomes(Map<String, List<Document>> items, Map<String, List<String>> mails, Map<String, List<String>> texts,
            Map<String, Long> inbox) {
    }

    /** Everything that happened, by outbox item id ({@code customer|noticeKey|channel}) or customer. */
    private Outcomes outcomes(RunningStack stack, MongoDatabase db, String incidentId) throws IOException {
        Map<String, List<Document>> items = new HashMap<>();
        for (Document item : db.getCollection("outbox").find(Filters.eq("incidentId", incidentId))) {
            items.computeIfAbsent(item.getString("customerId"), id -> new ArrayList<>()).add(item);
        }
        Map<String, List<String>> mails = new HashMap<>();
        for (Path file : files(stack.mailDir(), ".eml")) {
            Map<String, String> headers = headers(file);
            mails.computeIfAbsent(headers.get("x-cmr-notice"), id -> new ArrayList<>()).add(headers.get("to"));
        }
        Map<String, List<String>> texts = new HashMap<>();
        for (Path file : files(stack.smsDir(), ".txt")) {
            String number = file.getFileName().toString().replace(".txt", "");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher first = SMS_FIRST_PART.matcher(line);
                if (first.find()) {
                    texts.computeIfAbsent(first.group(1), id -> new ArrayList<>()).add(number);
                }
            }
        }
        Map<String, Long> inbox = new HashMap<>();
        for (Document entry : db.getCollection("inbox").find(Filters.regex("noticeKey", "^incident:" + incidentId + ":"))) {
            inbox.merge(entry.getString("customerId"), 1L, Long::sum);
        }
        return new Outcomes(items, mails, texts, inbox);
    }

    private final Map<Channel, long[]> counts = new EnumMap<>(Channel.class);

    /**
     * Each customer's outcome against their kind: what was delivered where (once, to their address)
     * and what the outbox says of each channel. Counts per channel: expected, received, duplicates, lost, unwanted.
     */
    private List<String> compare(List<Customer> customers, Outcomes outcomes) {
        for (Channel channel : Channel.values()) {
            counts.put(channel, new long[5]);
        }
        List<String> wrong = new ArrayList<>();
        for (Customer customer : customers) {
            List<String> problems = new ArrayList<>();
            Kind kind = customer.kind();
            for (Channel channel : Channel.values()) {
                String itemPrefix = customer.id() + "|";
                List<String> received = switch (channel) {
                    case EMAIL -> outcomes.mails().entrySet().stream().filter(mail -> mail.getKey() != null
                            && mail.getKey().startsWith(itemPrefix) && mail.getKey().endsWith("|EMAIL"))
                            .flatMap(mail -> mail.getValue().stream()).toList();
                    case SMS -> outcomes.texts().entrySet().stream().filter(text -> text.getKey().startsWith(itemPrefix))
                            .flatMap(text -> text.getValue().stream()).toList();
                    case IN_APP -> Collections.nCopies(outcomes.inbox().getOrDefault(customer.id(), 0L).intValue(), "inbox");
                };
                int expected = kind.sent.contains(channel) ? 1 : 0;
                long[] tally = counts.get(channel);
                tally[0] += expected;
                tally[1] += received.size();
                if (expected == 1 && received.size() > 1) {
                    tally[2] += received.size() - 1;
                    problems.add(channel + " received " + received.size() + " times");
                }
                if (expected == 1 && received.isEmpty()) {
                    tally[3]++;
                    problems.add(channel + " lost");
                }
                if (expected == 0 && !received.isEmpty()) {
                    tally[4] += received.size();
                    problems.add(channel + " received " + received.size() + " though not wanted");
                }
                String address = channel == Channel.EMAIL ? customer.email() : channel == Channel.SMS ? customer.phone() : "inbox";
                if (received.stream().anyMatch(to -> !to.equalsIgnoreCase(address))) {
                    problems.add(channel + " sent to " + received + " instead of " + address);
                }
            }
            problems.addAll(outboxProblems(kind, outcomes.items().getOrDefault(customer.id(), List.of())));
            if (!problems.isEmpty()) {
                wrong.add(customer.id() + " (" + kind + "): " + String.join("; ", problems));
            }
        }
        return wrong;
    }

    private static List<String> outboxProblems(Kind kind, List<Document> items) {
        List<String> problems = new ArrayList<>();
        if (items.isEmpty()) {
            return List.of("no outbox item at all");
        }
        Map<String, List<Document>> byChannel = new HashMap<>();
        items.forEach(item -> byChannel.computeIfAbsent(String.valueOf(item.getString("channel")), c -> new ArrayList<>()).add(item));
        byChannel.forEach((channel, ofChannel) -> {
            if (ofChannel.size() > 1) {
                problems.add(ofChannel.size() + " outbox items for " + channel);
            }
        });
        for (Document item : items) {
            String channel = item.getString("channel");
            String state = item.getString("state");
            String reason = item.getString("reason");
            Channel known = channel == null ? null : Stream.of(Channel.values()).filter(c -> c.name().equals(channel)).findFirst().orElse(null);
            String expectedState = known != null && kind.sent.contains(known) ? "SENT"
                    : known != null && kind.held.contains(known) ? "SCHEDULED" : "SUPPRESSED";
            if (!expectedState.equals(state)) {
                problems.add(channel + " is " + state + " (" + reason + ", " + item.getString("lastError") + "), not " + expectedState);
            }
            else if ("SCHEDULED".equals(state) && !"QUIET_HOURS".equals(item.getString("delayRule"))) {
                problems.add(channel + " held by " + item.getString("delayRule") + ", not QUIET_HOURS");
            }
            else if ("SUPPRESSED".equals(state) && kind.allSuppressed != null && !kind.allSuppressed.equals(reason)) {
                problems.add(channel + " suppressed for " + reason + ", not " + kind.allSuppressed);
            }
            else if ("SUPPRESSED".equals(state) && known != null && kind.suppressed.containsKey(known)
                    && !kind.suppressed.get(known).equals(reason)) {
                problems.add(channel + " suppressed for " + reason + ", not " + kind.suppressed.get(known));
            }
        }
        kind.sent.forEach(channel -> {
            if (!byChannel.containsKey(channel.name())) {
                problems.add("no outbox item for " + channel);
            }
        });
        kind.held.forEach(channel -> {
            if (!byChannel.containsKey(channel.name())) {
                problems.add("no held outbox item for " + channel);
            }
        });
        return problems;
    }

    private void printReport(Outcomes outcomes, List<Customer> customers) {
        Map<String, Long> states = new HashMap<>();
        outcomes.items().values().forEach(items -> items.forEach(item -> states.merge(item.getString("state"), 1L, Long::sum)));
        long orders = customers.stream().mapToLong(customer -> customer.orderIds().size()).sum();
        note("%d customers, %d orders; outbox items of the incident by state: %s", customers.size(), orders, states);
        note("%-7s %9s %9s %11s %6s %9s", "channel", "expected", "received", "duplicates", "lost", "unwanted");
        counts.forEach((channel, tally) -> note("%-7s %9d %9d %11d %6d %9d", channel, tally[0], tally[1], tally[2], tally[3], tally[4]));
        note("whole run %.0f s; load average %s", seconds(begin), loadAverage());
    }

    private <T> void inParallel(String what, List<T> work, Consumer<T> task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                running.add(callers.submit(() -> {
                    int index;
                    while (failure.get() == null && (index = next.getAndIncrement()) < work.size()) {
                        if (Instant.now().isAfter(deadline)) {
                            throw new AssertionError("Time budget of " + BUDGET + " spent while seeding " + what + ": "
                                    + index + " of " + work.size() + " done (-Dfault.minutes, -Dfault.customers)");
                        }
                        try {
                            task.accept(work.get(index));
                        }
                        catch (RuntimeException | AssertionError ex) {
                            failure.compareAndSet(null, ex);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        }
        catch (ExecutionException ex) {
            failure.compareAndSet(null, ex.getCause());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, ex);
        }
        finally {
            callers.shutdownNow();
        }
        if (failure.get() instanceof AssertionError error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Seeding " + what + " failed", failure.get());
        }
    }

    /** Waits for {@code what} within what is left of the time budget, failing with its name when it is spent. */
    private void awaitFor(String what, Duration poll, BooleanSupplier condition) {
        Duration left = Duration.between(Instant.now(), deadline);
        assertThat(left.isNegative()).as("time budget of %s spent before waiting for %s (-Dfault.minutes)", BUDGET, what).isFalse();
        await(what + " (within the " + BUDGET.toMinutes() + " min budget of the run)").atMost(left).pollInterval(poll)
                .until(condition::getAsBoolean);
    }

    /** A token fetched again before it expires (Keycloak's access tokens live 5 minutes). */
    private static Supplier<String> fresh(Supplier<String> token) {
        Object lock = new Object();
        String[] bearer = new String[1];
        Instant[] until = { Instant.MIN };
        return () -> {
            synchronized (lock) {
                if (Instant.now().isAfter(until[0])) {
                    bearer[0] = "Bearer " + token.get();
                    until[0] = Instant.now().plusSeconds(120);
                }
                return bearer[0];
            }
        };
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(client, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static long count(MongoDatabase db, String collection, Bson filter) {
        return db.getCollection(collection).countDocuments(filter);
    }

    private static long occurrences(Path log, String text) {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        }
        catch (IOException | UncheckedIOException ex) {
            return 0;
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A mail file's headers, lower-cased names, folded lines joined. */
    private static Map<String, String> headers(Path file) throws IOException {
        Map<String, String> headers = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String name = null;
            String line;
            while ((line = reader.readLine()) != null && !line.isEmpty()) {
                if (Character.isWhitespace(line.charAt(0)) && name != null) {
                    headers.merge(name, line.strip(), (a, b) -> a + b);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    name = line.substring(0, colon).strip().toLowerCase();
                    headers.put(name, line.substring(colon + 1).strip());
                }
            }
        }
        return headers;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private void note(String format, Object... values) {
        String line = "[fan-out fault] " + format.formatted(values);
        System.out.println(line);
    }
}
