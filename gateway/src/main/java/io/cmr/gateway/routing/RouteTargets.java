package io.cmr.gateway.routing;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where each app listens; the defaults are the local stack's ports. */
@ConfigurationProperties("cmr.gateway")
public record RouteTargets(
        @DefaultValue("http://localhost:8082") URI profileUri,
        @DefaultValue("http://localhost:8083") URI preferenceUri,
        @DefaultValue("http://localhost:8084") URI orderStatusUri,
        @DefaultValue("http://localhost:8081") URI portalUri) {
}
