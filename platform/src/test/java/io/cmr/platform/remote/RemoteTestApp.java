package io.cmr.platform.remote;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;

/** Only what remote clients need: no web server, no security, no store. */
@SpringBootConfiguration
@ImportAutoConfiguration({ FeignAutoConfiguration.class, RemoteAutoConfiguration.class })
class RemoteTestApp {
}
