package io.cmr.orderstatus.notification.news;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.DelayCause;
import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsDetectionTest {

    private static final Instant T = Instant.parse("2026-06-10T10:00:00Z");

    private static Order order(ShipmentStatus status, List<DelayNotice> delays) {
        return new Order("o-1", "demo-merchant", "c-1", null, T, List.of(), null, null,
                List.of(new Order.Shipment("demo-carrier", "TRK-1", List.of(), List.of(), status, null)), status, null,
                null, delays, null, 3, T, T.plusSeconds(60));
    }

    @Test
    void aParcelOnItsWayIsShippedNewsAndTheSameStateAlwaysGivesTheSameKey() {
        List<OrderNews> news = NewsDetection.of(order(ShipmentStatus.IN_TRANSIT, List.of()));

        assertThat(news).singleElement().satisfies(item -> {
            assertThat(item.newsKey()).isEqualTo("o-1:status:SHIPPED");
            assertThat(item.kind()).isEqualTo("SHIPPED");
            assertThat(item.customerId()).isEqualTo("c-1");
            assertThat(item.values()).containsEntry("trackingNumber", "TRK-1");
        });
        assertThat(NewsDetection.of(order(ShipmentStatus.PICKED_UP, List.of()))).extracting(OrderNews::newsKey)
                .containsExactly("o-1:status:SHIPPED");
    }

    @Test
    void aDeliveredOrderIsNotAnnouncedAsShippedOrOutForDelivery() {
        assertThat(NewsDetection.of(order(ShipmentStatus.DELIVERED, List.of()))).extracting(OrderNews::kind)
                .containsExactly("DELIVERED");
        assertThat(NewsDetection.of(order(ShipmentStatus.PENDING, List.of()))).isEmpty();
    }

    @Test
    void aDelayIsNewsWhenRaisedAndAgainWhenClearedButNotClearedByTheDelivery() {
        DelayNotice raised = new DelayNotice("ETA_AFTER_WINDOW", DelayCause.ETA_AFTER_WINDOW, "TRK-1", "2 days late", T, null);
        DelayNotice cleared = new DelayNotice("ETA_AFTER_WINDOW", DelayCause.ETA_AFTER_WINDOW, "TRK-1", "2 days late", T,
                T.plusSeconds(3600));

        assertThat(NewsDetection.of(order(ShipmentStatus.IN_TRANSIT, List.of(raised)))).extracting(OrderNews::newsKey)
                .containsExactly("o-1:status:SHIPPED", "o-1:delay:ETA_AFTER_WINDOW:" + T.toEpochMilli() + ":raised");
        assertThat(NewsDetection.of(order(ShipmentStatus.IN_TRANSIT, List.of(cleared)))).extracting(OrderNews::kind)
                .containsExactly("SHIPPED", "DELAY_CLEARED");
        assertThat(NewsDetection.of(order(ShipmentStatus.DELIVERED, List.of(cleared)))).extracting(OrderNews::kind)
                .containsExactly("DELIVERED");
    }
}
