package io.cmr.orderstatus.contact.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.SentNotices.SentNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeJoinTest {

    private static final Instant CALL = Instant.parse("2026-11-20T15:00:00Z");
    private final NoticeJoin join = new NoticeJoin(Duration.ofDays(14));

    private static SentNotice notice(String key, Instant sentAt) {
        return new SentNotice(key, "DELAY_LATE", null, List.of("o-1"), sentAt);
    }

    @Test
    void aContactComesDespiteTheNewestNoticeSentBeforeIt() {
        SentNotice older = notice("order:o-1:delay:STALE", CALL.minus(Duration.ofDays(2)));
        SentNotice newer = notice("order:o-1:delay:LATE", CALL.minus(Duration.ofHours(3)));

        assertThat(join.despite(List.of(older, newer), CALL, true)).contains(newer);
    }

    @Test
    void aNoticeSentAfterTheContactDoesNotCount() {
        SentNotice after = notice("order:o-1:delay:LATE", CALL.plusSeconds(1));
        SentNotice same = notice("order:o-1:delay:STALE", CALL);

        assertThat(join.despite(List.of(after, same), CALL, true)).isEmpty();
    }

    @Test
    void withoutAnOrderOnlyARecentNoticeCounts() {
        SentNotice incident = new SentNotice("incident:i-7:declared", "INCIDENT_DECLARED", "i-7", List.of(),
                CALL.minus(Duration.ofDays(20)));

        assertThat(join.despite(List.of(incident), CALL, false)).isEmpty();
        assertThat(join.despite(List.of(incident), CALL, true)).contains(incident);
        assertThat(new NoticeJoin(Duration.ofDays(30)).despite(List.of(incident), CALL, false)).contains(incident);
    }

    @Test
    void noNoticeSentMeansNone() {
        assertThat(join.despite(List.of(), CALL, true)).isEmpty();
    }
}
