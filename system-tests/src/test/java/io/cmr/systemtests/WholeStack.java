package io.cmr.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cmr.infra.App;
import io.cmr.infra.LocalStack;
import io.cmr.infra.RunningStack;
import io.cmr.infra.StackSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack, started once per test run with the local launcher on free loopback ports and
 * a fresh data directory, and stopped when the run ends. Test classes receive its {@link Urls}.
 */
final class WholeStack implements ParameterResolver {

    static final List<String> APPS = Arrays.stream(App.values()).map(App::module).toList();

    /** Small, so that a genuinely expired token is refused after seconds rather than the default half minute. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

    static final String BURSTING_PARTNER = "demo-callcentre";
    static final int BURSTING_PARTNER_LIMIT = 5;

    /**
     * @param keycloak Keycloak's public URL, the base of every token's issuer
     * @param keycloakBackChannel Keycloak at the address it listens on, as apps and scripts reach it
     * @param managements each app's management (actuator) URL, by module
     * @param ports every listening port, by component (see {@link StackSettings#ports()})
     */
    record Urls(String gateway, String keycloak, String keycloakBackChannel, Map<String, String> apps,
            Map<String, String> managements, Map<String, Integer> ports) {

        String app(String module) {
            return apps.get(module);
        }

        String management(String module) {
            return managements.get(module);
        }

        String issuer() {
            return keycloak + "/realms/cmr";
        }
    }

    /**
     * Test classes receive the {@link Urls}; a test that stops and starts one app receives the
     * {@link RunningStack} itself, and must leave the app running again.
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Urls.class || parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningStack stack = context.getRoot().getStore(ExtensionContext.Namespace.create(WholeStack.class))
                .computeIfAbsent(RunningStack.class, key -> start(), RunningStack.class);
        if (parameter.getParameter().getType() == RunningStack.class) {
            return stack;
        }
        Map<String, String> apps = new LinkedHashMap<>();
        Map<String, String> managements = new LinkedHashMap<>();
        for (App app : App.values()) {
            apps.put(app.module(), stack.url(app));
            managements.put(app.module(), stack.managementUrl(app));
        }
        return new Urls(stack.gatewayUrl(), stack.keycloakUrl(), stack.keycloakBackChannelUrl(), apps, managements,
                stack.ports());
    }

    /**
     * A stack of this repository's freshly built apps on free ports, with its data under
     * {@code target/}. {@code CMR_*} variables apply as for the launcher ({@code CMR_WITHOUT}
     * leaves an app out while it is being worked on).
     */
    static StackSettings settings(String dataDirName) {
        Path moduleDir = Path.of("").toAbsolutePath();
        return StackSettings.defaults(moduleDir.getParent())
                .apply(System.getenv(), new String[0])
                .onFreePorts()
                .withDataDir(moduleDir.resolve("target").resolve(dataDirName + "-" + System.currentTimeMillis()))
                .withAppArguments("--cmr.security.clock-skew=" + CLOCK_SKEW.toSeconds() + "s",
                        // One partner with a limit small enough to burst past in a test; no other test uses it.
                        "--cmr.gateway.rate-limits.clients." + BURSTING_PARTNER + ".requests=" + BURSTING_PARTNER_LIMIT,
                        "--cmr.gateway.rate-limits.clients." + BURSTING_PARTNER + ".per=1h");
    }

    private static RunningStack start() {
        RunningStack stack = LocalStack.start(settings("stack"));
        System.out.printf("Whole stack ready in %.1f s (data and logs in %s)%n", stack.readyIn().toMillis() / 1000.0,
                stack.dataDir());
        return stack;
    }
}
