package io.cmr.platform.remote;

import feign.Feign;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteAutoConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FeignAutoConfiguration.class, RemoteAutoConfiguration.class));

    @Test
    void anAppWithoutTheOtherAppsAddressDoesNotStartAndSaysWhichSettingIsMissing() {
        app.withUserConfiguration(GreetingsUser.class)
                .withPropertyValues("cmr.remote.clients.greetings.read-timeout=1s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("cmr.remote.clients.greetings.url (CMR_REMOTE_CLIENTS_GREETINGS_URL)"));
    }

    @Test
    void aClientNobodyConfiguredAtAllIsRefusedTheSameWay() {
        app.withUserConfiguration(GreetingsUser.class)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("cmr.remote.clients.greetings.url (CMR_REMOTE_CLIENTS_GREETINGS_URL)"));
    }

    @Test
    void anAppWithoutOpenFeignGetsNoRemoteClients() {
        app.withClassLoader(new FilteredClassLoader(Feign.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RemoteClients.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class GreetingsUser {

        @Bean
        Greetings greetings(RemoteClients remoteClients) {
            return remoteClients.create(Greetings.class, "greetings", () -> "Bearer test-token");
        }
    }
}
