package io.cmr.portal.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeLinksTest {

    @Test
    void linksBecomePathsOfThePortalInAFixedOrder() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("preferences", "https://cmr.example/preferences?topic=t&channel=EMAIL");
        links.put("order", "http://localhost:8080/orders/A-1");
        links.put("somethingNew", "https://cmr.example/new");

        assertThat(NoticeLinks.of(links)).containsExactly(new NoticeLinks.Link("order", "/orders/A-1"),
                new NoticeLinks.Link("preferences", "/preferences?topic=t&channel=EMAIL"));
    }

    @Test
    void anythingButAWebAddressIsLeftOutAndNoOtherHostIsKept() {
        assertThat(NoticeLinks.path("javascript:alert(1)")).isNull();
        assertThat(NoticeLinks.path("//evil.example/x")).as("another host's link becomes the portal's path").isEqualTo("/x");
        assertThat(NoticeLinks.path("mailto:a@b.c")).isNull();
        assertThat(NoticeLinks.path("not a url")).isNull();
        assertThat(NoticeLinks.path(null)).isNull();
        assertThat(NoticeLinks.of(null)).isEmpty();
    }
}
