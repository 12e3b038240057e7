package io.cmr.orderstatus.notification.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.NoticeCounts;
import io.cmr.orderstatus.notification.SentNotices;

import org.springframework.stereotype.Component;

/** What the outbox says after the fact: notices that reached customers, and an incident's counts. */
@Component
class OutboxReports implements SentNotices, NoticeCounts {

    private final Outbox outbox;

    OutboxReports(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<SentNotice> sentBefore(String customerId, String orderId, Instant before) {
        // Newest first, one entry per notice: the first channel that reached the customer.
        Map<String, SentNotice> first = new LinkedHashMap<>();
        List<OutboxItem> sent = outbox.sentBefore(customerId, orderId, before);
        for (int i = sent.size() - 1; i >= 0; i--) {
            OutboxItem item = sent.get(i);
            first.putIfAbsent(item.noticeKey(), new SentNotice(item.noticeKey(), item.kind(), item.incidentId(),
                    item.orderIds(), item.sentAt()));
        }
        List<SentNotice> notices = new ArrayList<>(first.values());
        notices.sort((a, b) -> b.sentAt().compareTo(a.sentAt()));
        return notices;
    }

    @Override
    public Counts ofIncident(String incidentId) {
        Set<String> customers = new HashSet<>();
        Map<CustomerChannel, Long> sent = new EnumMap<>(CustomerChannel.class);
        long suppressed = 0;
        long failed = 0;
        long pending = 0;
        for (OutboxItem item : outbox.ofIncident(incidentId)) {
            customers.add(item.customerId());
            switch (item.state()) {
                case SENT -> sent.merge(item.channel(), 1L, Long::sum);
                case SUPPRESSED -> suppressed++;
                case DEAD, FAILED -> failed++;
                default -> pending++;
            }
        }
        return new Counts(customers.size(), Map.copyOf(sent), suppressed, failed, pending);
    }
}
