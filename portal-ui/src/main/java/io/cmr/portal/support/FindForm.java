package io.cmr.portal.support;

import org.springframework.validation.Errors;

/** The e-mail address of the customer the agent is looking for. */
public class FindForm {

    private String email;

    void check(Errors errors) {
        if (email == null || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
            errors.rejectValue("email", "support.find.error.email");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
