package io.cmr.portal.profile;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cmr.portal.api.profile.Profile;

import org.springframework.validation.Errors;

/** The profile's editable fields as the form sends them, and the ETag of the version they were read from. */
public class ProfileForm {

    static final int MAX_NAME = 100;

    private String givenName;
    private String familyName;
    private String language;
    private String timezone;
    private String etag;

    static ProfileForm of(Profile profile) {
        ProfileForm form = new ProfileForm();
        form.setGivenName(profile.givenName());
        form.setFamilyName(profile.familyName());
        form.setLanguage(profile.language());
        form.setTimezone(profile.timezone());
        form.setEtag(profile.etag());
        return form;
    }

    /** What the portal can tell at once, in the page's language; the API checks everything again. */
    void check(Errors errors) {
        if (givenName != null && givenName.strip().length() > MAX_NAME) {
            errors.rejectValue("givenName", "field.tooLong", new Object[] { MAX_NAME }, null);
        }
        if (familyName != null && familyName.strip().length() > MAX_NAME) {
            errors.rejectValue("familyName", "field.tooLong", new Object[] { MAX_NAME }, null);
        }
        if (!"fr".equals(language) && !"en".equals(language)) {
            errors.rejectValue("language", "profile.error.language");
        }
        if (timezone != null && !timezone.isBlank() && !ZoneId.getAvailableZoneIds().contains(timezone)) {
            errors.rejectValue("timezone", "profile.error.timezone");
        }
    }

    /** A merge patch of every field: a blank name or time zone removes it. */
    Map<String, Object> patch() {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("givenName", blankToNull(givenName));
        patch.put("familyName", blankToNull(familyName));
        patch.put("language", language);
        patch.put("timezone", blankToNull(timezone));
        return patch;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }
}
