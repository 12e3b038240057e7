package io.cmr.gateway.observability;

import io.cmr.platform.correlation.RequestIds;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/** The request id's place in the MDC, as Micrometer's context propagation sees it (registered as a service). */
public final class RequestIdAccessor implements ThreadLocalAccessor<String> {

    @Override
    public Object key() {
        return RequestIds.MDC_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(RequestIds.MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(RequestIds.MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(RequestIds.MDC_KEY);
    }
}
