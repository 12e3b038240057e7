package io.cmr.orderstatus.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.stereotype.Component;

/**
 * Posts due deliveries to the partners. Each is claimed in one atomic write with a lease, so any
 * number of instances send each once (a crashed sender's delivery is retaken when its lease passes,
 * and the partner sees the same Webhook-Id again). A 2xx answer delivers it; anything else, or no
 * answer in time, is tried again later with exponential backoff and jitter, until DEAD after the
 * configured tries.
 */
@Component
class WebhookDispatcher implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** Deliveries one round sends at most, so a backlog does not hold the scheduler's thread for long. */
    private static final int ROUND = 100;
    private static final int ANSWER_KEPT = 200;

    private final Webhooks webhooks;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private final HttpClient http;
    private final String instance = "webhooks-" + UUID.randomUUID();
    private final AtomicBoolean round = new AtomicBoolean();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDispatcher(Webhooks webhooks, WebhookSettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.clock = clock;
        this.backoff = new Backoff(settings.firstRetry(), settings.maxRetry());
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The scheduler's thread, which other jobs share, only starts a round on this dispatcher's own
     * thread, so a slow partner never holds up anything else.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::startRound, settings.dispatchEvery(), settings.dispatchEvery()));
    }

    private void startRound() {
        if (round.compareAndSet(false, true)) {
            sender.execute(() -> {
                try {
                    dispatchDue();
                }
                catch (RuntimeException ex) {
                    log.warn("Webhook dispatch round failed; the next one starts in {}", settings.dispatchEvery(), ex);
                }
                finally {
                    round.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    /** Sends what is due now; the number of deliveries tried. */
    int dispatchDue() {
        int tried = 0;
        while (tried < ROUND) {
            Instant now = clock.instant();
            Optional<WebhookDelivery> claimed = webhooks.claimDue(instance, now, now.plus(settings.lease()));
            if (claimed.isEmpty()) {
                break;
            }
            send(claimed.get());
            tried++;
        }
        return tried;
    }

    private void send(WebhookDelivery delivery) {
        Subscription subscription = webhooks.find(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            webhooks.outcome(delivery.id(), instance, WebhookDelivery.State.DEAD, null, null, "subscription deleted", null);
            return;
        }
        long timestamp = clock.instant().getEpochSecond();
        Integer status = null;
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "CMR-Webhooks/1")
                    .header("Webhook-Id", delivery.id())
                    .header("Webhook-Timestamp", Long.toString(timestamp))
                    .header("Webhook-Signature", WebhookSignature.sign(subscription.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status / 100 == 2) {
                webhooks.outcome(delivery.id(), instance, WebhookDelivery.State.DELIVERED, null, status, null, clock.instant());
                return;
            }
            error = "HTTP " + status + (response.body().isBlank() ? "" : ": " + shorten(response.body()));
        }
        catch (IOException | IllegalArgumentException ex) {
            error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + shorten(ex.getMessage()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        if (delivery.attempts() >= settings.maxAttempts()) {
            log.warn("Webhook delivery {} to {} is dead after {} tries: {}", delivery.id(), subscription.id(), delivery.attempts(), error);
            webhooks.outcome(delivery.id(), instance, WebhookDelivery.State.DEAD, null, status, error, null);
        }
        else {
            Instant next = clock.instant().plus(backoff.after(delivery.attempts(), ThreadLocalRandom.current()::nextDouble));
            webhooks.outcome(delivery.id(), instance, WebhookDelivery.State.FAILED, next, status, error, null);
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= ANSWER_KEPT ? line : line.substring(0, ANSWER_KEPT) + "…";
    }
}
