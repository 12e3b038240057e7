package io.cmr.gateway.routing;

import java.net.URI;

import io.cmr.platform.MissingSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where each app listens; the local stack's addresses come with the {@code local} profile. */
@ConfigurationProperties("cmr.gateway")
public record RouteTargets(URI profileUri, URI preferenceUri, URI orderStatusUri, URI portalUri) {

    public RouteTargets {
        new MissingSettings()
                .require("cmr.gateway.profile-uri", profileUri)
                .require("cmr.gateway.preference-uri", preferenceUri)
                .require("cmr.gateway.order-status-uri", orderStatusUri)
                .require("cmr.gateway.portal-uri", portalUri)
                .check();
    }
}
