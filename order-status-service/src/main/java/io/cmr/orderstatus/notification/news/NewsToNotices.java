package io.cmr.orderstatus.notification.news;

import java.util.List;

import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.NoticeRequests;
import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.notification.OrderNewsListener;

import org.springframework.stereotype.Component;

/** The customer's side of order news: each news item of an order with a customer is one notice. */
@Component
class NewsToNotices implements OrderNewsListener {

    static final String DELIVERY_UPDATES = "delivery-updates";
    static final String ORDER_UPDATES = "order-updates";

    private final NoticeRequests requests;

    NewsToNotices(NoticeRequests requests) {
        this.requests = requests;
    }

    @Override
    public void on(OrderNews news) {
        if (news.customerId() == null) {
            return;
        }
        requests.request(List.of(new NoticeRequest(news.customerId(), "order:" + news.newsKey(), topicOf(news.kind()),
                news.kind(), List.of(news.orderId()), null, news.values(), news.at())));
    }

    /** Shipment and delay news is about the delivery; anything else about the order. */
    static String topicOf(String kind) {
        return switch (kind) {
            case NewsDetection.SHIPPED, NewsDetection.OUT_FOR_DELIVERY, NewsDetection.DELIVERED,
                    NewsDetection.DELAY_CLEARED -> DELIVERY_UPDATES;
            default -> kind.startsWith("DELAY_") ? DELIVERY_UPDATES : ORDER_UPDATES;
        };
    }
}
