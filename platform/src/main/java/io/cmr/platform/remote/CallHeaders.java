package io.cmr.platform.remote;

import java.util.concurrent.Callable;

import feign.RequestInterceptor;
import io.cmr.platform.correlation.RequestIds;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;

/**
 * The headers taken on the caller's thread, carried to the thread that makes the call: the
 * credentials may read the caller's session, which the call's thread cannot.
 */
record CallHeaders(String authorization, String requestId) {

    private static final ThreadLocal<CallHeaders> CURRENT = new ThreadLocal<>();

    /** Adds the current call's headers to every request of a client. */
    static final RequestInterceptor INTERCEPTOR = template -> {
        CallHeaders headers = CURRENT.get();
        if (headers == null) {
            return;
        }
        if (headers.authorization() != null) {
            template.header(HttpHeaders.AUTHORIZATION, headers.authorization());
        }
        if (headers.requestId() != null) {
            template.header(RequestIds.HEADER, headers.requestId());
        }
    };

    static CallHeaders ofCaller(CallerCredentials credentials) {
        return new CallHeaders(credentials.authorization(), MDC.get(RequestIds.MDC_KEY));
    }

    /** The call, with these headers and the request id in the log context of the thread that runs it. */
    <T> Callable<T> around(Callable<T> call) {
        return () -> {
            CURRENT.set(this);
            if (requestId != null) {
                MDC.put(RequestIds.MDC_KEY, requestId);
            }
            try {
                return call.call();
            }
            finally {
                CURRENT.remove();
                MDC.remove(RequestIds.MDC_KEY);
            }
        };
    }
}
