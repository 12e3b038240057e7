package io.cmr.orderstatus.notification.dispatch;

import java.util.List;

import io.cmr.orderstatus.notification.MessageRenderer.RenderedMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestTest {

    @Test
    void aDigestOfOneNoticeIsThatNoticesMessage() {
        RenderedMessage only = new RenderedMessage("en", "Hub closed", "The hub is closed.", null);
        assertThat(Dispatcher.digest(List.of(only))).isSameAs(only);
    }

    @Test
    void aDigestCarriesEveryNoticeInOrderUnderTheFirstOnesSubject() {
        RenderedMessage digest = Dispatcher.digest(List.of(
                new RenderedMessage("en", "Hub closed", "The hub is closed.", "<p>The hub is closed.</p>"),
                new RenderedMessage("en", "Hub reopening", "The hub reopens.", null)));

        assertThat(digest.subject()).isEqualTo("Hub closed (+1)");
        assertThat(digest.text()).isEqualTo("The hub is closed.\n\nThe hub reopens.");
        assertThat(digest.html()).isEqualTo("<p>The hub is closed.</p><hr><p>The hub reopens.</p>");
    }
}
