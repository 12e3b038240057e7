package io.cmr.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an access token must satisfy to be accepted by any CMR app.
 *
 * @param issuerUri the Keycloak realm that issues tokens; the {@code iss} claim must equal it
 * @param jwkSetUri where the realm's signing keys are published; derived from the issuer when unset
 * @param audience the value the {@code aud} claim must contain
 * @param clockSkew tolerance on {@code exp} and {@code nbf} between this host's clock and Keycloak's
 */
@ConfigurationProperties("cmr.security")
public record TokenProperties(
        @DefaultValue("http://localhost:8180/realms/cmr") String issuerUri,
        String jwkSetUri,
        @DefaultValue("cmr-api") String audience,
        @DefaultValue("30s") Duration clockSkew) {

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank()
                ? jwkSetUri
                : issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/certs";
    }
}
