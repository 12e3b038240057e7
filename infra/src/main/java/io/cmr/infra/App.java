package io.cmr.infra;

import java.util.Arrays;
import java.util.Optional;

/** The five Spring Boot apps of the stack, each a module whose boot jar is {@code <module>/target/<module>.jar}. */
public enum App {

    GATEWAY("gateway", 8080, 9080),
    PORTAL("portal-ui", 8081, 9081),
    PROFILE("profile-service", 8082, 9082),
    PREFERENCE("preference-service", 8083, 9083),
    ORDER_STATUS("order-status-service", 8084, 9084);

    private final String module;
    private final int defaultPort;
    private final int defaultManagementPort;

    App(String module, int defaultPort, int defaultManagementPort) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.defaultManagementPort = defaultManagementPort;
    }

    public String module() {
        return module;
    }

    /** The component whose port serves the app's actuator endpoints, apart from the public port. */
    public String managementComponent() {
        return module + "-management";
    }

    int defaultPort() {
        return defaultPort;
    }

    int defaultManagementPort() {
        return defaultManagementPort;
    }

    static Optional<App> byModule(String module) {
        return Arrays.stream(values()).filter(app -> app.module.equals(module)).findFirst();
    }
}
