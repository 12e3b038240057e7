package io.cmr.platform.servlet;

import java.io.IOException;

/** Thrown while reading a request body that outgrows the configured limit. */
class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
