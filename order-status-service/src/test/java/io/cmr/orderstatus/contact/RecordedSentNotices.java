package io.cmr.orderstatus.contact;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cmr.orderstatus.notification.SentNotices;

import org.springframework.stereotype.Component;

/**
 * The notices tests say were sent, standing in for the notification outbox until it is merged
 * (then delete this class: the outbox's own implementation takes its place).
 */
@Component
public class RecordedSentNotices implements SentNotices {

    private final Map<String, List<SentNotice>> byCustomer = new ConcurrentHashMap<>();

    public void sent(String customerId, SentNotice notice) {
        byCustomer.computeIfAbsent(customerId, id -> new CopyOnWriteArrayList<>()).add(notice);
    }

    @Override
    public List<SentNotice> sentBefore(String customerId, String orderId, Instant before) {
        return byCustomer.getOrDefault(customerId, List.of()).stream()
                .filter(notice -> orderId == null || notice.orderIds().contains(orderId))
                .filter(notice -> notice.sentAt().isBefore(before))
                .sorted(Comparator.comparing(SentNotice::sentAt).reversed())
                .toList();
    }
}
