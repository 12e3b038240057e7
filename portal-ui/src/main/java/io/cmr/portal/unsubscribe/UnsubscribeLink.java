package io.cmr.portal.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * What an unsubscribe link says it turns off, read from its token to explain it before the
 * customer confirms. Only preference-service can tell whether the token is genuine (it checks the
 * signature when asked to unsubscribe); read here are its claims: purpose, customer, topic,
 * channel, client and expiry, base64url, newline-separated, before the dot.
 */
record UnsubscribeLink(String topicId, String channel, Instant expiresAt) {

    private static final String PURPOSE = "cmr-unsubscribe-v1";
    private static final Set<String> CHANNELS = Set.of("EMAIL", "SMS", "PUSH", "IN_APP", "POSTAL");
    private static final int MAX_TOKEN = 2_000;

    /** The link's claims when it is one and has not expired; empty otherwise. */
    static Optional<UnsubscribeLink> read(String token, Instant now) {
        if (token == null || token.length() > MAX_TOKEN || token.indexOf('.') < 1) {
            return Optional.empty();
        }
        try {
            String[] claims = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8).split("\n", -1);
            if (claims.length != 6 || !PURPOSE.equals(claims[0]) || !CHANNELS.contains(claims[3])
                    || !claims[2].matches("[a-z0-9-]{1,50}")) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(claims[5]));
            return now.isBefore(expiresAt) ? Optional.of(new UnsubscribeLink(claims[2], claims[3], expiresAt))
                    : Optional.empty();
        }
        catch (IllegalArgumentException | DateTimeException ex) {
            return Optional.empty();
        }
    }
}
