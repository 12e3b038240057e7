package io.cmr.platform.tracing;

import java.util.Optional;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;

/**
 * The trace an answer belongs to, told to the caller in a {@code traceresponse} header (W3C Trace
 * Context level 2): {@code 00-<trace id>-<span id of this app's server span>-<flags>}. The trace id
 * is the same in every app the request went through and in each of their log lines.
 */
public final class TraceResponses {

    public static final String HEADER = "traceresponse";

    private TraceResponses() {
    }

    /** The header's value for the server span of an observed request, when it has one. */
    public static Optional<String> of(Observation.Context request) {
        return spanOf(request).map(TraceResponses::format);
    }

    /** The span of an observed request, when it is traced. */
    public static Optional<TraceContext> spanOf(Observation.Context request) {
        TracingContext tracing = request.get(TracingContext.class);
        return Optional.ofNullable(tracing).map(TracingContext::getSpan).map(span -> span.context());
    }

    static String format(TraceContext context) {
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
