package io.cmr.orderstatus.notification.news;

import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.OrderNews;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.DelayCause;
import io.cmr.orderstatus.order.domain.DelayNotice;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.template.TemplateKinds;
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
        assertThat(NewsDetection.of(order(ShipmentStatus.IN_TRANSIT, List.of(raised)))).extracting(OrderNews::kind)
                .containsExactly("SHIPPED", "DELAY_LATE");
        assertThat(NewsDetection.of(order(ShipmentStatus.IN_TRANSIT, List.of(cleared)))).extracting(OrderNews::kind)
                .containsExactly("SHIPPED", "DELAY_CLEARED");
        assertThat(NewsDetection.of(order(ShipmentStatus.DELIVERED, List.of(cleared)))).extracting(OrderNews::kind)
                .containsExactly("DELIVERED");
    }

    @Test
    void everyDelayIsAnnouncedWithAKindThatHasTemplatesAndAFailedDeliveryAsSuch() {
        for (DelayCause cause : DelayCause.values()) {
            DelayNotice delay = new DelayNotice(cause.name(), cause, "TRK-1", "detail", T, null);
            assertThat(NewsDetection.delayKind(order(ShipmentStatus.EXCEPTION, List.of(delay)), delay))
                    .as(cause.name()).satisfies(kind -> assertThat(TemplateKinds.known(kind)).isTrue());
        }
        DelayNotice problem = new DelayNotice("CARRIER_PROBLEM", DelayCause.CARRIER_PROBLEM, "TRK-1", "no access", T, null);

        assertThat(NewsDetection.delayKind(order(ShipmentStatus.DELIVERY_FAILED, List.of(problem)), problem))
                .isEqualTo("DELAY_FAILED_DELIVERY");
        assertThat(NewsDetection.delayKind(order(ShipmentStatus.EXCEPTION, List.of(problem)), problem))
                .isEqualTo("DELAY_EXCEPTION");
        assertThat(NewsDetection.delayKind(order(ShipmentStatus.IN_TRANSIT, List.of()),
                new DelayNotice("NO_CARRIER_NEWS", DelayCause.NO_CARRIER_NEWS, "TRK-1", "quiet", T, null)))
                .isEqualTo("DELAY_STALE");
    }
}
