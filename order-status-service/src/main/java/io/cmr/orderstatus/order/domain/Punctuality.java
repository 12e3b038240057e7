package io.cmr.orderstatus.order.domain;

/** Whether an order keeps its promise, and why not. */
public record Punctuality(Level level, String reason, String detail) {

    public enum Level {
        ON_TIME, AT_RISK, LATE
    }

    public static final Punctuality ON_TIME = new Punctuality(Level.ON_TIME, null, null);
}
