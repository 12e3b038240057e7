package io.cmr.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The user's Keycloak realm roles as {@code ROLE_admin}, {@code ROLE_support} ... for the consoles.
 * Keycloak puts them in the access token only ({@code realm_access.roles}); the portal got that
 * token itself from Keycloak's token endpoint, so it reads it without checking its signature again.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakRoles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.addAll(roles(request.getAccessToken().getTokenValue()));
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    static Collection<GrantedAuthority> roles(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            return List.of();
        }
        List<GrantedAuthority> roles = new ArrayList<>();
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            for (JsonNode role : claims.path("realm_access").path("roles")) {
                roles.add(new SimpleGrantedAuthority("ROLE_" + role.asString()));
            }
        }
        catch (RuntimeException notAJwt) {
            return List.of();
        }
        return roles;
    }
}
