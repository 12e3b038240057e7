package io.cmr.portal.api.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A notice in the customer's portal inbox.
 *
 * @param links where to act on it, by name ({@code order}, {@code deliveryInstructions}, {@code reportProblem},
 *        {@code preferences}): absolute URLs on the public host
 * @param readAt null while unread
 */
public record Notification(String id, String topicId, String kind, List<String> orderIds, String subject, String text,
        Map<String, String> links, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
