package io.cmr.platform.reactive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers a token that passed every check (signature, issuer, audience, expiry) until it
 * expires, so that a client sending the same token again and again (the portal, a partner) does
 * not pay an RSA signature check on each request. Keyed by the token's SHA-256, so the cache holds
 * no usable token; bounded in size; a refused token is never remembered and is checked each time.
 * A token cannot be revoked before its expiry anyway: remembering it changes no answer.
 */
public final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private static final Duration LONGEST = Duration.ofHours(1);

    private final ReactiveJwtDecoder checked;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(ReactiveJwtDecoder checked, Clock clock, long maximumSize) {
        this.checked = checked;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String key, Jwt jwt) -> lifetimeOf(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        String key = digest(token);
        Jwt known = verified.getIfPresent(key);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return checked.decode(token).doOnNext(jwt -> {
            if (!lifetimeOf(jwt).isZero()) {
                verified.put(key, jwt);
            }
        });
    }

    /** Until the token's own expiry: the cache's clock may lag a little, so it is checked on the way out too. */
    private boolean stillValid(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }

    private Duration lifetimeOf(Jwt jwt) {
        Instant expiry = jwt.getExpiresAt();
        if (expiry == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expiry);
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) > 0 ? LONGEST : left;
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(hash);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JDK has SHA-256", ex);
        }
    }
}
