package io.cmr.orderstatus.webhook;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The pause before the next try: {@code first} doubled at each failure up to {@code max}, and then
 * between half of that and all of it at random, so that deliveries failing together do not all come
 * back at once.
 */
record Backoff(Duration first, Duration max) {

    /** @param failures failures so far, at least 1; {@code random} gives a value in [0, 1) */
    Duration after(int failures, DoubleSupplier random) {
        long ceiling = max.toMillis();
        long delay = first.toMillis();
        for (int i = 1; i < failures && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        return Duration.ofMillis(delay / 2 + (long) (random.getAsDouble() * (delay - delay / 2)));
    }
}
