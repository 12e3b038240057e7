package io.cmr.orderstatus.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.cmr.orderstatus.customer.ContactPoints;
import io.cmr.orderstatus.notification.channel.ChannelSender;
import io.cmr.orderstatus.notification.channel.NotificationSettings;
import io.cmr.orderstatus.notification.channel.Outgoing;
import io.cmr.orderstatus.notification.dispatch.DispatchSettings;
import io.cmr.orderstatus.notification.dispatch.Dispatcher;
import io.cmr.orderstatus.notification.inbox.Inbox;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;
import io.cmr.orderstatus.notification.preference.PreferenceService;
import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dispatchers that race for the same items, or one that stalls mid-send and loses its items to another when its
 * lease ends: nothing is sent twice.
 */
@ServiceTest
@TestPropertySource(properties = { "cmr.notifications.dispatch.enabled=false",
        "spring.mongodb.database=cmr-dispatcher-crash-test" })
class DispatcherCrashTest {

    private static final DispatchSettings SHORT_LEASE = new DispatchSettings(true, Duration.ofMillis(100), 50, 1,
            Duration.ofSeconds(1), 3, Duration.ofMillis(100), Duration.ofSeconds(1), 0.2);

    @Autowired
    private Outbox outbox;

    @Autowired
    private Notices notices;

    @Autowired
    private Inbox inbox;

    @Autowired
    private List<ChannelSender> senders;

    @Autowired
    private MessageRenderer renderer;

    @Autowired
    private ContactPoints contactPoints;

    @Autowired
    private PreferenceService preferences;

    @Autowired
    private NotificationSettings notifications;

    @Autowired
    private Clock clock;

    @Test
    void aSecondDispatcherFinishesWhatAStalledOneClaimedWithoutSendingAnythingTwice() throws Exception {
        Instant now = clock.instant();
        List<OutboxItem> items = IntStream.range(0, 20).mapToObj(i -> item("crash-" + i, now)).toList();
        outbox.insertAll(items);
        ChannelSender realInApp = senders.stream().filter(sender -> sender.channel() == CustomerChannel.IN_APP).findFirst()
                .orElseThrow();
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        ChannelSender stalling = inApp(message -> {
            stalled.countDown();
            try {
                killed.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("killed mid-send");
        });
        Dispatcher first = dispatcher("first", stalling);
        Dispatcher second = dispatcher("second", counting(delivered, realInApp::send));

        Thread firstThread = new Thread(() -> first.dispatchDue(Runnable::run));
        firstThread.start();
        try {
            stalled.await();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                second.dispatchDue(Runnable::run);
                return items.stream().allMatch(item -> outbox.ofNotices(item.customerId(), List.of(item.noticeKey()))
                        .get(0).state() == ItemState.SENT);
            });
        }
        finally {
            killed.countDown();
            firstThread.join();
        }

        assertThat(delivered).hasSize(20);
        assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(items).allSatisfy(item -> {
            OutboxItem stored = outbox.ofNotices(item.customerId(), List.of(item.noticeKey())).get(0);
            assertThat(stored.state()).isEqualTo(ItemState.SENT);
            assertThat(inbox.of(item.customerId())).hasSize(1);
        });
    }

    @Test
    void dispatchersLookingAtTheSameDueItemsAtOnceSendEachOfThemOnce() throws Exception {
        Instant now = clock.instant();
        List<OutboxItem> items = IntStream.range(0, 120).mapToObj(i -> item("race-" + i, now)).toList();
        outbox.insertAll(items);
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        ChannelSender counting = counting(delivered, message -> "inbox");

        AtOnce.run(3, i -> {
            Dispatcher racer = dispatcher("racer-" + i, counting);
            int looks = 0;
            while (racer.dispatchDue(Runnable::run) == SHORT_LEASE.batch()) {
                looks++;
            }
            return looks;
        });

        assertThat(delivered).hasSize(items.size());
        assertThat(delivered.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(items).allSatisfy(item -> assertThat(outbox.ofNotices(item.customerId(), List.of(item.noticeKey()))
                .get(0).state()).isEqualTo(ItemState.SENT));
    }

    @Test
    void anItemSeenWhileAnotherDispatcherHoldsItsLeaseIsNotTakenFromIt() {
        OutboxItem planned = item("held", clock.instant());
        outbox.insertAll(List.of(planned));
        OutboxItem seen = outbox.due(1_000).stream().filter(item -> item.id().equals(planned.id())).findFirst().orElseThrow();
        OutboxItem held = outbox.claim(seen, "first", SHORT_LEASE.lease());

        // What the embedded store may hand a look that ran while the first claim was made: the item as it is now.
        assertThat(outbox.claim(held, "second", SHORT_LEASE.lease())).isNull();
        assertThat(outbox.ofNotices("held", List.of(planned.noticeKey())).get(0).leaseOwner()).isEqualTo("first");
        assertThat(outbox.sent(held, "inbox")).as("the first dispatcher's lease still holds").isTrue();
    }

    /** An in-app sender that counts each item it is given, then hands it to {@code then}. */
    private static ChannelSender counting(Map<String, AtomicInteger> delivered, Function<Outgoing, String> then) {
        return inApp(message -> {
            delivered.computeIfAbsent(message.itemId(), id -> new AtomicInteger()).incrementAndGet();
            return then.apply(message);
        });
    }

    private static ChannelSender inApp(Function<Outgoing, String> send) {
        return new ChannelSender() {
            @Override
            public CustomerChannel channel() {
                return CustomerChannel.IN_APP;
            }

            @Override
            public String send(Outgoing message) {
                return send.apply(message);
            }
        };
    }

    private Dispatcher dispatcher(String owner, ChannelSender inApp) {
        return new Dispatcher(owner, outbox, notices, List.of(inApp), Optional.of(renderer), contactPoints, preferences,
                notifications, SHORT_LEASE, clock);
    }

    private static OutboxItem item(String customerId, Instant now) {
        String key = "incident:crash:declared";
        return new OutboxItem(OutboxItem.idOf(customerId, key, CustomerChannel.IN_APP), customerId, key,
                CustomerChannel.IN_APP, "service-incidents", "INCIDENT_DECLARED", List.of(), "crash", now,
                ItemState.PLANNED, null, now, null, null, 0, null, null, null, 0, null, null, null, null, now, now);
    }
}
