package io.cmr.orderstatus.order.web;

import java.util.List;

/** One page of a customer's orders; pass {@code next} as {@code cursor} for the following page, null at the end. */
record OrderPage(List<OrderResponse> orders, String next) {
}
