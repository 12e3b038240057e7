package io.cmr.portal.api;

import feign.Client;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every API client of the portal sends its requests with the JDK's HTTP client. */
@Configuration(proxyBeanMethods = false)
class ApiTransport {

    @Bean
    Client feignClient() {
        return new JdkHttpClient();
    }
}
