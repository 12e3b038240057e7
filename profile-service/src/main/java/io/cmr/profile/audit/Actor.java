package io.cmr.profile.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who made a change: the customer themselves, a support agent or admin acting for them, or
 * another service; and through which client application (the token's {@code azp}).
 *
 * @param type {@code customer}, {@code support}, {@code admin} or {@code service}
 */
public record Actor(String type, String id, String clientId) {

    public static Actor of(Jwt token) {
        Collection<?> roles = roles(token);
        String type = roles.contains("admin") ? "admin"
                : roles.contains("support") ? "support"
                : roles.contains("customer") ? "customer" : "service";
        return new Actor(type, token.getSubject(), token.getClaimAsString("azp"));
    }

    private static Collection<?> roles(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles ? roles : List.of();
    }
}
