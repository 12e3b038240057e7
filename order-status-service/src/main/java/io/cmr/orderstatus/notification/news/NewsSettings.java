package io.cmr.orderstatus.notification.news;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sweepEvery how often news missed by a crash is looked for and published
 * @param lookBack orders written this long before a sweep have their news derived again
 * @param settle news left unpublished this long is taken to be abandoned by the instance that stored it
 */
@ConfigurationProperties("cmr.notifications.news")
public record NewsSettings(
        @DefaultValue("30s") Duration sweepEvery,
        @DefaultValue("10m") Duration lookBack,
        @DefaultValue("20s") Duration settle) {
}
