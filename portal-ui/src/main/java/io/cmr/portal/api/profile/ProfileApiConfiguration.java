package io.cmr.portal.api.profile;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = ProfileClient.class)
class ProfileApiConfiguration {
}
