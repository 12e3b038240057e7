package io.cmr.portal.api.notifications;

import java.util.List;

/**
 * One page of the customer's inbox, newest first.
 *
 * @param unread the unread notices in the whole inbox
 * @param next the following page's cursor, null on the last
 */
public record NotificationPage(List<Notification> items, long unread, String next) {
}
