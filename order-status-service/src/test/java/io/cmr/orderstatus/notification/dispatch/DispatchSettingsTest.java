package io.cmr.orderstatus.notification.dispatch;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchSettingsTest {

    private final DispatchSettings settings = new DispatchSettings(true, Duration.ofSeconds(1), 100, 4,
            Duration.ofMinutes(2), 6, Duration.ofSeconds(30), Duration.ofMinutes(10), 0.2);

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongestWait() {
        assertThat(settings.backoff(1, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2, 0.5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.backoff(20, 0.5)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterSpreadsRetriesOfItemsThatFailedTogether() {
        assertThat(settings.backoff(1, 0)).isEqualTo(Duration.ofSeconds(24));
        assertThat(settings.backoff(1, 0.999)).isBetween(Duration.ofSeconds(35), Duration.ofSeconds(36));
    }
}
