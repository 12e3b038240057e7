package io.cmr.orderstatus.notification.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cmr.orderstatus.customer.ContactPoints;
import io.cmr.orderstatus.notification.MessageRenderer;
import io.cmr.orderstatus.notification.channel.ChannelSender;
import io.cmr.orderstatus.notification.channel.NotificationSettings;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.preference.PreferenceService;
import io.cmr.platform.MissingSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** This instance's dispatcher, polling the outbox; every instance runs one, leases keep them apart. */
@Component
class DispatchJob implements SchedulingConfigurer {

    private final Dispatcher dispatcher;
    private final DispatchSettings settings;

    DispatchJob(Outbox outbox, List<ChannelSender> senders, ObjectProvider<MessageRenderer> renderer,
            ContactPoints contactPoints, PreferenceService preferences, NotificationSettings notifications,
            DispatchSettings settings, Clock clock) {
        new MissingSettings().require("cmr.notifications.public-url", notifications.publicUrl()).check();
        this.dispatcher = new Dispatcher("dispatcher-" + UUID.randomUUID(), outbox, senders,
                Optional.ofNullable(renderer.getIfAvailable()), contactPoints, preferences, notifications,
                settings, clock);
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::dispatch, settings.pollInterval(), settings.pollInterval()));
        }
    }

    private void dispatch() {
        while (dispatcher.dispatchDue() == settings.batch()) {
            // A full batch: more may be due.
        }
    }
}
