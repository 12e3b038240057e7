package io.cmr.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Partner web apps whose pages may call the API from a browser, by origin; none unless configured.
 * Tokens travel in the Authorization header, never in cookies, so no credentials are allowed.
 *
 * @param allowedOrigins exact origins, such as {@code https://shop.example.com}
 */
@ConfigurationProperties("cmr.gateway.cors")
record PartnerOrigins(List<String> allowedOrigins) {

    PartnerOrigins {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    CorsConfigurationSource source() {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins);
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "X-Request-Id"));
        api.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "X-Request-Id",
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}
