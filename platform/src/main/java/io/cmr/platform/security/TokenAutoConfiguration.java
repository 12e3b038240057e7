package io.cmr.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@AutoConfiguration
@EnableConfigurationProperties(TokenProperties.class)
public class TokenAutoConfiguration {
}
