package io.cmr.orderstatus.notification.channel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    @Test
    void aShortGsm7TextIsOneSms() {
        String text = "é".repeat(160);
        assertThat(SmsText.gsm7(text)).isTrue();
        assertThat(SmsText.segments(text)).containsExactly(text);
    }

    @Test
    void aLongerGsm7TextIsSplitIn153SeptetParts() {
        List<String> parts = SmsText.segments("a".repeat(161));
        assertThat(parts).extracting(String::length).containsExactly(153, 8);
    }

    @Test
    void anExtensionCharacterCountsTwoAndIsNeverCutInHalf() {
        String text = "a".repeat(152) + "€" + "b".repeat(10);
        assertThat(SmsText.segments(text)).containsExactly("a".repeat(152), "€" + "b".repeat(10));
        assertThat(SmsText.segments("€".repeat(80))).containsExactly("€".repeat(80));
    }

    @Test
    void aTextOutsideGsm7GoesAsUcs2In70Or67UnitParts() {
        assertThat(SmsText.segments("ł".repeat(70))).hasSize(1);
        assertThat(SmsText.segments("ł".repeat(71))).extracting(String::length).containsExactly(67, 4);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "x".repeat(66) + "😀" + "yyy";
        assertThat(SmsText.segments(text)).containsExactly("x".repeat(66), "😀yyy");
    }
}
