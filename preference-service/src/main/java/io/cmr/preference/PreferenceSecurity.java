package io.cmr.preference;

import io.cmr.platform.servlet.ResourceServerSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class PreferenceSecurity {

    @Bean
    SecurityFilterChain preferenceSecurityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        // One-click unsubscribe (RFC 8058): the signed token in the link is the only credential.
                        .requestMatchers("/api/v1/unsubscribe").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("admin")
                        .requestMatchers("/api/v1/customers/*/preferences").hasRole("support")
                        .requestMatchers("/api/v1/preferences/me", "/api/v1/preferences/me/**").hasRole("customer")
                        .anyRequest().authenticated())
                .build();
    }
}
