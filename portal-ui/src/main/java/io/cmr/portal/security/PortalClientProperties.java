package io.cmr.portal.security;

import java.util.Set;

import io.cmr.platform.MissingSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's client in the Keycloak realm. The realm file's demo secret comes only with the
 * {@code local} profile; anywhere else it is given ({@code CMR_PORTAL_CLIENT_SECRET}).
 *
 * @param id the client id
 * @param secret the client secret
 * @param scopes the scopes asked for at login
 */
@ConfigurationProperties("cmr.portal.client")
record PortalClientProperties(
        @DefaultValue("portal") String id,
        String secret,
        @DefaultValue({ "openid", "profile", "email" }) Set<String> scopes) {

    PortalClientProperties {
        new MissingSettings().require("cmr.portal.client.secret", secret).check();
    }
}
