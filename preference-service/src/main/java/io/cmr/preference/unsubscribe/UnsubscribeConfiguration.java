package io.cmr.preference.unsubscribe;

import java.time.Clock;

import io.cmr.platform.MissingSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnsubscribeProperties.class)
class UnsubscribeConfiguration {

    @Bean
    UnsubscribeTokens unsubscribeTokens(UnsubscribeProperties properties, Clock clock) {
        new MissingSettings().require("cmr.preference.unsubscribe.secret", properties.secret()).check();
        return new UnsubscribeTokens(properties.secret(), properties.tokenLifetime(), clock);
    }
}
