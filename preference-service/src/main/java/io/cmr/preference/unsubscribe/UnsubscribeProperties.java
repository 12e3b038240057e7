package io.cmr.preference.unsubscribe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-click unsubscribe links.
 *
 * @param secret the HMAC key of the links' tokens; required, no default could be right (local value in application-local.yaml)
 * @param tokenLifetime how long a link in a sent message keeps working
 * @param preferencesPage where the confirmation page sends a customer to change their preferences
 */
@ConfigurationProperties("cmr.preference.unsubscribe")
record UnsubscribeProperties(String secret, @DefaultValue("P60D") Duration tokenLifetime,
        @DefaultValue("/preferences") String preferencesPage) {
}
