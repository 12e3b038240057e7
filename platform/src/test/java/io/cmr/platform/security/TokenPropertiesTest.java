package io.cmr.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenPropertiesTest {

    private static final String ISSUER = "http://localhost:8180/realms/cmr";

    @Test
    void keysAreFetchedBesideTheIssuerWhenNothingElseIsSaid() {
        TokenProperties properties = new TokenProperties(ISSUER + "/", null, null, "cmr-api", null);

        assertThat(properties.effectiveBackChannelUri()).isEqualTo(ISSUER);
        assertThat(properties.effectiveJwkSetUri()).isEqualTo(ISSUER + "/protocol/openid-connect/certs");
    }

    @Test
    void anAppCallsKeycloakOnTheBackChannelWhileTokensKeepThePublicIssuer() {
        TokenProperties properties = new TokenProperties(ISSUER, "http://127.0.0.1:8180/realms/cmr", null, "cmr-api",
                null);

        assertThat(properties.issuerUri()).isEqualTo(ISSUER);
        assertThat(properties.effectiveJwkSetUri()).isEqualTo("http://127.0.0.1:8180/realms/cmr/protocol/openid-connect/certs");
    }

    @Test
    void aKeySetGivenOnItsOwnWins() {
        TokenProperties properties = new TokenProperties(ISSUER, "http://127.0.0.1:8180/realms/cmr",
                "http://keys.local/jwks", "cmr-api", null);

        assertThat(properties.effectiveJwkSetUri()).isEqualTo("http://keys.local/jwks");
    }

    @Test
    void withoutAnIssuerNothingStartsAndTheSettingIsNamed() {
        assertThatThrownBy(() -> new TokenProperties(" ", null, null, "cmr-api", null))
                .hasMessageContaining("cmr.security.issuer-uri (CMR_SECURITY_ISSUERURI)");
    }
}
