package io.cmr.orderstatus.notification;

/** Told of every {@link OrderNews}, at least once. */
public interface OrderNewsListener {

    void on(OrderNews news);
}
