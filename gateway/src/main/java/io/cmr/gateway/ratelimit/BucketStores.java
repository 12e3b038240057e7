package io.cmr.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BucketStores {

    /** In memory unless a Redis is named; Spring closes the Redis client at shutdown. */
    @Bean
    BucketStore bucketStore(RateLimitSettings settings) {
        RateLimitSettings.Redis redis = settings.redis();
        return redis.uri() != null ? new RedisBuckets(redis.uri(), redis.timeout()) : new LocalBuckets();
    }
}
