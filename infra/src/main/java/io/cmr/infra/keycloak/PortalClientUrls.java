package io.cmr.infra.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak imports the realm file only into an empty database, so the portal client keeps the
 * gateway and portal URLs of the first start. When a later start uses other ports, this brings
 * the client's redirect, logout and origin URLs in line, through Keycloak's admin API.
 */
public final class PortalClientUrls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloakUrl;
    private final String adminPassword;

    public PortalClientUrls(String keycloakUrl, String adminPassword) {
        this.keycloakUrl = keycloakUrl;
        this.adminPassword = adminPassword;
    }

    public void alignWith(String gatewayUrl, String portalUrl) {
        String token = "Bearer " + adminToken();
        String clients = keycloakUrl + "/admin/realms/cmr/clients";
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=portal"))
                .header("Authorization", token).GET()));
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak's realm cmr has no client 'portal'");
        }
        ObjectNode portal = (ObjectNode) found.get(0);
        List<String> bases = List.of(gatewayUrl, portalUrl);
        ArrayNode redirects = JSON.createArrayNode();
        ArrayNode origins = JSON.createArrayNode();
        bases.forEach(base -> {
            redirects.add(base + "/*");
            origins.add(base);
        });
        String logoutRedirects = gatewayUrl + "/*##" + portalUrl + "/*";
        if (portal.get("redirectUris").equals(redirects) && portal.get("webOrigins").equals(origins)
                && logoutRedirects.equals(portal.path("attributes").path("post.logout.redirect.uris").asString(""))) {
            return;
        }
        portal.set("redirectUris", redirects);
        portal.set("webOrigins", origins);
        portal.put("rootUrl", gatewayUrl);
        ((ObjectNode) portal.withObjectProperty("attributes")).put("post.logout.redirect.uris", logoutRedirects);
        send(HttpRequest.newBuilder(URI.create(clients + "/" + portal.get("id").asString()))
                .header("Authorization", token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(portal))));
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return JSON.readTree(body).get("access_token").asString();
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                        + response.request().method() + " " + response.request().uri() + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Keycloak's admin API did not answer", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
