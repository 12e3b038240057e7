package io.cmr.portal.api.preference;

import java.time.Instant;
import java.util.List;

/**
 * One page of the customer's consent history, newest first; {@code next} is the cursor of the
 * following page, null on the last.
 */
public record ConsentPage(List<Entry> entries, String next) {

    /**
     * @param actor customer, support, admin, partner or one-click
     * @param clientId the application the change came through
     */
    public record Entry(String topicId, String channel, boolean before, boolean after, Instant at, String actor,
            String clientId, long wordingVersion) {
    }
}
