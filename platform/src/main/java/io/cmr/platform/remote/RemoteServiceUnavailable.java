package io.cmr.platform.remote;

/**
 * Another app gave no usable answer: it could not be reached, was too slow, failed (5xx), its
 * circuit breaker is open, or too many calls to it are already running. A 4xx answer is not this:
 * it reaches the caller as Feign's own exception.
 */
public class RemoteServiceUnavailable extends RuntimeException {

    private final String remote;

    public RemoteServiceUnavailable(String remote, Throwable cause) {
        super(remote + " is unavailable: " + cause, cause);
        this.remote = remote;
    }

    /** The client name (or token endpoint) that did not answer. */
    public String remote() {
        return remote;
    }
}
