package io.cmr.platform.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with nothing but the platform and a few endpoints, to see what any service gets. */
@SpringBootApplication
class PlatformTestApplication {
}
