package io.cmr.gateway.security;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's header rules decide as Spring Security's regular expressions do, character for character. */
class HeaderFirewallTest {

    static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern SPRING_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    static final List<String> SAMPLES = List.of("", "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln+/_-~=",
            "text/html; q=0.9", "a\tb", "a\nb", "a\rb", "nul\u0000", "del\u007f", "c1\u0085", "caf\u00e9",
            "\u4e2d\u6587", "emoji \ud83d\ude00", "lone \ud83d surrogate", "unassigned \u0378", "\u2028",
            "unassigned supplementary \ud83f\udffe", "zero width \u200b", "bidi \u202e");

    @Test
    void namesAndValuesAreAcceptedAndRefusedAsSpringSecurityDoes() {
        for (String sample : SAMPLES) {
            assertThat(HeaderFirewall.NAMES.test(sample)).as("name %s", sample)
                    .isEqualTo(SPRING_NAMES.matcher(sample).matches());
            assertThat(HeaderFirewall.VALUES.test(sample)).as("value %s", sample)
                    .isEqualTo(SPRING_VALUES.matcher(sample).matches());
        }
    }

    @Test
    void controlCharactersAreRefusedAndATabOnlyInValues() {
        assertThat(HeaderFirewall.VALUES.test("a\tb")).isTrue();
        assertThat(HeaderFirewall.NAMES.test("a\tb")).isFalse();
        assertThat(HeaderFirewall.VALUES.test("a\u0000b")).isFalse();
        assertThat(HeaderFirewall.VALUES.test("a\nb")).isFalse();
        assertThat(HeaderFirewall.VALUES.test(null)).as("an absent header").isTrue();
    }
}
