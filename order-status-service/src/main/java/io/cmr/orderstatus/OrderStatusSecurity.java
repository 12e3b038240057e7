package io.cmr.orderstatus;

import io.cmr.platform.servlet.ResourceServerSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class OrderStatusSecurity {

    @Bean
    SecurityFilterChain orderStatusSecurityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        return resourceServer.apply(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.PUT, "/api/v1/orders/*").hasAuthority("SCOPE_orders:write")
                        .requestMatchers(HttpMethod.POST, "/api/v1/carriers/*/shipments/*/events")
                        .hasAuthority("SCOPE_tracking:write")
                        .requestMatchers("/api/v1/admin/**").hasRole("admin")
                        .requestMatchers(HttpMethod.GET, "/api/v1/incidents/mine").hasRole("customer")
                        .requestMatchers(HttpMethod.GET, "/api/v1/incidents", "/api/v1/incidents/*")
                        .hasAnyAuthority("ROLE_admin", "ROLE_support", "SCOPE_incidents:write")
                        .requestMatchers("/api/v1/incidents", "/api/v1/incidents/**")
                        .hasAnyAuthority("ROLE_admin", "SCOPE_incidents:write")
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasAuthority("SCOPE_webhooks:manage")
                        .requestMatchers(HttpMethod.POST, "/api/v1/contacts")
                        .hasAnyAuthority("ROLE_support", "SCOPE_contacts:write")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/contacts/*/reason").hasRole("support")
                        .requestMatchers(HttpMethod.GET, "/api/v1/contacts/*").hasAnyRole("support", "admin")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/orders/*/delivery-instructions").hasRole("customer")
                        .requestMatchers(HttpMethod.POST, "/api/v1/orders/*/problems").hasRole("customer")
                        .requestMatchers(HttpMethod.GET, "/api/v1/orders/*/notices").hasAnyRole("customer", "support", "admin")
                        .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**").hasRole("customer")
                        .requestMatchers(HttpMethod.GET, "/api/v1/orders").hasAnyRole("customer", "support")
                        .requestMatchers(HttpMethod.GET, "/api/v1/orders/*")
                        .hasAnyAuthority("ROLE_customer", "ROLE_support", "SCOPE_orders:read")
                        .anyRequest().authenticated())
                .build();
    }
}
