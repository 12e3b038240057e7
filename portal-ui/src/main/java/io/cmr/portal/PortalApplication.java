package io.cmr.portal;

import io.cmr.platform.problem.ServletProblemAutoConfiguration;
import io.cmr.platform.security.ServletSecurityAutoConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The customer portal. It takes from the platform what every app shares (settings, request ids,
 * token issuer) but not what makes a service: it logs browsers in with a session instead of
 * checking bearer tokens, and answers errors with HTML pages instead of problem details.
 */
@SpringBootApplication(exclude = { ServletSecurityAutoConfiguration.class, ServletProblemAutoConfiguration.class })
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
