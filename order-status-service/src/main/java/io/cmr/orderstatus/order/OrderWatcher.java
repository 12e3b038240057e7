package io.cmr.orderstatus.order;

/**
 * Told of every order as it was just stored by an insert or a replace, after the write. A
 * watcher that must not miss a change also re-reads recently updated orders itself: the
 * process may stop between the write and this call.
 */
public interface OrderWatcher {

    void stored(Order order);
}
