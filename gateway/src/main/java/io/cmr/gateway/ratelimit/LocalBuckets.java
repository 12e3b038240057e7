package io.cmr.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** The buckets in this gateway's memory: right for one replica, and the fallback when Redis is away. */
final class LocalBuckets implements BucketStore {

    /** Bounded, and forgotten after an hour unused: a bucket unused that long is full again anyway. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

    @Override
    public Mono<ConsumptionProbe> tryConsume(String key, RateLimitSettings.Limit limit) {
        return Mono.just(consume(key, limit));
    }

    ConsumptionProbe consume(String key, RateLimitSettings.Limit limit) {
        return buckets.get(key, name -> Bucket.builder().addLimit(configuration(limit).getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }

    /** The whole limit at once if the caller likes, refilled evenly over its period. */
    static BucketConfiguration configuration(RateLimitSettings.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .build();
    }
}
