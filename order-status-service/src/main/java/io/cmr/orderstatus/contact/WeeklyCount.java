package io.cmr.orderstatus.contact;

import java.util.Map;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The counters of one ISO week, reason and channel, incremented atomically with every contact, so
 * a report reads weeks × reasons × channels documents whatever the number of contacts.
 *
 * @param despiteNotice contacts that came although a notice had been sent
 * @param noNotice contacts of a known customer to whom no notice had been sent
 * @param orders contacts per order (keys escaped, see {@link WeeklyCounters#key}); also carriers and incidents
 */
public record WeeklyCount(@BsonId String id, String week, String reasonCode, String channel, long contacts,
        long repeats, long despiteNotice, long noNotice, long handlingSeconds, Map<String, Long> orders,
        Map<String, Long> carriers, Map<String, Long> incidents) {
}
