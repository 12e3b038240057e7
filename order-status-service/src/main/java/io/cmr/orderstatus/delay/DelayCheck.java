package io.cmr.orderstatus.delay;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.OrderState;
import io.cmr.orderstatus.order.Orders;
import io.cmr.orderstatus.order.domain.DelayRules;
import io.cmr.platform.mongo.VersionedUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Re-derives unfinished orders against the clock, for the causes no carrier event will report:
 * a shipment gone quiet, a promised window that passed. With several instances, the one holding
 * the lease runs it; a change is written only if the order did not change meanwhile, since any
 * write re-derives the order anyway.
 */
@Component
public class DelayCheck implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DelayCheck.class);
    private static final String LEASE = "delay-check";

    private final Orders orders;
    private final DelayRulesStore rules;
    private final Leases leases;
    private final DelaySettings settings;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    DelayCheck(Orders orders, DelayRulesStore rules, Leases leases, DelaySettings settings, Clock clock) {
        this.orders = orders;
        this.rules = rules;
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::runIfLeader, settings.checkEvery(), settings.checkEvery()));
    }

    void runIfLeader() {
        if (leases.tryAcquire(LEASE, instance, settings.lease())) {
            int changed = checkAll();
            log.info("Delay check re-derived unfinished orders; {} changed", changed);
        }
    }

    /** The number of orders whose delay notices or punctuality changed. */
    public int checkAll() {
        DelayRules current = rules.current();
        Instant now = clock.instant();
        int changed = 0;
        for (Order order : orders.unfinished()) {
            Order next = OrderState.derived(order, current, now);
            if (!next.delayNotices().equals(order.delayNotices()) || !next.punctuality().equals(order.punctuality())) {
                // A stale write is fine to skip: whoever changed the order re-derived it.
                if (orders.replace(next, order.version()) instanceof VersionedUpdate.Updated<Order>) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
