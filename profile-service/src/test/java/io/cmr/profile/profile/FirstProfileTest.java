package io.cmr.profile.profile;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void takesNamesAndEmailFromTheTokenAndStartsAtVersionOne() {
        Profile profile = FirstProfile.from(
                new FirstProfile.TokenClaims("sub-1", " Alice ", "Liddell", "alice@example.com", false, "en"), NOW);

        assertThat(profile.customerId()).isEqualTo("sub-1");
        assertThat(profile.givenName()).isEqualTo("Alice");
        assertThat(profile.familyName()).isEqualTo("Liddell");
        assertThat(profile.email()).isEqualTo("alice@example.com");
        assertThat(profile.version()).isEqualTo(1);
        assertThat(profile.createdAt()).isEqualTo(NOW);
        assertThat(profile.contactPoints()).isEmpty();
    }

    @Test
    void anEmailKeycloakVerifiedIsTheFirstVerifiedPrimaryEmailContactPoint() {
        Profile profile = FirstProfile.from(
                new FirstProfile.TokenClaims("sub-3", null, null, "Alice@Example.com", true, null), NOW);

        assertThat(profile.contactPoints()).singleElement().satisfies(point -> {
            assertThat(point.type()).isEqualTo("EMAIL");
            assertThat(point.value()).isEqualTo("Alice@Example.com");
            assertThat(point.normalizedValue()).isEqualTo("alice@example.com");
            assertThat(point.verified()).isTrue();
            assertThat(point.primary()).isTrue();
        });
    }

    @Test
    void speaksFrenchToFrenchSpeakersWhateverTheRegionAndEnglishToEveryoneElse() {
        assertThat(FirstProfile.language("fr")).isEqualTo("fr");
        assertThat(FirstProfile.language("fr_FR")).isEqualTo("fr");
        assertThat(FirstProfile.language("FR-ca")).isEqualTo("fr");
        assertThat(FirstProfile.language("de")).isEqualTo("en");
        assertThat(FirstProfile.language(null)).isEqualTo("en");
    }

    @Test
    void leavesOutBlankClaimsAndCutsOverlongOnes() {
        Profile profile = FirstProfile.from(
                new FirstProfile.TokenClaims("sub-2", "  ", "x".repeat(500), null, true, null), NOW);

        assertThat(profile.givenName()).isNull();
        assertThat(profile.familyName()).hasSize(FirstProfile.MAX_NAME_LENGTH);
        assertThat(profile.email()).isNull();
    }
}
