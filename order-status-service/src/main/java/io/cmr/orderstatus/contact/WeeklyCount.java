package io.cmr.orderstatus.contact;

import io.cmr.orderstatus.contact.domain.TopCounts;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The counters of one ISO week, reason and channel, rewritten atomically with every contact, so a
 * report reads weeks × reasons × channels documents of bounded size whatever the number of contacts.
 *
 * @param despiteNotice contacts that came although a notice had been sent
 * @param noNotice contacts of a known customer to whom no notice had been sent
 * @param topOrders the orders that concentrate the contacts, bounded (see {@link TopCounts}); also carriers and incidents
 * @param version for the compare-and-set of each change; null in documents written before it existed
 */
public record WeeklyCount(@BsonId String id, String week, String reasonCode, String channel, long contacts,
        long repeats, long despiteNotice, long noNotice, long handlingSeconds, TopCounts topOrders,
        TopCounts topCarriers, TopCounts topIncidents, Long version) {

    static String idOf(Contact contact) {
        return contact.week() + "|" + contact.reasonCode() + "|" + contact.channel();
    }

    static WeeklyCount first(Contact contact) {
        return new WeeklyCount(idOf(contact), contact.week(), contact.reasonCode(), contact.channel().name(), 0, 0, 0,
                0, 0, TopCounts.empty(), TopCounts.empty(), TopCounts.empty(), 0L);
    }

    /** These counters with {@code contact} counted ({@code sign} 1) or taken out again (-1), one version on. */
    WeeklyCount with(Contact contact, long sign) {
        TopCounts orders = orNone(topOrders);
        if (contact.orderId() != null) {
            orders = orders.add(contact.orderId(), sign, TopCounts.CAPACITY);
        }
        TopCounts carriers = orNone(topCarriers);
        for (String carrier : contact.carriers()) {
            carriers = carriers.add(carrier, sign, TopCounts.CAPACITY);
        }
        TopCounts incidents = orNone(topIncidents);
        if (contact.notice() != null && contact.notice().incidentId() != null) {
            incidents = incidents.add(contact.notice().incidentId(), sign, TopCounts.CAPACITY);
        }
        long handling = contact.handlingSeconds() == null ? 0L : contact.handlingSeconds();
        return new WeeklyCount(id, week, reasonCode, channel, contacts + sign,
                repeats + (contact.repeatOf() != null ? sign : 0), despiteNotice + (contact.notice() != null ? sign : 0),
                noNotice + (contact.notice() == null ? sign : 0), handlingSeconds + sign * handling, orders, carriers,
                incidents, (version == null ? 0 : version) + 1);
    }

    static TopCounts orNone(TopCounts counts) {
        return counts == null ? TopCounts.empty() : counts;
    }
}
