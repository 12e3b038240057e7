package io.cmr.profile;

import io.cmr.platform.servlet.ResourceServerSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class ProfileSecurity {

    @Bean
    SecurityFilterChain profileSecurityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/profile/me", "/api/v1/profile/me/**").hasRole("customer")
                        // Finding a customer by e-mail: the call centre's first step.
                        .requestMatchers("/api/v1/customers").hasAnyRole("support", "admin")
                        .anyRequest().authenticated())
                .build();
    }
}
