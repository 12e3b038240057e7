package io.cmr.portal.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

/** An update of an incident: a new message in both languages, a new expected time, or both; at the version read. */
public class IncidentUpdateForm {

    private String messageFr;
    private String messageEn;
    private String expectedResolution;
    private String etag;

    void check(Errors errors, ZoneId zone, Instant now) {
        boolean message = !IncidentForm.blank(messageFr) || !IncidentForm.blank(messageEn);
        if (message) {
            IncidentForm.required(errors, "messageFr", messageFr, 2000);
            IncidentForm.required(errors, "messageEn", messageEn, 2000);
        }
        Instant expected = IncidentForm.instant(expectedResolution, zone);
        if (!IncidentForm.blank(expectedResolution) && expected == null) {
            errors.rejectValue("expectedResolution", "console.incident.error.when");
        }
        else if (expected != null && !expected.isAfter(now)) {
            errors.rejectValue("expectedResolution", "console.incident.error.past");
        }
        if (!message && expected == null && !errors.hasErrors()) {
            errors.rejectValue("messageFr", "console.incident.error.nothing");
        }
    }

    Map<String, Object> body(ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!IncidentForm.blank(messageFr)) {
            body.put("message", IncidentForm.inBoth(messageFr, messageEn));
        }
        Instant expected = IncidentForm.instant(expectedResolution, zone);
        if (expected != null) {
            body.put("expectedResolution", expected.toString());
        }
        return body;
    }

    public String getMessageFr() {
        return messageFr;
    }

    public void setMessageFr(String messageFr) {
        this.messageFr = messageFr;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public String getExpectedResolution() {
        return expectedResolution;
    }

    public void setExpectedResolution(String expectedResolution) {
        this.expectedResolution = expectedResolution;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }
}
