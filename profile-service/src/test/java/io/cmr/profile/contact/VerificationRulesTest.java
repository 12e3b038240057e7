package io.cmr.profile.contact;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static io.cmr.profile.contact.VerificationRules.Outcome.EXPIRED;
import static io.cmr.profile.contact.VerificationRules.Outcome.LOCKED;
import static io.cmr.profile.contact.VerificationRules.Outcome.MATCH;
import static io.cmr.profile.contact.VerificationRules.Outcome.NO_CODE;
import static io.cmr.profile.contact.VerificationRules.Outcome.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class VerificationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final VerificationRules rules = new VerificationRules(new SecureRandom());

    @Test
    void codesAreSixDigitsAndStoredOnlyAsASaltedHash() {
        String code = rules.newCode();
        Verification first = rules.issue(code, null, NOW);
        Verification second = rules.issue(code, null, NOW);

        assertThat(code).matches("\\d{6}");
        assertThat(first.hash()).doesNotContain(code).isNotEqualTo(second.hash());
        assertThat(VerificationRules.check(first, code, NOW)).isEqualTo(MATCH);
        assertThat(VerificationRules.check(second, code, NOW)).isEqualTo(MATCH);
    }

    @Test
    void aCodeIsGoodForTenMinutes() {
        Verification issued = rules.issue("123456", null, NOW);

        assertThat(VerificationRules.check(issued, "123456", NOW.plus(Duration.ofMinutes(10)).minusSeconds(1)))
                .isEqualTo(MATCH);
        assertThat(VerificationRules.check(issued, "123456", NOW.plus(Duration.ofMinutes(10)))).isEqualTo(EXPIRED);
    }

    @Test
    void fiveWrongTriesLockTheCodeEvenForTheRightOne() {
        Verification verification = rules.issue("123456", null, NOW);
        for (int i = 0; i < 5; i++) {
            assertThat(VerificationRules.check(verification, "000000", NOW)).isEqualTo(WRONG);
            verification = VerificationRules.afterWrongTry(verification);
        }

        assertThat(VerificationRules.check(verification, "123456", NOW)).isEqualTo(LOCKED);
    }

    @Test
    void withoutACodeNothingMatches() {
        assertThat(VerificationRules.check(null, "123456", NOW)).isEqualTo(NO_CODE);
    }

    @Test
    void aNewCodeWaitsThirtySecondsAfterTheLastOne() {
        Verification sent = rules.issue("123456", null, NOW);

        assertThat(VerificationRules.retryAfter(null, NOW)).isZero();
        assertThat(VerificationRules.retryAfter(sent, NOW.plusSeconds(10))).isEqualTo(Duration.ofSeconds(20));
        assertThat(VerificationRules.retryAfter(sent, NOW.plusSeconds(30))).isZero();
    }

    @Test
    void atMostFiveCodesAnHour() {
        Verification sent = null;
        Instant at = NOW;
        for (int i = 0; i < 5; i++) {
            sent = rules.issue("123456", sent, at);
            at = at.plusSeconds(60);
        }

        // The first of the five was sent five minutes ago: the window frees up 55 minutes from now.
        assertThat(VerificationRules.retryAfter(sent, at)).isEqualTo(Duration.ofMinutes(55));
        assertThat(VerificationRules.retryAfter(sent, NOW.plus(Duration.ofHours(1)))).isZero();
        assertThat(rules.issue("1", sent, NOW.plus(Duration.ofHours(1))).sentAt()).hasSize(5);
    }
}
