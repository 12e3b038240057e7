package io.cmr.platform.problem;

import java.io.IOException;

/** Thrown while reading a request body that outgrows the configured limit. */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
