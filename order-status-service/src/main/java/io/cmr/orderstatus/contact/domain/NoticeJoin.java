package io.cmr.orderstatus.contact.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cmr.orderstatus.notification.SentNotices.SentNotice;

/**
 * Which notice a contact came despite: the newest one sent strictly before the contact. A notice
 * about the contact's order counts however old; without an order, only a notice sent within the
 * look-back counts (a delay or an incident still fresh in the customer's mind).
 */
public record NoticeJoin(Duration lookBack) {

    public Optional<SentNotice> despite(List<SentNotice> sent, Instant contactAt, boolean aboutAnOrder) {
        Instant oldest = aboutAnOrder ? Instant.MIN : contactAt.minus(lookBack);
        return sent.stream()
                .filter(notice -> notice.sentAt().isBefore(contactAt) && !notice.sentAt().isBefore(oldest))
                .max((a, b) -> a.sentAt().compareTo(b.sentAt()));
    }
}
