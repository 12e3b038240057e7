package io.cmr.infra;

import java.util.Arrays;
import java.util.Optional;

/** The five Spring Boot apps of the stack, each a module whose boot jar is {@code <module>/target/<module>.jar}. */
public enum App {

    GATEWAY("gateway", 8080),
    PORTAL("portal-ui", 8081),
    PROFILE("profile-service", 8082),
    PREFERENCE("preference-service", 8083),
    ORDER_STATUS("order-status-service", 8084);

    private final String module;
    private final int defaultPort;

    App(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }

    static Optional<App> byModule(String module) {
        return Arrays.stream(values()).filter(app -> app.module.equals(module)).findFirst();
    }
}
