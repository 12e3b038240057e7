package io.cmr.preference.unsubscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cmr.preference.topic.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UnsubscribeTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");
    private final UnsubscribeTokens tokens = at(NOW, "the-secret");

    @Test
    void aTokenItSignedGivesBackItsClaims() {
        String token = tokens.issue(tokens.claims("alice.id", "delivery-updates", Channel.SMS, "order-status-service"));

        assertThat(tokens.verify(token)).hasValueSatisfying(claims -> {
            assertThat(claims.customerId()).isEqualTo("alice.id");
            assertThat(claims.topicId()).isEqualTo("delivery-updates");
            assertThat(claims.channel()).isEqualTo(Channel.SMS);
            assertThat(claims.clientId()).isEqualTo("order-status-service");
        });
    }

    @Test
    void anAlteredTokenIsWorthless() {
        String token = tokens.issue(tokens.claims("alice", "delivery-updates", Channel.SMS, "sender"));
        String otherPayload = tokens.issue(tokens.claims("bob", "delivery-updates", Channel.SMS, "sender")).split("\\.")[0];

        assertThat(tokens.verify(otherPayload + "." + token.split("\\.")[1])).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 2) + "AA")).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
        assertThat(tokens.verify("!!.??")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsWorthless() {
        String forged = at(NOW, "guessed").issue(tokens.claims("alice", "delivery-updates", Channel.SMS, "sender"));

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void anExpiredTokenIsWorthless() {
        String token = tokens.issue(tokens.claims("alice", "delivery-updates", Channel.SMS, "sender"));

        assertThat(at(NOW.plus(Duration.ofDays(30)), "the-secret").verify(token)).isPresent();
        assertThat(at(NOW.plus(Duration.ofDays(61)), "the-secret").verify(token)).isEmpty();
    }

    @Test
    void withoutASecretTheServiceRefusesToStartNamingTheSetting() {
        UnsubscribeProperties none = new UnsubscribeProperties(null, Duration.ofDays(60), "/preferences");

        assertThatIllegalStateException()
                .isThrownBy(() -> new UnsubscribeConfiguration().unsubscribeTokens(none, Clock.systemUTC()))
                .withMessageContaining("cmr.preference.unsubscribe.secret");
    }

    private static UnsubscribeTokens at(Instant now, String secret) {
        return new UnsubscribeTokens(secret, Duration.ofDays(60), Clock.fixed(now, ZoneOffset.UTC));
    }
}
