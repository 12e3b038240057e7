package io.cmr.orderstatus.contact.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A contact repeats an earlier one of the same customer and reason when it comes within the
 * window after it: the earlier one was closed, but not truly resolved.
 */
public record RepeatWindow(Duration length) {

    public RepeatWindow {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a repeat window must be positive");
        }
    }

    public boolean repeats(Instant earlier, Instant later) {
        return earlier.isBefore(later) && !later.isAfter(earlier.plus(length));
    }
}
