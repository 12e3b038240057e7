package io.cmr.orderstatus.notification.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import feign.FeignException;
import io.cmr.orderstatus.delay.Leases;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.preference.PreferenceService;
import io.cmr.orderstatus.notification.preference.PreferenceService.Plan;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Plans pending notices through preference-service, a batch of up to 1,000 customers per topic
 * and call (a few batches at once), and writes each batch's outbox items in one bulk insert before marking its notices
 * planned. While preference-service does not answer, notices stay pending and the next run tries
 * again; a crash between the two writes re-plans the batch, which the items' unique ids absorb.
 */
@Component
public class NoticePlanner implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NoticePlanner.class);
    private static final String LEASE = "notice-planning";

    private final Notices notices;
    private final Outbox outbox;
    private final PreferenceService preferences;
    private final Leases leases;
    private final PlanningSettings settings;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final ExecutorService workers;

    NoticePlanner(Notices notices, Outbox outbox, PreferenceService preferences, Leases leases,
            PlanningSettings settings, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.preferences = preferences;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(settings.parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "notice-planning");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runIfLeader, settings.every(), settings.every()));
    }

    void runIfLeader() {
        if (leases.tryAcquire(LEASE, instance, settings.lease())) {
            planPending();
        }
    }

    /** Plans everything pending; stops early, leaving the rest pending, when preference-service does not answer. */
    public int planPending() {
        int planned = 0;
        while (true) {
            List<Notice> round = notices.pending(settings.round());
            if (round.isEmpty()) {
                return planned;
            }
            Map<String, List<Notice>> byTopic = round.stream()
                    .collect(Collectors.groupingBy(Notice::topicId, LinkedHashMap::new, Collectors.toList()));
            List<Callable<Integer>> batches = new ArrayList<>();
            byTopic.forEach((topic, ofTopic) -> batches(ofTopic).forEach(batch -> batches.add(() -> plan(topic, batch))));
            int unavailable = 0;
            String answer = null;
            for (Future<Integer> batch : all(batches)) {
                try {
                    planned += batch.get();
                }
                catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof RemoteServiceUnavailable)) {
                        throw new IllegalStateException("Planning failed", ex.getCause());
                    }
                    unavailable++;
                    answer = ex.getCause().getMessage();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return planned;
                }
            }
            if (unavailable > 0) {
                // One line a round, not one per batch: an outage would otherwise fill the log.
                log.warn("{} of {} batches of notices stay pending: {}", unavailable, batches.size(), answer);
                return planned;
            }
            if (round.size() < settings.round()) {
                return planned;
            }
        }
    }

    /** Runs the batches on the planning workers: one batch's call to preference-service overlaps another's writes. */
    private List<Future<Integer>> all(List<Callable<Integer>> batches) {
        try {
            return workers.invokeAll(batches);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** Notices split so that each batch names at most {@code batch} different customers. */
    private List<List<Notice>> batches(List<Notice> notices) {
        List<List<Notice>> batches = new ArrayList<>();
        Map<String, List<Notice>> current = new LinkedHashMap<>();
        for (Notice notice : notices) {
            if (!current.containsKey(notice.customerId()) && current.size() == settings.batch()) {
                batches.add(current.values().stream().flatMap(List::stream).toList());
                current = new LinkedHashMap<>();
            }
            current.computeIfAbsent(notice.customerId(), id -> new ArrayList<>()).add(notice);
        }
        if (!current.isEmpty()) {
            batches.add(current.values().stream().flatMap(List::stream).toList());
        }
        return batches;
    }

    private int plan(String topicId, List<Notice> batch) {
        Instant now = clock.instant();
        List<String> customers = batch.stream().map(Notice::customerId).distinct().toList();
        List<OutboxItem> items = new ArrayList<>();
        try {
            Map<String, Plan> plans = preferences.plan(new PreferenceService.PlanRequest(topicId, now, customers)).plans()
                    .stream().collect(Collectors.toMap(Plan::customerId, Function.identity()));
            for (Notice notice : batch) {
                items.addAll(PlannedItems.of(notice, plans.get(notice.customerId()), now));
            }
        }
        catch (FeignException.BadRequest ex) {
            log.warn("Notices of topic {} cannot be planned: {}", topicId, ex.contentUTF8());
            batch.forEach(notice -> items.add(PlannedItems.unknownTopic(notice, now)));
        }
        outbox.insertAll(items);
        notices.planned(batch.stream().map(Notice::id).toList(), now);
        return batch.size();
    }
}
