package io.cmr.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.ClassUtils;

/**
 * Settings every CMR app shares, added with the lowest precedence so that an app's own
 * configuration, the command line and the environment still override them. The local stack's
 * values (issuer, store, loopback addresses) come only with the {@value #LOCAL_PROFILE} profile.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    public static final String LOCAL_PROFILE = "local";

    static final String SOURCE_NAME = "cmrPlatformDefaults";
    static final String LOCAL_SOURCE_NAME = "cmrPlatformLocalDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults = load("cmr-platform-defaults.properties");
        if (ClassUtils.isPresent("org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
                application.getClassLoader())) {
            defaults.putAll(load("cmr-platform-mongo-defaults.properties"));
        }
        MutablePropertySources sources = environment.getPropertySources();
        sources.addLast(new PropertiesPropertySource(SOURCE_NAME, defaults));
        if (environment.matchesProfiles(LOCAL_PROFILE)) {
            sources.addBefore(SOURCE_NAME, new PropertiesPropertySource(LOCAL_SOURCE_NAME,
                    load("cmr-platform-local.properties")));
        }
    }

    private static Properties load(String name) {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource(name, PlatformDefaults.class));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
