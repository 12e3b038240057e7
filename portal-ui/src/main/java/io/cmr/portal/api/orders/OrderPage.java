package io.cmr.portal.api.orders;

import java.util.List;

/** One page of the customer's orders, newest first; {@code next} is the following page's cursor, null on the last. */
public record OrderPage(List<Order> orders, String next) {
}
