package io.cmr.portal.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in both languages, so no page ever shows a key or half a translation. */
class MessagesInSyncTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : Set.of("messages_en.properties", "messages_fr.properties")) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames())
                    .as(file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    /** With arguments, a text goes through MessageFormat, where a lone apostrophe starts a quote and vanishes. */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : Set.of("messages_en.properties", "messages_fr.properties")) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames())
                    .as(file)
                    .filteredOn(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                    .allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", "")).as(key).doesNotContain("'"));
        }
    }

    @Test
    void theBaseFileHoldsNoTextThatCouldDrift() throws IOException {
        assertThat(load("messages.properties")).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
            Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
