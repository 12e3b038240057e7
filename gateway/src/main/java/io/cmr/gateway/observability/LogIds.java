package io.cmr.gateway.observability;

import io.cmr.platform.correlation.RequestIds;
import io.cmr.platform.reactive.RequestIdFilter;
import io.cmr.platform.tracing.TraceResponses;
import io.micrometer.tracing.TraceContext;
import org.slf4j.MDC;
import reactor.util.context.ContextView;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * What names a request in the gateway's log lines: its request id and its trace (the gateway's
 * span of it), under the MDC keys the log pattern and JSON logs read. Put into the MDC only where
 * the gateway's work for a request runs or logs ({@link LogCorrelation}, the access log, the error
 * handler), not restored on every reactive signal.
 *
 * @param traceId null when the request is not traced
 * @param spanId null when the request is not traced
 */
public record LogIds(String requestId, String traceId, String spanId) {

    /** Also the key of the ids in the Reactor context, for work that logs on another thread. */
    static final String ATTRIBUTE = LogIds.class.getName();

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    /** The ids of an exchange, worked out once and kept in its attributes. */
    public static LogIds of(ServerWebExchange exchange) {
        LogIds known = exchange.getAttribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        TraceContext span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .flatMap(TraceResponses::spanOf).orElse(null);
        LogIds ids = new LogIds(RequestIdFilter.requestIdOf(exchange), span != null ? span.traceId() : null,
                span != null ? span.spanId() : null);
        exchange.getAttributes().put(ATTRIBUTE, ids);
        return ids;
    }

    /** The ids a request's Reactor context carries, or none (every field null). */
    public static LogIds of(ContextView context) {
        return context.getOrDefault(ATTRIBUTE, new LogIds(null, null, null));
    }

    /** In the MDC until the scope is closed, which puts back what was there before. */
    public Scope open() {
        return new Scope(swap(RequestIds.MDC_KEY, requestId), swap(TRACE_ID, traceId), swap(SPAN_ID, spanId));
    }

    /** What the MDC held before {@link #open()}. */
    public record Scope(String requestId, String traceId, String spanId) implements AutoCloseable {

        @Override
        public void close() {
            swap(RequestIds.MDC_KEY, requestId);
            swap(TRACE_ID, traceId);
            swap(SPAN_ID, spanId);
        }
    }

    private static String swap(String key, String value) {
        String previous = MDC.get(key);
        if (value != null) {
            MDC.put(key, value);
        }
        else if (previous != null) {
            MDC.remove(key);
        }
        return previous;
    }
}
