package io.cmr.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakRolesTest {

    @Test
    void theRealmRolesOfTheAccessTokenBecomeRoles() {
        assertThat(KeycloakRoles.roles(token("{\"sub\":\"ada\",\"realm_access\":{\"roles\":[\"admin\",\"offline_access\"]}}")))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_admin", "ROLE_offline_access");
    }

    @Test
    void aTokenWithoutRolesOrThatIsNoJwtGivesNone() {
        assertThat(KeycloakRoles.roles(token("{\"sub\":\"alice\"}"))).isEmpty();
        assertThat(KeycloakRoles.roles("opaque-token")).isEmpty();
        assertThat(KeycloakRoles.roles("a.!!!.c")).isEmpty();
    }

    private static String token(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }
}
