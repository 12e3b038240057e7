package io.cmr.portal.unsubscribe;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void readsTheTopicAndChannelOfALinkThatHasNotExpired() {
        Instant expires = NOW.plusSeconds(3600);
        assertThat(UnsubscribeLink.read(UnsubscribePageTest.token("service-incidents", "SMS", expires), NOW))
                .contains(new UnsubscribeLink("service-incidents", "SMS", Instant.ofEpochSecond(expires.getEpochSecond())));
    }

    @Test
    void anythingElseIsNoLink() {
        assertThat(UnsubscribeLink.read(UnsubscribePageTest.token("t", "EMAIL", NOW), NOW)).as("expired").isEmpty();
        assertThat(UnsubscribeLink.read(UnsubscribePageTest.token("<b>", "EMAIL", NOW.plusSeconds(60)), NOW)).isEmpty();
        assertThat(UnsubscribeLink.read(null, NOW)).isEmpty();
        assertThat(UnsubscribeLink.read(".sig", NOW)).isEmpty();
        assertThat(UnsubscribeLink.read("!!!.sig", NOW)).isEmpty();
        assertThat(UnsubscribeLink.read("x".repeat(3000) + ".sig", NOW)).isEmpty();
    }
}
