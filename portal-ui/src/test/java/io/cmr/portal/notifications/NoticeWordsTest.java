package io.cmr.portal.notifications;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys the order page's "why" builds in code exist, so no page ever shows a key instead of words. */
class NoticeWordsTest {

    @Test
    void everyKeyTheWordsCanNameExists() throws IOException {
        List<String> keys = new ArrayList<>(List.of("notices.kind.other", "notices.channel.none", "notices.channel.other",
                "notices.pending", "notices.none", "notices.sent", "notices.sentTo", "notices.delayed.QUIET_HOURS",
                "notices.delayed.DAILY_DIGEST", "notices.delayed.other", "notices.suppressed.other", "notices.failed",
                "notices.failedRetry", "notices.dead", "notices.sending"));
        NoticeWords.KINDS.forEach(kind -> keys.add("notices.kind." + kind));
        NoticeWords.CHANNELS.forEach(channel -> keys.add("notices.channel." + channel));
        NoticeWords.CHANNELS.forEach(channel -> keys.add("unsubscribe.channel." + channel));
        NoticeWords.SUPPRESSED.forEach(reason -> keys.add("notices.suppressed." + reason));
        NoticeWords.TOPICS.forEach(topic -> keys.add("notices.topic." + topic));
        NoticeLinks.NAMES.forEach(name -> keys.add("notifications.link." + name));
        List.of("CONFIRM", "TURNED_OFF", "MANDATORY", "TOPIC_GONE", "INVALID")
                .forEach(state -> keys.add("unsubscribe.heading." + state));

        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(keys);
        assertThat(load("messages_fr.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
