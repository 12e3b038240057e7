package io.cmr.platform.reactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private Instant expiry = NOW.plus(Duration.ofMinutes(5));
    private final ReactiveJwtDecoder checked = token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("alice").expiresAt(expiry).build());
    };

    @Test
    void aTokenSeenAgainIsNotCheckedAgainUntilItExpires() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(checked, Clock.fixed(NOW, ZoneOffset.UTC), 100);

        Jwt first = decoder.decode("token-a").block();
        Jwt again = decoder.decode("token-a").block();

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);
        decoder.decode("token-b").block();
        assertThat(checks).hasValue(2);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndARefusedOneEveryTime() {
        MovingClock clock = new MovingClock(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(checked, clock, 100);
        decoder.decode("token-a").block();

        clock.now = NOW.plus(Duration.ofMinutes(6));
        decoder.decode("token-a").block();

        assertThat(checks).hasValue(2);
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token").block());
        assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token").block());
        assertThat(checks).hasValue(4);
    }

    @Test
    void aTokenWithoutExpiryIsNeverRemembered() {
        expiry = null;
        CachingJwtDecoder decoder = new CachingJwtDecoder(checked, Clock.fixed(NOW, ZoneOffset.UTC), 100);

        decoder.decode("token-a").block();
        decoder.decode("token-a").block();

        assertThat(checks).hasValue(2);
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
