package io.cmr.orderstatus.contact;

import java.util.List;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.SentNotices.SentNotice;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;

/**
 * Says a notice reached a customer the way the outbox itself would: an in-app item in state SENT
 * in the outbox's collection, so the real {@code SentNotices} answers the contact joins.
 */
public final class NoticesSent {

    private final Outbox outbox;

    public NoticesSent(Outbox outbox) {
        this.outbox = outbox;
    }

    public void sent(String customerId, SentNotice notice) {
        CustomerChannel channel = CustomerChannel.IN_APP;
        outbox.insertAll(List.of(new OutboxItem(OutboxItem.idOf(customerId, notice.noticeKey(), channel), customerId,
                notice.noticeKey(), channel, "delivery-updates", notice.kind(), notice.orderIds(), notice.incidentId(),
                notice.sentAt(), ItemState.SENT, null, notice.sentAt(), null, null, 0, null, null, null, 1, null,
                null, notice.sentAt(), "inbox", notice.sentAt(), notice.sentAt())));
    }
}
