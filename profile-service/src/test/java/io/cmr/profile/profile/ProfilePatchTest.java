package io.cmr.profile.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cmr.platform.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilePatchTest {

    @Test
    void takesNamesLanguageAndTimezoneTrimmingNames() {
        ProfilePatch.Parsed parsed = ProfilePatch.parse(Map.of("givenName", "  Alice ", "language", "fr",
                "timezone", "Europe/Paris"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.patch().changes()).containsEntry("givenName", "Alice").containsEntry("language", "fr")
                .containsEntry("timezone", "Europe/Paris");
    }

    @Test
    void nullRemovesANameOrTheTimezoneAndABlankNameIsNoName() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("familyName", null);
        body.put("timezone", null);
        body.put("givenName", "   ");

        ProfilePatch.Parsed parsed = ProfilePatch.parse(body);

        assertThat(parsed.patch().changes()).containsEntry("familyName", null).containsEntry("timezone", null)
                .containsEntry("givenName", null);
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "x".repeat(101));
        body.put("familyName", Map.of("$gt", ""));
        body.put("language", "de");
        body.put("timezone", "Mars/Olympus");
        body.put("email", "a@b.c");

        ProfilePatch.Parsed parsed = ProfilePatch.parse(body);

        assertThat(parsed.patch()).isNull();
        assertThat(parsed.problems()).extracting(FieldProblem::field)
                .containsExactly("givenName", "familyName", "language", "timezone", "email");
    }

    @Test
    void aHundredCharacterNameIsFineButNotAHundredAndOne() {
        assertThat(ProfilePatch.parse(Map.of("givenName", "x".repeat(100))).problems()).isEmpty();
        assertThat(ProfilePatch.parse(Map.of("givenName", "x".repeat(101))).problems()).isNotEmpty();
    }

    @Test
    void theLanguageCannotBeRemovedAndOffsetsAreNotIanaZones() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", null);
        assertThat(ProfilePatch.parse(body).problems()).extracting(FieldProblem::field).containsExactly("language");
        assertThat(ProfilePatch.parse(Map.of("timezone", "+02:00")).problems()).isNotEmpty();
        assertThat(ProfilePatch.parse(Map.of("givenName", 42)).problems()).isNotEmpty();
    }
}
