package io.cmr.platform.test.app;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleController {

    private static final Logger log = LoggerFactory.getLogger(SampleController.class);

    record Order(@NotBlank @Size(max = 20) String reference, @Min(1) int quantity) {
    }

    @PostMapping("/api/v1/orders")
    Order accept(@Valid @RequestBody Order order) {
        return order;
    }

    @GetMapping("/api/v1/whoami")
    Map<String, Object> whoami(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Map.of("name", authentication.getName(), "authorities", authorities);
    }

    @GetMapping("/api/v1/logged")
    String logged() {
        log.info("Handling a logged call");
        return "logged";
    }

    @GetMapping("/internal/ping")
    String ping() {
        return "pong";
    }

    @GetMapping("/api/v1/failure")
    String failure() {
        throw new IllegalStateException("database password is hunter2");
    }
}
