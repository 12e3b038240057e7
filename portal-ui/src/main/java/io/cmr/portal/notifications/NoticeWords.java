package io.cmr.portal.notifications;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cmr.portal.api.notifications.OrderNotice;
import io.cmr.portal.api.notifications.OrderNotice.ChannelOutcome;
import io.cmr.portal.customer.CustomerTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Why did I (not) get this?" in plain words: for each notice and channel, the message key and its
 * arguments (dates in the customer's time zone). Templates use it as
 * {@code ${#messages.msgWithParams(w.key, w.args)}} with {@code w = ${@noticeWords.outcome(channel)}}.
 */
@Component("noticeWords")
public class NoticeWords {

    /** The kinds of notice there are words for; another is "a message about your order". */
    static final Set<String> KINDS = Set.of("SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED", "DELAY_LATE", "DELAY_AT_RISK",
            "DELAY_EXCEPTION", "DELAY_FAILED_DELIVERY", "DELAY_STALE", "DELAY_CLEARED", "INCIDENT_DECLARED",
            "INCIDENT_UPDATED", "INCIDENT_RESOLVED");
    static final Set<String> CHANNELS = Set.of("EMAIL", "SMS", "IN_APP", "PUSH", "POSTAL");
    static final Set<String> SUPPRESSED = Set.of("OPTED_OUT", "PAUSED", "NO_VERIFIED_CONTACT_POINT", "UNKNOWN_CUSTOMER",
            "CHANNEL_NOT_OFFERED", "CONTACT_POINT_NO_LONGER_VERIFIED", "UNKNOWN_TOPIC");
    static final Set<String> TOPICS = Set.of("order-updates", "delivery-updates", "service-incidents", "account-security",
            "marketing-offers");

    /** A text to show: {@code key} with {@code args}. */
    public record Words(String key, Object[] args) {

        static Words of(String key, Object... args) {
            return new Words(key, args);
        }
    }

    private final CustomerTime time;
    private final MessageSource messages;

    NoticeWords(CustomerTime time, MessageSource messages) {
        this.time = time;
        this.messages = messages;
    }

    public String kind(String kind) {
        return KINDS.contains(kind) ? "notices.kind." + kind : "notices.kind.other";
    }

    /** The topic's name in the page's language; its id when the portal has no words for it. */
    public String topic(String topicId) {
        return TOPICS.contains(topicId)
                ? messages.getMessage("notices.topic." + topicId, null, LocaleContextHolder.getLocale()) : topicId;
    }

    /** The links of an inbox notice that the portal shows, as paths of its own. */
    public List<NoticeLinks.Link> links(Map<String, String> links) {
        return NoticeLinks.of(links);
    }

    public String channel(String channel) {
        return channel == null ? "notices.channel.none" : CHANNELS.contains(channel) ? "notices.channel." + channel
                : "notices.channel.other";
    }

    /** A notice whose channels are not chosen yet, or that went nowhere at all. */
    public Words withoutChannels(OrderNotice notice) {
        return "PENDING".equals(notice.state()) ? Words.of("notices.pending") : Words.of("notices.none");
    }

    public Words outcome(ChannelOutcome outcome) {
        String when = outcome.until() == null ? null : time.dateTime(outcome.until());
        return switch (outcome.outcome() == null ? "" : outcome.outcome()) {
            case "SENT" -> outcome.sentTo() == null || "IN_APP".equals(outcome.channel())
                    ? Words.of("notices.sent", time.dateTime(outcome.sentAt()))
                    : Words.of("notices.sentTo", time.dateTime(outcome.sentAt()), outcome.sentTo());
            case "DELAYED" -> Words.of("DAILY_DIGEST".equals(outcome.rule()) ? "notices.delayed.DAILY_DIGEST"
                    : "QUIET_HOURS".equals(outcome.rule()) ? "notices.delayed.QUIET_HOURS" : "notices.delayed.other", when);
            case "SUPPRESSED" -> Words.of(SUPPRESSED.contains(outcome.reason()) ? "notices.suppressed." + outcome.reason()
                    : "notices.suppressed.other");
            case "FAILED" -> when == null ? Words.of("notices.failed") : Words.of("notices.failedRetry", when);
            case "DEAD" -> Words.of("notices.dead", outcome.attempts());
            default -> Words.of("notices.sending");
        };
    }

    /** SENT and DELAYED are on their way; the others say why not. */
    public boolean reached(ChannelOutcome outcome) {
        return List.of("SENT", "DELAYED", "DUE", "SENDING").contains(outcome.outcome());
    }
}
