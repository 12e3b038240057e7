package io.cmr.portal.api.profile;

import java.time.Instant;
import java.util.List;

/**
 * One of the customer's contact points as the API shows it.
 *
 * @param type EMAIL, PHONE or POSTAL
 * @param status UNVERIFIED or VERIFIED
 * @param value the e-mail address or E.164 phone number; null for a postal address
 * @param codeExpiresAt when the code sent last expires, while one is outstanding
 */
public record ContactPoint(String id, String type, String label, boolean primary, String status, String value,
        Postal postal, Instant codeExpiresAt, Instant createdAt, Instant verifiedAt) {

    public record Postal(List<String> lines, String postalCode, String city, String country) {
    }

    public boolean verified() {
        return "VERIFIED".equals(status);
    }
}
