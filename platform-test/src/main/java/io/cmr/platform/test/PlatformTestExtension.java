package io.cmr.platform.test;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts, once per test JVM, the MongoDB and the token issuer a service test needs and points
 * the Spring context at them through system properties, read when the context starts after it.
 */
public class PlatformTestExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestMongo mongo = mongo(context);
        TestTokens tokens = tokens(context);
        System.setProperty("spring.mongodb.uri", mongo.uri());
        System.setProperty("cmr.security.issuer-uri", tokens.issuerUri());
        System.setProperty("cmr.security.jwk-set-uri", tokens.jwkSetUri());
        // The embedded server logs every connection at INFO, which buries the test's own output.
        System.setProperty("logging.level.de.bwaldvogel", "WARN");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestTokens.class || type == TestMongo.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestTokens.class ? tokens(context) : mongo(context);
    }

    private static TestMongo mongo(ExtensionContext context) {
        return store(context).computeIfAbsent(TestMongo.class, key -> TestMongo.start(), TestMongo.class);
    }

    private static TestTokens tokens(ExtensionContext context) {
        return store(context).computeIfAbsent(TestTokens.class, key -> TestTokens.start(), TestTokens.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(PlatformTestExtension.class));
    }
}
