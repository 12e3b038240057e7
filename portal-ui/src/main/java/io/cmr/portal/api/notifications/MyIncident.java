package io.cmr.portal.api.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A service incident that concerns the customer, in both languages.
 *
 * @param status ACTIVE or RESOLVED (shown for a few days after)
 * @param orderIds the customer's orders it affects
 */
public record MyIncident(String id, Localized title, Localized message, String status, Instant expectedResolution,
        Instant resolvedAt, List<String> orderIds) {

    public record Localized(String fr, String en) {

        public String in(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? fr : en;
        }
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The answer of {@code GET /api/v1/incidents/mine}. */
    public record Mine(List<MyIncident> incidents) {
    }
}
