package io.cmr.portal.admin;

import java.time.Duration;

import io.cmr.portal.api.admin.DelayRules;

import org.springframework.validation.Errors;

/** The delay thresholds in whole minutes, which is how precise anyone sets them. */
public class DelayRulesForm {

    private static final long MAX_MINUTES = Duration.ofDays(30).toMinutes();

    private Long staleAfter;
    private Long etaTolerance;
    private Long windowGrace;

    static DelayRulesForm of(DelayRules rules) {
        DelayRulesForm form = new DelayRulesForm();
        form.staleAfter = rules.staleAfter().toMinutes();
        form.etaTolerance = rules.etaTolerance().toMinutes();
        form.windowGrace = rules.windowGrace().toMinutes();
        return form;
    }

    void check(Errors errors) {
        check(errors, "staleAfter", staleAfter, 1);
        check(errors, "etaTolerance", etaTolerance, 0);
        check(errors, "windowGrace", windowGrace, 0);
    }

    private static void check(Errors errors, String field, Long minutes, long least) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (minutes == null || minutes < least || minutes > MAX_MINUTES) {
            errors.rejectValue(field, "console.delay.error.range", new Object[] { least, MAX_MINUTES }, null);
        }
    }

    DelayRules rules() {
        return new DelayRules(Duration.ofMinutes(staleAfter), Duration.ofMinutes(etaTolerance),
                Duration.ofMinutes(windowGrace));
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "staleAfter", "etaTolerance", "windowGrace" -> apiField;
            default -> null;
        };
    }

    public Long getStaleAfter() {
        return staleAfter;
    }

    public void setStaleAfter(Long staleAfter) {
        this.staleAfter = staleAfter;
    }

    public Long getEtaTolerance() {
        return etaTolerance;
    }

    public void setEtaTolerance(Long etaTolerance) {
        this.etaTolerance = etaTolerance;
    }

    public Long getWindowGrace() {
        return windowGrace;
    }

    public void setWindowGrace(Long windowGrace) {
        this.windowGrace = windowGrace;
    }
}
