package io.cmr.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.cmr.gateway.observability.LogIds;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The buckets in Redis (Bucket4j's compare-and-swap over Lettuce), so that every gateway replica
 * counts against the same limit. Redis is an aid, not a dependency: when it does not answer within
 * {@code timeout} (down, unreachable, slow) the request is counted in this replica's own buckets
 * instead, with a warning at most every half minute, so that a caller is never held or refused
 * for Redis's sake and is still limited, per replica, meanwhile.
 */
final class RedisBuckets implements BucketStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);
    private static final String KEY_PREFIX = "cmr:gateway:rate-limit:";
    private static final long RECONNECT_PAUSE_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long WARNING_PAUSE_NANOS = Duration.ofSeconds(30).toNanos();

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration timeout;
    private final LocalBuckets fallback = new LocalBuckets();
    private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
    private volatile CompletableFuture<AsyncProxyManager<String>> buckets;
    private volatile long connectedAt;

    RedisBuckets(String redisUri, Duration timeout) {
        this.uri = RedisURI.create(redisUri);
        this.timeout = timeout;
        this.client = RedisClient.create();
        client.setOptions(ClientOptions.builder()
                // While the connection is down, fail at once rather than queue behind it.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        this.buckets = connect();
    }

    @Override
    public Mono<ConsumptionProbe> tryConsume(String key, RateLimitSettings.Limit limit) {
        BucketConfiguration configuration = LocalBuckets.configuration(limit);
        return Mono.fromFuture(() -> buckets().thenCompose(proxies -> proxies.builder()
                        .build(KEY_PREFIX + key, () -> CompletableFuture.completedFuture(configuration))
                        .tryConsumeAndReturnRemaining(1)))
                .timeout(timeout)
                // On the Redis client's or the timer's thread: the request's ids come from its context.
                .onErrorResume(failure -> Mono.deferContextual(context -> {
                    try (LogIds.Scope ignored = LogIds.of(context).open()) {
                        warn(failure);
                    }
                    return Mono.just(fallback.consume(key, limit));
                }));
    }

    /** Connected once; a failed first connection is tried again, at most every few seconds. */
    private CompletableFuture<AsyncProxyManager<String>> buckets() {
        CompletableFuture<AsyncProxyManager<String>> current = buckets;
        if (current.isCompletedExceptionally() && System.nanoTime() - connectedAt > RECONNECT_PAUSE_NANOS) {
            synchronized (this) {
                if (buckets == current) {
                    buckets = connect();
                }
                return buckets;
            }
        }
        return current;
    }

    /** Lettuce reconnects an established connection by itself; only the first one is ours to retry. */
    private CompletableFuture<AsyncProxyManager<String>> connect() {
        connectedAt = System.nanoTime();
        return client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri).toCompletableFuture()
                .thenApply(connection -> Bucket4jLettuce.casBasedBuilder(connection)
                        // A key lives until its bucket would be full again: then it is the same as none.
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)))
                        .build()
                        .asAsync());
    }

    private void warn(Throwable failure) {
        long now = System.nanoTime();
        long next = nextWarning.get();
        if (now - next >= 0 && nextWarning.compareAndSet(next, now + WARNING_PAUSE_NANOS)) {
            log.warn("Rate-limit store {} unavailable or slower than {} ({}): counting in this gateway's own buckets"
                    + " meanwhile", uri.getHost() + ":" + uri.getPort(), timeout, failure.toString());
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
