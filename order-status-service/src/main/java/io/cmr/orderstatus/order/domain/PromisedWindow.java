package io.cmr.orderstatus.order.domain;

import java.time.Instant;

/** When the merchant promised delivery: from {@code start} to {@code end}, end after start. */
public record PromisedWindow(Instant start, Instant end) {
}
