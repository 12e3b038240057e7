package io.cmr.orderstatus.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import feign.FeignException;
import io.cmr.orderstatus.customer.ContactPoints;
import io.cmr.orderstatus.customer.ContactPoints.ContactPoint;
import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.MessageRenderer;
import io.cmr.orderstatus.notification.MessageRenderer.RenderedMessage;
import io.cmr.orderstatus.notification.channel.ChannelSender;
import io.cmr.orderstatus.notification.channel.NotificationSettings;
import io.cmr.orderstatus.notification.channel.Outgoing;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.preference.PreferenceService;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox items as one dispatcher instance ({@code owner}). Each item is claimed in one
 * atomic write with a lease, so instances never hold the same item; every later write matches the
 * lease, so an instance whose lease was retaken (it stalled) cannot overwrite the other's outcome.
 * The contact point is read from profile-service at send time: one no longer verified is not used.
 * The notices of a customer's daily digest for a topic and channel go as one message.
 */
public class Dispatcher {

    public static final String CONTACT_POINT_GONE = "CONTACT_POINT_NO_LONGER_VERIFIED";
    private static final String DAILY_DIGEST = "DAILY_DIGEST";

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final String owner;
    private final Outbox outbox;
    private final Notices notices;
    private final Map<CustomerChannel, ChannelSender> channels;
    private final Optional<MessageRenderer> renderer;
    private final ContactPoints contactPoints;
    private final PreferenceService preferences;
    private final NotificationSettings notifications;
    private final DispatchSettings settings;
    private final Clock clock;

    public Dispatcher(String owner, Outbox outbox, Notices notices, List<ChannelSender> senders, Optional<MessageRenderer> renderer,
            ContactPoints contactPoints, PreferenceService preferences, NotificationSettings notifications,
            DispatchSettings settings, Clock clock) {
        this.owner = owner;
        this.outbox = outbox;
        this.notices = notices;
        this.channels = new HashMap<>();
        senders.forEach(sender -> channels.put(sender.channel(), sender));
        this.renderer = renderer;
        this.contactPoints = contactPoints;
        this.preferences = preferences;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends up to a batch of due items on {@code senders}, claiming each just before sending it so that a
     * stalled sender holds one item at a time. A customer's items go to one sender, in order, so that two
     * senders never split a customer's digest into two messages. Answers how many were due, so that a full
     * batch means more may be.
     */
    public int dispatchDue(Executor senders) {
        if (renderer.isEmpty()) {
            log.warn("No message templates (MessageRenderer): the outbox waits");
            return 0;
        }
        List<OutboxItem> due = outbox.due(settings.batch());
        Map<String, List<OutboxItem>> byCustomer = due.stream()
                .collect(Collectors.groupingBy(OutboxItem::customerId, LinkedHashMap::new, Collectors.toList()));
        try {
            // An interruptible wait: a shutdown drops the sends not begun, which then never complete.
            CompletableFuture.allOf(byCustomer.values().stream()
                    .map(items -> CompletableFuture.runAsync(() -> items.forEach(this::claimAndSend), senders))
                    .toArray(CompletableFuture[]::new)).get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return 0;
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Sending failed", ex.getCause());
        }
        return due.size();
    }

    private void claimAndSend(OutboxItem seen) {
        try {
            OutboxItem item = outbox.claim(seen, owner, settings.lease());
            if (item != null) {
                send(item);
            }
        }
        catch (RuntimeException ex) {
            // The store failed: the item, if claimed, is retaken when its lease ends.
            log.warn("Item {} not sent: {}", seen.id(), ex.getMessage());
        }
    }

    private void send(OutboxItem item) {
        List<OutboxItem> group = List.of(item);
        try {
            ChannelSender sender = channels.get(item.channel());
            if (sender == null) {
                outbox.suppressed(item, "CHANNEL_NOT_OFFERED");
                return;
            }
            ContactPoint to = null;
            if (item.contactPointId() != null) {
                Optional<ContactPoint> verified = contactPoints.verified(item.customerId(), item.contactPointId());
                if (verified.isEmpty()) {
                    outbox.suppressed(item, CONTACT_POINT_GONE);
                    return;
                }
                to = verified.get();
            }
            if (DAILY_DIGEST.equals(item.delayRule())) {
                group = new ArrayList<>(group);
                outbox.dueDigestOf(item).stream().map(seen -> outbox.claim(seen, owner, settings.lease()))
                        .filter(Objects::nonNull).forEach(group::add);
            }
            PreferenceService.IssuedLink unsubscribe = unsubscribeLink(item);
            Outgoing.Links links = MessageLinks.of(notifications.publicUrl(), item,
                    unsubscribe == null ? null : unsubscribe.path());
            // The text's link opens the portal's page that explains and confirms; the header stays one-click.
            String unsubscribePage = unsubscribe == null ? null
                    : MessageLinks.unsubscribePage(notifications.publicUrl(), unsubscribe.token());
            RenderedMessage message = digest(group.stream().map(member -> render(member, links, unsubscribePage)).toList());
            String sentTo = sender.send(new Outgoing(item.id(), item.customerId(), item.noticeKey(), item.topicId(),
                    item.kind(), item.orderIds(), to, message, links));
            for (OutboxItem member : group) {
                if (!outbox.sent(member, sentTo)) {
                    log.warn("Item {} was sent after its lease ended", member.id());
                }
            }
        }
        catch (RemoteServiceUnavailable ex) {
            // An outage of another service is waited out, however long: it must not make items DEAD.
            Instant retryAt = clock.instant().plus(settings.backoff(1, ThreadLocalRandom.current().nextDouble()));
            group.forEach(member -> outbox.postponed(member, String.valueOf(ex.getMessage()), retryAt));
        }
        catch (RuntimeException ex) {
            String answer = String.valueOf(ex.getMessage());
            for (OutboxItem member : group) {
                if (member.attempts() >= settings.maxTries()) {
                    log.warn("Item {} is dead after {} tries: {}", member.id(), member.attempts(), answer);
                    outbox.dead(member, answer);
                }
                else {
                    outbox.failed(member, answer, clock.instant()
                            .plus(settings.backoff(member.attempts(), ThreadLocalRandom.current().nextDouble())));
                }
            }
        }
    }

    private RenderedMessage render(OutboxItem item, Outgoing.Links links, String unsubscribePage) {
        Map<String, String> values = values(notices.valuesOf(item.customerId(), item.noticeKey()), links, unsubscribePage);
        return renderer.get().render(item.topicId(), item.kind(), item.channel(),
                values.getOrDefault("language", notifications.language()), values);
    }

    /** One message for the notices of a daily digest, oldest first; a single notice is its own message. */
    static RenderedMessage digest(List<RenderedMessage> messages) {
        if (messages.size() == 1) {
            return messages.get(0);
        }
        RenderedMessage first = messages.get(0);
        String text = messages.stream().map(RenderedMessage::text).collect(Collectors.joining("\n\n"));
        boolean html = messages.stream().anyMatch(message -> message.html() != null);
        return new RenderedMessage(first.language(), first.subject() + " (+" + (messages.size() - 1) + ")", text,
                html ? messages.stream().map(message -> message.html() != null ? message.html() : "<p>" + message.text() + "</p>")
                        .collect(Collectors.joining("<hr>")) : null);
    }

    /** The one-click link for the item's topic and channel; none for the inbox or where the topic has none for the channel. */
    private PreferenceService.IssuedLink unsubscribeLink(OutboxItem item) {
        if (item.channel() == CustomerChannel.IN_APP) {
            return null;
        }
        try {
            return preferences.unsubscribeLink(
                    new PreferenceService.LinkRequest(item.customerId(), item.topicId(), item.channel()));
        }
        catch (FeignException.BadRequest ex) {
            return null;
        }
    }

    private static Map<String, String> values(Map<String, String> notice, Outgoing.Links links, String unsubscribePage) {
        Map<String, String> values = new HashMap<>(notice);
        putLink(values, "orderUrl", links.order());
        putLink(values, "deliveryInstructionsUrl", links.deliveryInstructions());
        putLink(values, "reportProblemUrl", links.reportProblem());
        putLink(values, "preferencesUrl", links.preferences());
        putLink(values, "unsubscribeUrl", unsubscribePage);
        return values;
    }

    private static void putLink(Map<String, String> values, String name, String url) {
        if (url != null) {
            values.put(name, url);
        }
    }
}
