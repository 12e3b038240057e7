package io.cmr.platform.reactive;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified token into the request's authentication (its roles and scopes as authorities)
 * once per token rather than on every request: {@link CachingJwtDecoder} hands back the very same
 * {@link Jwt} for a token it has verified before, so the authentication is remembered for that
 * instance (by identity, weakly: it goes when the decoder forgets the token). A token the decoder
 * refuses, expired ones included, never gets here, so nothing remembered outlives its token.
 */
final class RememberedAuthentications implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final Converter<Jwt, AbstractAuthenticationToken> converter;
    private final Cache<Jwt, AbstractAuthenticationToken> known;

    RememberedAuthentications(Converter<Jwt, AbstractAuthenticationToken> converter, long maximumSize) {
        this.converter = converter;
        this.known = Caffeine.newBuilder().weakKeys().maximumSize(maximumSize).build();
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.justOrEmpty(known.get(jwt, converter::convert));
    }
}
