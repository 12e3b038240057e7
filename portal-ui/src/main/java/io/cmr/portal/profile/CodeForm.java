package io.cmr.portal.profile;

import org.springframework.validation.Errors;

/** The one-time code a customer types to verify a contact point. */
public class CodeForm {

    private String code;

    void check(Errors errors) {
        if (code == null || code.isBlank()) {
            errors.rejectValue("code", "field.required");
        }
        else if (code.strip().length() > 12) {
            errors.rejectValue("code", "field.tooLong", new Object[] { 12 }, null);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
