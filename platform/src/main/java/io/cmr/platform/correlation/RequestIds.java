package io.cmr.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id rule shared by the gateway and the services. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** The MDC key log patterns and JSON logs read the id from. */
    public static final String MDC_KEY = "requestId";

    /** Anything else could forge log lines or bloat them, so it is replaced rather than trusted. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is a sane token, a new one otherwise. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
