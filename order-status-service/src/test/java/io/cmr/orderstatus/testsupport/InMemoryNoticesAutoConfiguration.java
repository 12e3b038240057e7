package io.cmr.orderstatus.testsupport;

import io.cmr.orderstatus.notification.NoticeCounts;
import io.cmr.orderstatus.notification.NoticeRequests;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the notification core in service tests while it is built elsewhere; as an
 * auto-configuration it steps aside by itself once the real beans exist.
 */
@AutoConfiguration
public class InMemoryNoticesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean({ NoticeRequests.class, NoticeCounts.class })
    InMemoryNotices inMemoryNotices() {
        return new InMemoryNotices();
    }
}
