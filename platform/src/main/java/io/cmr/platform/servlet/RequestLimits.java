package io.cmr.platform.servlet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest request body any endpoint accepts */
@ConfigurationProperties("cmr.http")
public record RequestLimits(@DefaultValue("64KB") DataSize maxRequestBody) {
}
