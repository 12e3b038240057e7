package io.cmr.platform.remote;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import feign.FeignException;
import io.cmr.platform.correlation.RequestIds;
import io.cmr.platform.remote.Greetings.Greeting;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A client of another app against a stub of it on loopback. "greetings" retries quickly so that
 * failures cost little; "slow" times out its attempts fast and backs off longer than its time limit.
 */
@SpringBootTest(classes = RemoteTestApp.class, webEnvironment = WebEnvironment.NONE, properties = {
        "cmr.remote.clients.greetings.read-timeout=2s",
        "cmr.remote.clients.greetings.time-limit=10s",
        "cmr.remote.clients.greetings.retry.first-backoff=50ms",
        "cmr.remote.clients.greetings.breaker.open-for=1m",
        "cmr.remote.clients.greetings.bulkhead.max-concurrent-calls=2",
        "cmr.remote.clients.slow.read-timeout=200ms",
        "cmr.remote.clients.slow.time-limit=600ms",
        "cmr.remote.clients.slow.retry.first-backoff=20s",
        "cmr.remote.clients.slow.retry.jitter=0" })
class RemoteClientsTest {

    static final StubServer app = StubServer.start();

    static final String HELLO = "{\"text\":\"hello\"}";

    @Autowired
    RemoteClients remoteClients;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    BulkheadRegistry bulkheads;

    final List<Thread> credentialThreads = new CopyOnWriteArrayList<>();

    Greetings greetings;

    Greetings slow;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.remote.clients.greetings.url", app::uri);
        registry.add("cmr.remote.clients.slow.url", app::uri);
    }

    @BeforeEach
    void createClients() {
        CallerCredentials credentials = () -> {
            credentialThreads.add(Thread.currentThread());
            return "Bearer test-token";
        };
        greetings = remoteClients.create(Greetings.class, "greetings", credentials);
        slow = remoteClients.create(Greetings.class, "slow", credentials);
    }

    @AfterEach
    void reset() {
        MDC.clear();
        app.reset();
        await().atMost(Duration.ofSeconds(30)).until(() -> allSlotsFree("greetings") && allSlotsFree("slow"));
        breaker().reset();
        app.received().clear();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answersWithTheCallersTokenAndRequestId() {
        app.answer(200, HELLO);
        MDC.put(RequestIds.MDC_KEY, "request-42");

        Greeting greeting = greetings.one("en");

        assertThat(greeting).isEqualTo(new Greeting("hello"));
        assertThat(app.received()).hasSize(1);
        assertThat(app.last().method()).isEqualTo("GET");
        assertThat(app.last().path()).isEqualTo("/greetings/en");
        assertThat(app.last().header("Authorization")).isEqualTo("Bearer test-token");
        assertThat(app.last().header("X-Request-Id")).isEqualTo("request-42");
        assertThat(credentialThreads).as("the token is taken where the caller's session is").containsOnly(Thread.currentThread());
    }

    @Test
    void sendsNoRequestIdWhenTheCallerHasNone() {
        app.answer(200, HELLO);

        greetings.one("en");

        assertThat(app.last().header("X-Request-Id")).isNull();
        assertThat(app.last().header("Authorization")).isEqualTo("Bearer test-token");
    }

    @Test
    void aNotFoundReachesTheCallerAsSuchOnceAndIsNotHeldAgainstTheApp() {
        app.answer(404, "{\"status\":404}");

        assertThatThrownBy(() -> greetings.one("klingon")).isInstanceOf(FeignException.NotFound.class);

        assertThat(app.received()).hasSize(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRateLimitAnswerReachesTheCallerAsSuchOnceAndIsNotHeldAgainstTheApp() {
        app.answer(429, "{\"status\":429}", "30");

        assertThatThrownBy(() -> greetings.one("klingon"))
                .isInstanceOfSatisfying(FeignException.class, ex -> assertThat(ex.status()).isEqualTo(429));

        assertThat(app.received()).hasSize(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aFailingReadIsTriedThreeTimesWithGrowingWaits() {
        app.answer(500, "{\"status\":500}");

        assertThatThrownBy(() -> greetings.one("en")).isInstanceOf(RemoteServiceUnavailable.class)
                .hasMessageStartingWith("greetings is unavailable")
                .hasCauseInstanceOf(FeignException.InternalServerError.class);

        assertThat(app.received()).hasSize(3);
        // 50 ms then 100 ms, each at least half of that with the jitter.
        assertThat(gap(0, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(25));
        assertThat(gap(1, 2)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void aFailingWriteIsNotRepeated() {
        app.answer(503, "{\"status\":503}");

        assertThatThrownBy(() -> greetings.add(new Greeting("hi"))).isInstanceOf(RemoteServiceUnavailable.class);

        assertThat(app.received()).hasSize(1);
        assertThat(app.last().method()).isEqualTo("POST");
        assertThat(app.last().body()).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void afterFiveFailuresTheBreakerOpensAndSparesTheApp() {
        app.answer(500, "{\"status\":500}");

        assertThatThrownBy(() -> greetings.one("en")).isInstanceOf(RemoteServiceUnavailable.class);
        assertThat(app.received()).as("three attempts").hasSize(3);
        assertThatThrownBy(() -> greetings.one("en")).isInstanceOf(RemoteServiceUnavailable.class);
        assertThat(app.received()).as("the fifth failed attempt opens the breaker, which stops the retries").hasSize(5);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void anOpenBreakerAnswersAtOnceWithoutCallingTheApp() {
        breaker().transitionToOpenState();
        app.answer(200, HELLO);

        assertThatThrownBy(() -> greetings.one("en")).isInstanceOf(RemoteServiceUnavailable.class)
                .hasCauseInstanceOf(CallNotPermittedException.class);
        assertThatThrownBy(() -> greetings.add(new Greeting("hi"))).isInstanceOf(RemoteServiceUnavailable.class);

        assertThat(app.received()).isEmpty();
    }

    @Test
    void aHangingAppCostsTheCallerTheTimeLimitAndNoLaterAttempt() {
        app.hold();
        long start = System.nanoTime();

        assertThatThrownBy(() -> slow.one("en")).isInstanceOf(RemoteServiceUnavailable.class)
                .hasMessageStartingWith("slow is unavailable")
                .hasCauseInstanceOf(TimeoutException.class);

        // The limit is 600 ms; the backoff alone would have been 20 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> allSlotsFree("slow"));
        assertThat(app.received()).as("the first attempt only").hasSize(1);
    }

    @Test
    void whenTooManyCallsAreRunningTheNextIsRefusedWithoutCallingTheApp() {
        app.answer(200, HELLO);
        app.hold();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Greeting>> running = List.of(
                    CompletableFuture.supplyAsync(() -> greetings.one("en"), callers),
                    CompletableFuture.supplyAsync(() -> greetings.one("fr"), callers));
            await().atMost(Duration.ofSeconds(10)).until(() -> app.received().size() == 2);

            assertThatThrownBy(() -> greetings.one("de")).isInstanceOf(RemoteServiceUnavailable.class)
                    .hasCauseInstanceOf(BulkheadFullException.class);

            app.release();
            assertThat(running).allSatisfy(call -> assertThat(call.join()).isEqualTo(new Greeting("hello")));
            assertThat(app.received()).hasSize(2);
        }
        finally {
            callers.shutdownNow();
        }
    }

    private Duration gap(int from, int to) {
        return Duration.ofNanos(app.received().get(to).nanoTime() - app.received().get(from).nanoTime());
    }

    private boolean allSlotsFree(String client) {
        Bulkhead bulkhead = bulkheads.bulkhead(client);
        return bulkhead.getMetrics().getAvailableConcurrentCalls() == bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
    }

    private CircuitBreaker breaker() {
        return breakers.circuitBreaker("greetings");
    }
}
