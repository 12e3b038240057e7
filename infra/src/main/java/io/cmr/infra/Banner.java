package io.cmr.infra;

import java.util.Locale;

/** What a developer needs once the stack is up, printed once. */
final class Banner {

    private Banner() {
    }

    static String of(RunningStack stack, StackSettings settings) {
        String gateway = stack.gatewayUrl();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nCMR is ready (%.1f s).%n%n", stack.readyIn().toMillis() / 1000.0));
        line(text, "Portal", gateway + "/");
        line(text, "API", gateway + "/api/v1   e.g. GET " + gateway + "/api/v1/profile/me with a bearer token");
        line(text, "Keycloak", stack.keycloakUrl() + "/admin/   admin / "
                + local("CMR_KEYCLOAK_ADMIN_PASSWORD", "admin") + " (local only)");
        line(text, "Mail", "SMTP " + stack.host() + ":" + stack.smtpPort() + "; received mail as .eml in " + stack.mailDir()
                + ", or IMAP " + stack.host() + ":" + stack.imapPort() + " (user and password: the recipient address)");
        line(text, "SMS", "text messages (verification codes, notices) as one file per number in " + stack.smsDir());
        line(text, "MongoDB", stack.mongoUri());
        line(text, "Management", "actuator of each app (metrics, health) on its own port, e.g. "
                + stack.managementUrl(App.PROFILE) + "/actuator/prometheus");
        line(text, "Data", stack.dataDir() + "   (logs in " + stack.dataDir().resolve("logs") + ")");
        if (!settings.without().isEmpty()) {
            line(text, "Not started", settings.without().stream().map(App::module).sorted().toList().toString());
        }
        text.append(String.format("%nDemo logins (local only): alice/%s and bob/%s (customers), sam/%s (support), "
                + "ada/%s (admin)%n", local("CMR_DEMO_PASSWORD_ALICE", "alice"), local("CMR_DEMO_PASSWORD_BOB", "bob"),
                local("CMR_DEMO_PASSWORD_SAM", "sam"), local("CMR_DEMO_PASSWORD_ADA", "ada")));
        text.append(String.format("Partner clients (local only, client credentials): demo-merchant / %s, "
                + "demo-carrier / %s, demo-callcentre / %s%n",
                local("CMR_DEMO_MERCHANT_SECRET", "demo-merchant-local-secret"),
                local("CMR_DEMO_CARRIER_SECRET", "demo-carrier-local-secret"),
                local("CMR_DEMO_CALLCENTRE_SECRET", "demo-callcentre-local-secret")));
        text.append(String.format("%nPress Ctrl-C to stop everything.%n"));
        return text.toString();
    }

    /** The local default, or where the overriding value is set: a secret someone chose is not printed. */
    private static String local(String variable, String localDefault) {
        return System.getenv(variable) == null ? localDefault : "(" + variable + ")";
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-12s %s%n", label, value));
    }
}
