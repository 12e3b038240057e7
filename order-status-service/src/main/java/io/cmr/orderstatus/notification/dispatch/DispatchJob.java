package io.cmr.orderstatus.notification.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.cmr.orderstatus.customer.ContactPoints;
import io.cmr.orderstatus.notification.MessageRenderer;
import io.cmr.orderstatus.notification.channel.ChannelSender;
import io.cmr.orderstatus.notification.channel.NotificationSettings;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.preference.PreferenceService;
import io.cmr.platform.MissingSettings;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * This instance's dispatcher, polling the outbox and sending on a few threads, since a send mostly waits
 * (profile-service, preference-service, the SMTP server); every instance runs one, leases keep them apart.
 */
@Component
class DispatchJob implements SchedulingConfigurer, DisposableBean {

    private final Dispatcher dispatcher;
    private final DispatchSettings settings;
    private final ExecutorService senders;

    DispatchJob(Outbox outbox, Notices notices, List<ChannelSender> senders, ObjectProvider<MessageRenderer> renderer,
            ContactPoints contactPoints, PreferenceService preferences, NotificationSettings notifications,
            DispatchSettings settings, Clock clock) {
        new MissingSettings().require("cmr.notifications.public-url", notifications.publicUrl()).check();
        this.dispatcher = new Dispatcher("dispatcher-" + UUID.randomUUID(), outbox, notices, senders,
                Optional.ofNullable(renderer.getIfAvailable()), contactPoints, preferences, notifications,
                settings, clock);
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
            Thread thread = new Thread(runnable, "notice-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::dispatch, settings.pollInterval(), settings.pollInterval()));
        }
    }

    private void dispatch() {
        while (dispatcher.dispatchDue(senders) == settings.batch()) {
            // A full batch: more may be due.
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
