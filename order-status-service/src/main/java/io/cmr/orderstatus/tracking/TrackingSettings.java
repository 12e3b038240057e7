package io.cmr.orderstatus.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxClockSkew how far in the future a carrier's occurredAt may be before it is refused */
@ConfigurationProperties("cmr.order-status.tracking")
public record TrackingSettings(@DefaultValue("15m") Duration maxClockSkew) {
}
