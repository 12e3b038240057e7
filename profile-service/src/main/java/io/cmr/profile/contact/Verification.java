package io.cmr.profile.contact;

import java.time.Instant;
import java.util.List;

/**
 * The one-time code outstanding for a contact point, stored only as a salted hash.
 *
 * @param sentAt when each code of the last hour was sent, for the rate limits
 */
public record Verification(String salt, String hash, Instant expiresAt, int failedAttempts, List<Instant> sentAt) {
}
