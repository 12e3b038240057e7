package io.cmr.platform.remote;

/**
 * Who a remote call is made as. Asked on the caller's thread, before the call moves to another
 * one, so an implementation may read the request, the session or the security context.
 */
@FunctionalInterface
public interface CallerCredentials {

    /** @return the {@code Authorization} header value, e.g. {@code Bearer …} */
    String authorization();
}
