package io.cmr.portal.security;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's client in the Keycloak realm. The secret is the realm file's local demo one;
 * anywhere else it comes from the environment ({@code CMR_PORTAL_CLIENT_SECRET}).
 *
 * @param id the client id
 * @param secret the client secret
 * @param scopes the scopes asked for at login
 */
@ConfigurationProperties("cmr.portal.client")
record PortalClientProperties(
        @DefaultValue("portal") String id,
        @DefaultValue("portal-local-secret") String secret,
        @DefaultValue({ "openid", "profile", "email" }) Set<String> scopes) {
}
