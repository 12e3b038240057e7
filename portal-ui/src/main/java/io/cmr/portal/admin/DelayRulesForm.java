package io.cmr.portal.admin;

import java.time.Duration;

import io.cmr.portal.api.admin.DelayRules;

import org.springframework.validation.Errors;

/** The delay thresholds in whole minutes, which is how precise anyone sets them. */
public class DelayRulesForm {

    private static final long MAX_MINUTES = Duration.ofDays(30).toMinutes();

    private String staleAfter;
    private String etaTolerance;
    private String windowGrace;

    static DelayRulesForm of(DelayRules rules) {
        DelayRulesForm form = new DelayRulesForm();
        form.staleAfter = Long.toString(rules.staleAfter().toMinutes());
        form.etaTolerance = Long.toString(rules.etaTolerance().toMinutes());
        form.windowGrace = Long.toString(rules.windowGrace().toMinutes());
        return form;
    }

    void check(Errors errors) {
        check(errors, "staleAfter", staleAfter, 1);
        check(errors, "etaTolerance", etaTolerance, 0);
        check(errors, "windowGrace", windowGrace, 0);
    }

    private static void check(Errors errors, String field, String value, long least) {
        Long minutes = minutes(value);
        if (minutes == null || minutes < least || minutes > MAX_MINUTES) {
            errors.rejectValue(field, "console.delay.error.range", new Object[] { least, MAX_MINUTES }, null);
        }
    }

    DelayRules rules() {
        return new DelayRules(Duration.ofMinutes(minutes(staleAfter)), Duration.ofMinutes(minutes(etaTolerance)),
                Duration.ofMinutes(minutes(windowGrace)));
    }

    private static Long minutes(String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "staleAfter", "etaTolerance", "windowGrace" -> apiField;
            default -> null;
        };
    }

    public String getStaleAfter() {
        return staleAfter;
    }

    public void setStaleAfter(String staleAfter) {
        this.staleAfter = staleAfter;
    }

    public String getEtaTolerance() {
        return etaTolerance;
    }

    public void setEtaTolerance(String etaTolerance) {
        this.etaTolerance = etaTolerance;
    }

    public String getWindowGrace() {
        return windowGrace;
    }

    public void setWindowGrace(String windowGrace) {
        this.windowGrace = windowGrace;
    }
}
