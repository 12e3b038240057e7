package io.cmr.gateway.ratelimit;

import java.time.Duration;

import io.cmr.gateway.RedisServer;
import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis helps the replicas agree; when it is away, each replica still limits on its own and never holds a request. */
class RedisBucketsTest {

    private static final RateLimitSettings.Limit TWO_AN_HOUR = new RateLimitSettings.Limit(2, Duration.ofHours(1));
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    /** Generous, so that a busy build machine's slow first call is not taken for an absent Redis. */
    private static final Duration PATIENT = Duration.ofSeconds(5);

    @Test
    void withoutARedisToReachTheCallerIsCountedByThisReplicaAlone() {
        try (RedisBuckets buckets = new RedisBuckets("redis://127.0.0.1:1", Duration.ofMillis(200))) {

            assertThat(consume(buckets, "client:a").isConsumed()).isTrue();
            assertThat(consume(buckets, "client:a").isConsumed()).isTrue();
            assertThat(consume(buckets, "client:a").isConsumed()).isFalse();
            assertThat(consume(buckets, "client:b").isConsumed()).isTrue();
        }
    }

    @Test
    void whenRedisGoesAwayTheReplicaCarriesOnWithItsOwnBuckets() {
        RedisServer redis = RedisServer.start();
        try (RedisBuckets one = new RedisBuckets(redis.uri(), PATIENT);
                RedisBuckets other = new RedisBuckets(redis.uri(), PATIENT)) {
            assertThat(consume(one, "client:c").getRemainingTokens()).isEqualTo(1);
            assertThat(consume(other, "client:c").getRemainingTokens()).isZero();

            redis.close();

            ConsumptionProbe alone = consume(one, "client:c");
            assertThat(alone.isConsumed()).isTrue();
            assertThat(alone.getRemainingTokens()).isEqualTo(1);
        }
        finally {
            redis.close();
        }
    }

    private static ConsumptionProbe consume(RedisBuckets buckets, String key) {
        return buckets.tryConsume(key, TWO_AN_HOUR).block(ANSWER_WITHIN);
    }
}
