package io.cmr.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The customer portal. It takes from the platform what every app shares (settings, request ids,
 * token issuer); without a resource server on its classpath it gets none of the bearer-token
 * checks or problem answers of an API: it logs browsers in and renders its own error pages.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
