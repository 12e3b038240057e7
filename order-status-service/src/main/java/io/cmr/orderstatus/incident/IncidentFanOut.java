package io.cmr.orderstatus.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.mongodb.client.MongoCursor;
import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.notification.NoticeRequests;
import io.cmr.orderstatus.notification.channel.NotificationSettings;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tells every affected customer of an incident's latest revision, once: streams the orders the
 * selector matches (id and customer only) in customer order, groups each customer's orders into one
 * notice, and hands the outbox a batch at a time, recording after each batch how far it got. A crash
 * or an unavailable outbox leaves the fan-out to be finished from there, by this instance or another,
 * once its lease has passed; a batch redone gives no second notice, the outbox being idempotent on
 * (customer, notice key). Fan-outs run one at a time per instance, off the request thread.
 */
@Component
class IncidentFanOut implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(IncidentFanOut.class);

    private final Incidents incidents;
    private final NoticeRequests notices;
    private final IncidentSettings settings;
    private final NotificationSettings notifications;
    private final Clock clock;
    private final String instance = "fan-out-" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "incident-fan-out");
        thread.setDaemon(true);
        return thread;
    });

    IncidentFanOut(Incidents incidents, NoticeRequests notices, IncidentSettings settings, NotificationSettings notifications,
            Clock clock) {
        this.incidents = incidents;
        this.notices = notices;
        this.settings = settings;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resumeUnfinished, settings.resumeEvery(), settings.resumeEvery()));
    }

    /** Starts the incident's fan-out soon, off the caller's thread. */
    void start(String incidentId) {
        worker.execute(() -> runQuietly(incidentId));
    }

    /**
     * Queues every fan-out left unfinished whose lease is free, for this instance's fan-out thread: the
     * scheduler's thread, which other jobs share, only looks.
     */
    void resumeUnfinished() {
        incidents.unfinishedFanOuts().forEach(this::start);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void runQuietly(String incidentId) {
        try {
            run(incidentId);
        }
        catch (RuntimeException ex) {
            log.warn("Fan-out of incident {} stopped; it resumes after its lease", incidentId, ex);
        }
    }

    /** Runs the incident's fan-out to its end if this instance can take it; false if it stopped before. */
    boolean run(String incidentId) {
        Incident incident = incidents.claimFanOut(incidentId, instance, leaseEnd()).orElse(null);
        if (incident == null) {
            return false;
        }
        FanOut fanOut = incident.fanOut();
        try {
            boolean mine = fanOut.phase() != FanOut.Phase.MATCHING || matching(incident, fanOut.cursor());
            mine = mine && earlier(incident);
            if (mine) {
                incidents.finish(incident.id(), fanOut.revision(), instance);
                log.info("Incident {} revision {} told to every affected customer", incident.id(), fanOut.revision());
            }
            return mine;
        }
        catch (RuntimeException ex) {
            // Free at once: the next resume, resumeEvery later, is the pause before another try.
            incidents.release(incident.id(), fanOut.revision(), instance, clock.instant(),
                    ex.getClass().getSimpleName() + ": " + ex.getMessage());
            throw ex;
        }
    }

    /** The customers of the orders matching now, grouped; false when the fan-out is no longer ours. */
    private boolean matching(Incident incident, String after) {
        int revision = incident.fanOut().revision();
        Map<String, List<String>> batch = new LinkedHashMap<>();
        try (MongoCursor<AffectedOrder> orders = incidents.matching(incident, after)) {
            while (orders.hasNext()) {
                AffectedOrder order = orders.next();
                if (!batch.containsKey(order.customerId()) && batch.size() == settings.batchSize()) {
                    if (!tell(incident, batch, FanOut.Phase.MATCHING)) {
                        return false;
                    }
                    batch = new LinkedHashMap<>();
                }
                batch.computeIfAbsent(order.customerId(), customer -> new ArrayList<>()).add(order.orderId());
            }
        }
        if (!batch.isEmpty() && !tell(incident, batch, FanOut.Phase.MATCHING)) {
            return false;
        }
        return incidents.advance(incident.id(), revision, instance, FanOut.Phase.EARLIER, null, 0, 0, leaseEnd());
    }

    /**
     * Tells a batch of customers, then records them as reached and the cursor past them. A crash
     * in between makes the batch be told again, which the outbox absorbs.
     */
    private boolean tell(Incident incident, Map<String, List<String>> batch, FanOut.Phase phase) {
        Revision revision = incident.latest();
        notices.request(requests(incident, revision, batch));
        incidents.reached(incident.id(), revision.number(), batch);
        String last = null;
        long orders = 0;
        for (Map.Entry<String, List<String>> entry : batch.entrySet()) {
            last = entry.getKey();
            orders += entry.getValue().size();
        }
        return incidents.advance(incident.id(), revision.number(), instance, phase, last, batch.size(), orders, leaseEnd());
    }

    /**
     * Customers told of an earlier revision and not yet of this one (their orders no longer match,
     * or a resolution, which does not look for new customers), with all their orders of the earlier
     * revisions. Those already told of this one are left out, so a resumed phase goes on where it was.
     */
    private boolean earlier(Incident incident) {
        int revision = incident.latest().number();
        Set<String> told = incidents.customersReached(incident.id(), revision);
        TreeMap<String, Set<String>> pending = new TreeMap<>();
        for (ReachedBatch batch : incidents.reachedBefore(incident.id(), revision)) {
            for (ReachedBatch.Reached reached : batch.customers()) {
                if (!told.contains(reached.customerId())) {
                    pending.computeIfAbsent(reached.customerId(), customer -> new LinkedHashSet<>()).addAll(reached.orderIds());
                }
            }
        }
        Map<String, List<String>> batch = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> customer : pending.entrySet()) {
            batch.put(customer.getKey(), List.copyOf(customer.getValue()));
            if (batch.size() == settings.batchSize()) {
                if (!tell(incident, batch, FanOut.Phase.EARLIER)) {
                    return false;
                }
                batch = new LinkedHashMap<>();
            }
        }
        return batch.isEmpty() || tell(incident, batch, FanOut.Phase.EARLIER);
    }

    private List<NoticeRequest> requests(Incident incident, Revision revision, Map<String, List<String>> batch) {
        List<NoticeRequest> requests = new ArrayList<>(batch.size());
        batch.forEach((customerId, orderIds) ->
                requests.add(IncidentNotices.of(incident, revision, customerId, orderIds, portalUrl())));
        return requests;
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }

    /** Links in incident notices lead where every other notice's links do: the public address. */
    private String portalUrl() {
        return notifications.publicUrl() == null ? null : notifications.publicUrl().toString();
    }
}
