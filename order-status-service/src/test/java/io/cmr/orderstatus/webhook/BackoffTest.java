package io.cmr.orderstatus.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void thePauseDoublesAtEachFailureUpToTheCeiling() {
        assertThat(backoff.after(1, () -> 0.999_999)).isBetween(Duration.ofMillis(9_999), Duration.ofSeconds(10));
        assertThat(backoff.after(2, () -> 0.999_999)).isBetween(Duration.ofMillis(19_999), Duration.ofSeconds(20));
        assertThat(backoff.after(4, () -> 0.999_999)).isBetween(Duration.ofMillis(79_999), Duration.ofSeconds(80));
        assertThat(backoff.after(30, () -> 0.999_999)).isBetween(Duration.ofMillis(299_999), Duration.ofMinutes(5));
    }

    @Test
    void jitterSpreadsThePauseOverItsUpperHalf() {
        assertThat(backoff.after(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(30));
    }
}
