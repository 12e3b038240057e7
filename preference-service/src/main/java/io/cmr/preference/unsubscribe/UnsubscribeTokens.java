package io.cmr.preference.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cmr.preference.topic.Channel;

/**
 * Signed single-purpose tokens of one-click unsubscribe links: they can turn off one topic-channel
 * of one customer until they expire, and nothing else. A token is its claims and their HMAC-SHA256;
 * changing any byte of either makes it worthless.
 */
final class UnsubscribeTokens {

    private static final String PURPOSE = "cmr-unsubscribe-v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    UnsubscribeTokens(String secret, Duration lifetime, Clock clock) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String issue(Claims claims) {
        String payload = ENCODER.encodeToString(String.join("\n", PURPOSE, claims.customerId(), claims.topicId(),
                claims.channel().name(), claims.clientId(), Long.toString(claims.expiresAt().getEpochSecond()))
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    Claims claims(String customerId, String topicId, Channel channel, String clientId) {
        return new Claims(customerId, topicId, channel, clientId, clock.instant().plus(lifetime));
    }

    /** The claims of a token this service signed and that has not expired; empty for anything else. */
    Optional<Claims> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 6 || !parts[0].equals(PURPOSE)) {
                return Optional.empty();
            }
            Claims claims = new Claims(parts[1], parts[2], Channel.valueOf(parts[3]), parts[4],
                    Instant.ofEpochSecond(Long.parseLong(parts[5])));
            return clock.instant().isBefore(claims.expiresAt()) ? Optional.of(claims) : Optional.empty();
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
        }
    }

    /** @param clientId the sender the link was issued to, recorded in the consent ledger */
    record Claims(String customerId, String topicId, Channel channel, String clientId, Instant expiresAt) {
    }
}
