package io.cmr.platform.remote;

import java.util.concurrent.Callable;

import feign.RequestInterceptor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Continues the caller's trace in the call to the other app: a client span, child of the caller's,
 * opened on the thread that makes the call (the caller's context is taken on its own thread) and
 * sent on in the request's {@code traceparent}, so that the other app's spans join the same trace.
 */
final class CallTrace {

    private final Tracer tracer;
    private final Propagator propagator;

    CallTrace(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Writes the current span of the call's thread into each request of a client. */
    RequestInterceptor interceptor() {
        return template -> {
            TraceContext context = tracer.currentTraceContext().context();
            if (context != null) {
                propagator.inject(context, template, (request, name, value) -> request.header(name, value));
            }
        };
    }

    /** The caller's trace, on the caller's thread; null outside any. */
    TraceContext ofCaller() {
        return tracer.currentTraceContext().context();
    }

    /**
     * The call in a client span of its own, a child of {@code caller}'s (a new trace without one).
     * @param client the client's name, the other app as the span names it
     * @param operation the interface method called
     */
    <T> Callable<T> around(TraceContext caller, String client, String operation, Callable<T> call) {
        return () -> {
            Span.Builder builder = tracer.spanBuilder().name(client + " " + operation).kind(Span.Kind.CLIENT)
                    .remoteServiceName(client);
            Span span = (caller != null ? builder.setParent(caller) : builder).start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                return call.call();
            }
            catch (Exception | Error ex) {
                span.error(ex);
                throw ex;
            }
            finally {
                span.end();
            }
        };
    }
}
