package io.cmr.orderstatus.delay;

import java.time.Duration;

import io.cmr.orderstatus.order.domain.DelayRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delay detection's settings: the rules' starting thresholds (admins change them later through the
 * API) and how often the stale-shipment check runs.
 *
 * @param staleAfter see {@link DelayRules#staleAfter()}
 * @param etaTolerance see {@link DelayRules#etaTolerance()}
 * @param windowGrace see {@link DelayRules#windowGrace()}
 * @param checkEvery how often one instance re-checks unfinished orders against the clock
 * @param lease how long an instance holds the check once it starts it, longer than a check takes
 */
@ConfigurationProperties("cmr.order-status.delays")
public record DelaySettings(
        @DefaultValue("48h") Duration staleAfter,
        @DefaultValue("0s") Duration etaTolerance,
        @DefaultValue("0s") Duration windowGrace,
        @DefaultValue("5m") Duration checkEvery,
        @DefaultValue("4m") Duration lease) {

    DelayRules defaults() {
        return new DelayRules(staleAfter, etaTolerance, windowGrace);
    }
}
