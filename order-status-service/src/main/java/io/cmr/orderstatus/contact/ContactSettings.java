package io.cmr.orderstatus.contact;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Contact analysis settings.
 *
 * @param timezone whose Mondays start the reports' ISO weeks
 * @param repeatWindow a contact of the same customer and reason within it is a repeat
 * @param noticeLookBack without an order, how recent a notice must be for a contact to count as despite it
 * @param clockSkew how far in the future a contact's time may be, for callers' clocks running ahead
 */
@ConfigurationProperties("cmr.order-status.contacts")
public record ContactSettings(
        @DefaultValue("Europe/Paris") ZoneId timezone,
        @DefaultValue("7d") Duration repeatWindow,
        @DefaultValue("14d") Duration noticeLookBack,
        @DefaultValue("2m") Duration clockSkew) {
}
