package io.cmr.portal.orders;

import io.cmr.portal.api.orders.Order;

import org.springframework.validation.Errors;

/** Where the courier may leave the parcel: a safe place, a neighbour, an access code; at least one. */
public class InstructionsForm {

    private String safePlace;
    private String neighbour;
    private String accessCode;

    static InstructionsForm of(Order.DeliveryInstructions instructions) {
        InstructionsForm form = new InstructionsForm();
        if (instructions != null) {
            form.setSafePlace(instructions.safePlace());
            form.setNeighbour(instructions.neighbour());
            form.setAccessCode(instructions.accessCode());
        }
        return form;
    }

    void check(Errors errors) {
        if (blank(safePlace) && blank(neighbour) && blank(accessCode)) {
            errors.rejectValue("safePlace", "instructions.error.none");
        }
        tooLong(errors, "safePlace", safePlace, 200);
        tooLong(errors, "neighbour", neighbour, 200);
        tooLong(errors, "accessCode", accessCode, 50);
    }

    static String formField(String apiField) {
        return switch (apiField) {
            case "safePlace", "neighbour", "accessCode" -> apiField;
            default -> null;
        };
    }

    private static void tooLong(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "field.tooLong", new Object[] { max }, null);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getSafePlace() {
        return safePlace;
    }

    public void setSafePlace(String safePlace) {
        this.safePlace = safePlace;
    }

    public String getNeighbour() {
        return neighbour;
    }

    public void setNeighbour(String neighbour) {
        this.neighbour = neighbour;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }
}
