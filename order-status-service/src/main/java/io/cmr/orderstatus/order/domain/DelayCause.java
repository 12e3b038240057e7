package io.cmr.orderstatus.order.domain;

/** Why an order may be late, and how bad that is for the customer. */
public enum DelayCause {
    /** The carrier's estimate is after the promised window. */
    ETA_AFTER_WINDOW(Punctuality.Level.LATE),
    /** The carrier reported an exception or a failed delivery. */
    CARRIER_PROBLEM(Punctuality.Level.AT_RISK),
    /** The shipment is on its way but the carrier has said nothing for too long. */
    NO_CARRIER_NEWS(Punctuality.Level.AT_RISK),
    /** The promised window is over and the order is not delivered. */
    WINDOW_PASSED(Punctuality.Level.LATE);

    private final Punctuality.Level level;

    DelayCause(Punctuality.Level level) {
        this.level = level;
    }

    public Punctuality.Level level() {
        return level;
    }
}
