package io.cmr.platform.security;

import java.time.Duration;

import io.cmr.platform.MissingSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an access token must satisfy to be accepted by any CMR app.
 *
 * @param issuerUri the Keycloak realm that issues tokens, by its one public URL; the {@code iss} claim must equal it
 * @param backChannelUri the same realm where this app itself calls it (keys, tokens), when that is another
 *        address than the public one (Keycloak's own, inside a cluster); the issuer when unset
 * @param jwkSetUri where the realm's signing keys are fetched; derived from the back channel when unset
 * @param audience the value the {@code aud} claim must contain
 * @param clockSkew tolerance on {@code exp} and {@code nbf} between this host's clock and Keycloak's
 */
@ConfigurationProperties("cmr.security")
public record TokenProperties(
        String issuerUri,
        String backChannelUri,
        String jwkSetUri,
        @DefaultValue("cmr-api") String audience,
        @DefaultValue("30s") Duration clockSkew) {

    public TokenProperties {
        new MissingSettings().require("cmr.security.issuer-uri", issuerUri).check();
    }

    public String effectiveBackChannelUri() {
        return (backChannelUri != null && !backChannelUri.isBlank() ? backChannelUri : issuerUri).replaceAll("/+$", "");
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank()
                ? jwkSetUri
                : effectiveBackChannelUri() + "/protocol/openid-connect/certs";
    }
}
