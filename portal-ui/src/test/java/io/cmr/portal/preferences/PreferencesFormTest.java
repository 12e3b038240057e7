package io.cmr.portal.preferences;

import java.util.List;
import java.util.Map;

import io.cmr.portal.api.preference.Preferences;
import io.cmr.portal.api.preference.PreferencesChange;
import io.cmr.portal.api.preference.Topic;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesFormTest {

    static final Topic SECURITY = new Topic("account-security", new Topic.Text("Sécurité", "Security"),
            new Topic.Text("…", "…"), "TRANSACTIONAL", List.of("EMAIL", "SMS"), List.of("EMAIL"), true, 1);

    @Test
    void theApisFieldsLandOnTheFormFieldsTheyAreAbout() {
        assertThat(PreferencesForm.formField("topics[3].channels")).isEqualTo("topics[3].channels");
        assertThat(PreferencesForm.formField("topics[0].contactPoints.EMAIL")).isEqualTo("topics[0].channels");
        assertThat(PreferencesForm.formField("topics[2].digestTime")).isEqualTo("topics[2].digestTime");
        assertThat(PreferencesForm.formField("quietHours")).isEqualTo("quietStart");
        assertThat(PreferencesForm.formField("quietHours.end")).isEqualTo("quietEnd");
        assertThat(PreferencesForm.formField("timezone")).as("not on the form").isNull();
    }

    @Test
    void aChannelTheTopicDoesNotAllowIsNeverSentAndChosenContactPointsStayForChannelsStillOn() {
        Preferences current = new Preferences("alice", "Europe/Paris", null, false, List.of(new Preferences.TopicChoice(
                "account-security", true, List.of("EMAIL", "SMS"), Map.of("EMAIL", "cp-1", "SMS", "cp-2"), true,
                "IMMEDIATE", null)), 3, "\"3\"");
        PreferencesForm form = PreferencesForm.of(current);
        form.getTopics().get(0).setChannels(List.of("EMAIL", "PUSH"));

        PreferencesChange change = form.toChange(current, Map.of(SECURITY.id(), SECURITY));

        PreferencesChange.Choice choice = change.topics().get(0);
        assertThat(choice.channels()).containsExactly("EMAIL");
        assertThat(choice.contactPoints()).containsExactly(Map.entry("EMAIL", "cp-1"));
        assertThat(choice.urgent()).isTrue();
        assertThat(change.timezone()).isEqualTo("Europe/Paris");
    }

    @Test
    void aDigestNeedsItsTimeAndQuietHoursNeedBothEndsThatDiffer() {
        PreferencesForm form = new PreferencesForm();
        TopicForm row = new TopicForm();
        row.setTopicId(SECURITY.id());
        row.setChannels(List.of("EMAIL"));
        row.setDeliveryMode("DAILY_DIGEST");
        form.getTopics().add(row);
        form.setQuietStart("22:00");
        form.setQuietEnd("22:00");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

        form.check(Map.of(SECURITY.id(), SECURITY), errors);

        assertThat(errors.getFieldError("topics[0].digestTime").getCode()).isEqualTo("preferences.error.digestTime");
        assertThat(errors.getFieldError("quietEnd").getCode()).isEqualTo("preferences.error.quietSame");
    }
}
