package io.cmr.platform.reactive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.cmr.platform.security.TokenRules;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedAuthenticationsTest {

    final AtomicInteger conversions = new AtomicInteger();
    final RememberedAuthentications authentications = new RememberedAuthentications(jwt -> {
        conversions.incrementAndGet();
        return TokenRules.authenticationConverter().convert(jwt);
    }, 100);

    @Test
    void aTokenSeenAgainKeepsItsRolesAndScopesWithoutBeingConvertedAgain() {
        Jwt alice = token("alice-sub", "customer");

        AbstractAuthenticationToken first = authentications.convert(alice).block();
        AbstractAuthenticationToken again = authentications.convert(alice).block();

        assertThat(again).isSameAs(first);
        assertThat(again.getName()).isEqualTo("alice-sub");
        assertThat(again.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_customer", "SCOPE_profile");
        assertThat(conversions).hasValue(1);
    }

    @Test
    void anotherTokenIsConvertedForItselfEvenWithTheSameClaims() {
        AbstractAuthenticationToken alice = authentications.convert(token("alice-sub", "customer")).block();
        AbstractAuthenticationToken sam = authentications.convert(token("sam-sub", "support")).block();
        AbstractAuthenticationToken aliceAgain = authentications.convert(token("alice-sub", "customer")).block();

        assertThat(sam.getName()).isEqualTo("sam-sub");
        assertThat(sam.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_support")
                .doesNotContain("ROLE_customer");
        assertThat(aliceAgain).isNotSameAs(alice);
        assertThat(conversions).hasValue(3);
    }

    private static Jwt token(String subject, String role) {
        return Jwt.withTokenValue("token-of-" + subject)
                .header("alg", "RS256")
                .subject(subject)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("scope", "profile")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
    }
}
