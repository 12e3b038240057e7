package io.cmr.profile.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One-time codes: valid ten minutes, used once, kept only as a salted SHA-256, locked after five
 * wrong tries; a new one at most every 30 seconds and five an hour. Expiry is checked here
 * against stored times, never left to the store.
 */
final class VerificationRules {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(30);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_PER_WINDOW = 5;
    static final int MAX_WRONG_TRIES = 5;

    private final SecureRandom random;

    VerificationRules(SecureRandom random) {
        this.random = random;
    }

    enum Outcome { MATCH, WRONG, LOCKED, EXPIRED, NO_CODE }

    /** A fresh six-digit code. */
    String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** How long before another code may be sent; zero when one may be sent now. */
    static Duration retryAfter(Verification previous, Instant now) {
        List<Instant> sent = recentSends(previous, now);
        Duration wait = Duration.ZERO;
        if (!sent.isEmpty()) {
            Instant last = sent.get(sent.size() - 1);
            wait = max(wait, Duration.between(now, last.plus(MIN_INTERVAL)));
        }
        if (sent.size() >= MAX_PER_WINDOW) {
            wait = max(wait, Duration.between(now, sent.get(sent.size() - MAX_PER_WINDOW).plus(WINDOW)));
        }
        return wait;
    }

    /** The stored form of {@code code}, sent at {@code now}, replacing any earlier code. */
    Verification issue(String code, Verification previous, Instant now) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        List<Instant> sent = new ArrayList<>(recentSends(previous, now));
        sent.add(now);
        return new Verification(saltHex, hash(saltHex, code), now.plus(VALIDITY), 0, List.copyOf(sent));
    }

    static Outcome check(Verification verification, String code, Instant now) {
        if (verification == null || verification.hash() == null) {
            return Outcome.NO_CODE;
        }
        if (verification.failedAttempts() >= MAX_WRONG_TRIES) {
            return Outcome.LOCKED;
        }
        if (!now.isBefore(verification.expiresAt())) {
            return Outcome.EXPIRED;
        }
        boolean same = MessageDigest.isEqual(
                hash(verification.salt(), code == null ? "" : code).getBytes(StandardCharsets.US_ASCII),
                verification.hash().getBytes(StandardCharsets.US_ASCII));
        return same ? Outcome.MATCH : Outcome.WRONG;
    }

    static Verification afterWrongTry(Verification verification) {
        return new Verification(verification.salt(), verification.hash(), verification.expiresAt(),
                verification.failedAttempts() + 1, verification.sentAt());
    }

    private static List<Instant> recentSends(Verification previous, Instant now) {
        if (previous == null || previous.sentAt() == null) {
            return List.of();
        }
        return previous.sentAt().stream().filter(sent -> sent.isAfter(now.minus(WINDOW))).sorted().toList();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(HexFormat.of().parseHex(salt));
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JVM has SHA-256", ex);
        }
    }
}
