package io.cmr.profile.contact;

import java.time.Instant;

/**
 * One way to reach a customer, kept inside the customer's profile document so that every change
 * to their points (at most 20) is one atomic write.
 *
 * @param type {@code EMAIL}, {@code PHONE} or {@code POSTAL}
 * @param status {@code UNVERIFIED} or {@code VERIFIED}
 * @param value the address or E.164 number as given; null for a postal address
 * @param normalizedValue what "the same address" is compared on (lower-cased email, E.164, postal key)
 * @param verification the outstanding one-time code, null when none
 */
public record ContactPoint(
        String id,
        String type,
        String label,
        boolean primary,
        String status,
        String value,
        String normalizedValue,
        PostalAddress postal,
        Verification verification,
        Instant createdAt,
        Instant verifiedAt) {

    public static final String EMAIL = "EMAIL";
    public static final String PHONE = "PHONE";
    public static final String POSTAL = "POSTAL";
    public static final String VERIFIED = "VERIFIED";
    public static final String UNVERIFIED = "UNVERIFIED";

    public boolean verified() {
        return VERIFIED.equals(status);
    }

    ContactPoint withVerification(Verification next) {
        return new ContactPoint(id, type, label, primary, status, value, normalizedValue, postal, next, createdAt,
                verifiedAt);
    }

    ContactPoint withPrimary(boolean next) {
        return new ContactPoint(id, type, label, next, status, value, normalizedValue, postal, verification, createdAt,
                verifiedAt);
    }

    /** Verified at {@code now}; its code is spent. */
    ContactPoint verifiedAt(Instant now, boolean makePrimary) {
        return new ContactPoint(id, type, label, primary || makePrimary, VERIFIED, value, normalizedValue, postal,
                null, createdAt, now);
    }
}
