package io.cmr.orderstatus.contact.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepeatWindowTest {

    private static final Instant FIRST = Instant.parse("2026-11-02T10:00:00Z");
    private final RepeatWindow sevenDays = new RepeatWindow(Duration.ofDays(7));

    @Test
    void aContactWithinTheWindowAfterAnotherRepeatsIt() {
        assertThat(sevenDays.repeats(FIRST, FIRST.plusSeconds(60))).isTrue();
        assertThat(sevenDays.repeats(FIRST, FIRST.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void aContactAfterTheWindowIsANewOne() {
        assertThat(sevenDays.repeats(FIRST, FIRST.plus(Duration.ofDays(7)).plusSeconds(1))).isFalse();
    }

    @Test
    void anEarlierOrSimultaneousContactRepeatsNothing() {
        assertThat(sevenDays.repeats(FIRST, FIRST)).isFalse();
        assertThat(sevenDays.repeats(FIRST, FIRST.minusSeconds(1))).isFalse();
    }

    @Test
    void theWindowIsConfigurable() {
        RepeatWindow oneDay = new RepeatWindow(Duration.ofDays(1));
        assertThat(oneDay.repeats(FIRST, FIRST.plus(Duration.ofDays(2)))).isFalse();
        assertThatThrownBy(() -> new RepeatWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
