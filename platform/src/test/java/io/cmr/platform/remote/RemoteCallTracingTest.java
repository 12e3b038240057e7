package io.cmr.platform.remote;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A call to another app continues the caller's trace, in a span of its own that the other app sees as its parent. */
@SpringBootTest(classes = RemoteCallTracingTest.TracedApp.class, webEnvironment = WebEnvironment.NONE, properties = {
        "management.tracing.propagation.type=W3C", "management.tracing.sampling.probability=1.0" })
class RemoteCallTracingTest {

    static final StubServer app = StubServer.start();

    @Autowired
    RemoteClients remoteClients;

    @Autowired
    Tracer tracer;

    @Autowired
    FinishedSpans finished;

    Greetings greetings;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.remote.clients.greetings.url", app::uri);
    }

    @BeforeEach
    void createClient() {
        app.reset();
        app.answer(200, "{\"text\":\"hello\"}");
        finished.spans.clear();
        greetings = remoteClients.create(Greetings.class, "greetings", () -> "Bearer test-token");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theOtherAppReceivesTheCallersTraceWithTheCallsOwnSpanAsParent() {
        Span caller = tracer.nextSpan().name("caller").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(caller)) {
            greetings.one("en");
        }
        finally {
            caller.end();
        }

        String[] traceparent = app.last().header("traceparent").split("-");
        assertThat(traceparent).hasSize(4);
        assertThat(traceparent[0]).isEqualTo("00");
        assertThat(traceparent[1]).isEqualTo(caller.context().traceId());
        assertThat(traceparent[3]).isEqualTo("01");
        MutableSpan call = finished.withId(traceparent[2]);
        assertThat(call.kind()).isEqualTo(brave.Span.Kind.CLIENT);
        assertThat(call.parentId()).isEqualTo(caller.context().spanId());
        assertThat(call.name()).isEqualTo("greetings one");
    }

    @Test
    void aCallOutsideAnyTraceBeginsOne() {
        greetings.one("en");

        assertThat(app.last().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({ BraveAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
            FeignAutoConfiguration.class, RemoteAutoConfiguration.class })
    static class TracedApp {

        @Bean
        FinishedSpans finishedSpans() {
            return new FinishedSpans();
        }
    }

    /** Every span the app ends, as a reporter would receive it. */
    static class FinishedSpans extends SpanHandler {

        final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

        @Override
        public boolean end(TraceContext context, MutableSpan span, Cause cause) {
            spans.add(span);
            return true;
        }

        MutableSpan withId(String spanId) {
            return spans.stream().filter(span -> span.id().equals(spanId)).findFirst()
                    .orElseThrow(() -> new AssertionError("No finished span " + spanId + " in " + spans));
        }
    }
}
