package io.cmr.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's part of the W3C trace: the service behind receives the gateway's trace with a
 * the gateway's span as parent, the caller is told the trace in {@code traceresponse}, a caller's valid
 * {@code traceparent} is continued and an invalid one replaced, and the gateway's log lines name the trace.
 * Every trace is recorded here (sampling 1.0) so that the test can see the spans the gateway ends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.tracing.sampling.probability=1.0",
        "logging.level.org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping=debug" })
@ExtendWith(OutputCaptureExtension.class)
class TraceContextTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp profile = StubApp.start("profile-service");

    static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";

    @LocalServerPort
    int port;

    @Autowired
    FinishedSpans spans;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        Stream.of("profile-uri", "preference-uri", "order-status-uri", "portal-uri")
                .forEach(name -> registry.add("cmr.gateway." + name, profile::uri));
    }

    @AfterAll
    static void stop() {
        profile.close();
        tokens.close();
    }

    @BeforeEach
    void forget() {
        profile.forget();
    }

    @Test
    void theServiceReceivesTheGatewaysTraceWithTheGatewaysSpanAsParent() {
        HttpResponse<String> response = get("X-Request-Id", "trace-1");

        assertThat(response.statusCode()).isEqualTo(200);
        Trace answered = Trace.parse(response.headers().firstValue("traceresponse").orElseThrow());
        Trace forwarded = Trace.parse(profile.last().header("traceparent"));
        assertThat(forwarded.traceId()).as("the trace the caller is told is the service's").isEqualTo(answered.traceId());
        assertThat(answered).as("the gateway's own span, not the service's").isNotEqualTo(
                Trace.parse(StubApp.SERVICE_TRACE_RESPONSE));
        assertThat(forwarded.spanId()).as("the service's parent: the gateway's span of the request")
                .isEqualTo(answered.spanId());
        assertThat(spans.awaitSpan(answered.spanId()).kind()).isEqualTo(brave.Span.Kind.SERVER);
    }

    @Test
    void theGatewaysOwnRefusalsTellTheTraceToo() {
        HttpResponse<String> unauthenticated = new Http(port).get("/api/v1/profile/me");
        HttpResponse<String> closed = new Http(port).get("/internal/v1/anything");

        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(closed.statusCode()).isEqualTo(404);
        Stream.of(unauthenticated, closed).forEach(
                response -> Trace.parse(response.headers().firstValue("traceresponse").orElseThrow()));
    }

    @Test
    void aCallersValidTraceparentIsContinuedWithItsSamplingDecision() {
        HttpResponse<String> response = get("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-00");

        Trace answered = Trace.parse(response.headers().firstValue("traceresponse").orElseThrow());
        Trace forwarded = Trace.parse(profile.last().header("traceparent"));
        assertThat(answered.traceId()).isEqualTo(CALLER_TRACE);
        assertThat(answered.flags()).isEqualTo("00");
        assertThat(forwarded.traceId()).isEqualTo(CALLER_TRACE);
        assertThat(forwarded.spanId()).isEqualTo(answered.spanId()).isNotEqualTo(CALLER_SPAN);
        assertThat(forwarded.flags()).isEqualTo("00");
    }

    @Test
    void aCallersSpanIsTheParentOfTheGatewaysSpan() {
        HttpResponse<String> response = get("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01");

        Trace answered = Trace.parse(response.headers().firstValue("traceresponse").orElseThrow());
        assertThat(spans.awaitSpan(answered.spanId()).parentId()).isEqualTo(CALLER_SPAN);
    }

    @Test
    void anInvalidTraceparentIsReplacedByANewTrace() {
        // All zeros is no trace id (W3C Trace Context); the version and flags are fine.
        HttpResponse<String> response = get("traceparent", "00-00000000000000000000000000000000-" + CALLER_SPAN + "-01");

        Trace answered = Trace.parse(response.headers().firstValue("traceresponse").orElseThrow());
        assertThat(answered.traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(Trace.parse(profile.last().header("traceparent")).traceId()).isEqualTo(answered.traceId());
    }

    @Test
    void theGatewaysLogLinesForARequestCarryItsTraceIdNextToItsRequestId(CapturedOutput output) {
        get("X-Request-Id", "trace-log-3", "traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01");

        String ids = "[trace-log-3] [" + CALLER_TRACE + ",";
        assertThat(linesWith(output, "Route matched")).isNotEmpty().allMatch(line -> line.contains(ids));
        // The access line is written once the answer is on its way, so it may come just after the client has it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesWith(output, "io.cmr.gateway.access"))
                .isNotEmpty().allMatch(line -> line.contains(ids)));
    }

    private HttpResponse<String> get(String... headers) {
        String[] all = Stream.concat(Stream.of("Authorization", tokens.customer("alice-sub").bearer()),
                Stream.of(headers)).toArray(String[]::new);
        return new Http(port).get("/api/v1/profile/me", all);
    }

    private static Stream<String> linesWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text) && line.contains("trace-log-3"));
    }

    record Trace(String traceId, String spanId, String flags) {

        static Trace parse(String header) {
            assertThat(header).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            String[] parts = header.split("-");
            return new Trace(parts[1], parts[2], parts[3]);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordedSpans {

        @Bean
        FinishedSpans finishedSpans() {
            return new FinishedSpans();
        }
    }

    /** Every span the gateway ends, as a reporter would receive it. */
    static class FinishedSpans extends SpanHandler {

        private final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

        @Override
        public boolean end(TraceContext context, MutableSpan span, Cause cause) {
            spans.add(span);
            return true;
        }

        /** Spans end once the answer is sent, which may be just after the caller has it. */
        MutableSpan awaitSpan(String spanId) {
            return await().atMost(Duration.ofSeconds(10)).until(() -> find(spanId), Objects::nonNull);
        }

        private MutableSpan find(String spanId) {
            return spanId == null ? null
                    : spans.stream().filter(span -> span.id().equals(spanId)).findFirst().orElse(null);
        }
    }
}
