package io.cmr.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** Where the token buckets live: this gateway's memory, or a Redis its replicas share. */
interface BucketStore {

    /** Takes one token from the bucket named {@code key}, created full with {@code limit} when new. */
    Mono<ConsumptionProbe> tryConsume(String key, RateLimitSettings.Limit limit);
}
