package io.cmr.orderstatus.incident;

import java.time.Instant;

/**
 * How far telling the customers of the latest revision has got, kept on the incident so that a
 * restart finishes it. It goes through the orders the selector matches now, grouped by customer in
 * customer order ({@link Phase#MATCHING}), then through customers told of an earlier revision and not
 * reached yet ({@link Phase#EARLIER}); {@code cursor} is the last customer done in the phase (the
 * earlier phase resumes by leaving out whoever it already told). A batch redone after a crash is
 * harmless: notice requests are idempotent per customer and notice key.
 *
 * @param holder the instance running it until {@code leaseUntil}; a lease past is free to take
 * @param customers customers told of this revision so far
 * @param orders their affected orders
 */
public record FanOut(int revision, State state, Phase phase, String cursor, long customers, long orders, String holder,
        Instant leaseUntil, Instant startedAt, Instant finishedAt, String lastError) {

    public enum State {
        RUNNING, DONE
    }

    public enum Phase {
        MATCHING, EARLIER
    }

    static FanOut start(int revision, Phase phase, Instant now) {
        return new FanOut(revision, State.RUNNING, phase, null, 0, 0, null, null, now, null, null);
    }
}
