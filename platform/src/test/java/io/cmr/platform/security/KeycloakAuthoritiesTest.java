package io.cmr.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakAuthoritiesTest {

    private final KeycloakAuthorities authorities = new KeycloakAuthorities();

    @Test
    void realmRolesBecomeRolesAndScopesBecomeScopeAuthorities() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("customer", "support")),
                "scope", "openid orders:read  orders:write"));

        assertThat(names(token)).containsExactlyInAnyOrder("ROLE_customer", "ROLE_support", "SCOPE_openid",
                "SCOPE_orders:read", "SCOPE_orders:write");
    }

    @Test
    void aTokenWithoutRolesOrScopesGrantsNothing() {
        assertThat(names(token(Map.of("azp", "demo-merchant")))).isEmpty();
    }

    @Test
    void malformedRoleClaimsGrantNothingRatherThanFail() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", "admin")));

        assertThat(names(token)).isEmpty();
    }

    private List<String> names(Jwt token) {
        return authorities.convert(token).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
