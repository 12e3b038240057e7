package io.cmr.gateway.observability;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class LogIdsTest {

    static final LogIds IDS = new LogIds("req-1", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aRequestsWorkLogsItsIdsAndLeavesTheThreadAsItFoundIt() {
        MDC.put("requestId", "other-request");
        AtomicReference<String> seen = new AtomicReference<>();
        Mono<Void> stage = Mono.fromRunnable(() -> seen.set(MDC.get("requestId") + " " + MDC.get("traceId") + ","
                + MDC.get("spanId")));

        WithLogIds.around(stage, IDS).block();

        assertThat(seen).hasValue("req-1 4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7");
        assertThat(MDC.get("requestId")).isEqualTo("other-request");
        assertThat(MDC.get("traceId")).isNull();
        assertThat(MDC.get("spanId")).isNull();
    }

    @Test
    void anUntracedRequestLeavesNoTraceOfAnotherInItsLines() {
        MDC.put("traceId", "stale");
        try (LogIds.Scope ignored = new LogIds("req-2", null, null).open()) {
            assertThat(MDC.get("requestId")).isEqualTo("req-2");
            assertThat(MDC.get("traceId")).isNull();
        }
        assertThat(MDC.get("traceId")).isEqualTo("stale");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void workThatLogsAfterAWaitFindsTheIdsInTheReactorContext() {
        String requestId = Mono.deferContextual(context -> Mono.just(LogIds.of(context).requestId()))
                .contextWrite(context -> context.put(LogIds.ATTRIBUTE, IDS))
                .block();

        assertThat(requestId).isEqualTo("req-1");
        assertThat(Mono.deferContextual(context -> Mono.justOrEmpty(LogIds.of(context).requestId())).blockOptional())
                .isEmpty();
    }
}
