package io.cmr.portal.profile;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPointFormTest {

    @Test
    void theApisPostalFieldsLandOnTheFormFieldsTheyAreAbout() {
        assertThat(ContactPointForm.formField("postal.lines[1]")).isEqualTo("lines");
        assertThat(ContactPointForm.formField("postal.country")).isEqualTo("country");
        assertThat(ContactPointForm.formField("value")).isEqualTo("value");
        assertThat(ContactPointForm.formField("something")).isNull();
    }

    @Test
    void aPostalAddressNeedsLinesCityAndCountry() {
        ContactPointForm form = new ContactPointForm();
        form.setType("POSTAL");
        form.setLines(" \n ");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "newPoint");

        form.check(errors);

        assertThat(errors.getFieldErrors()).extracting("field").containsExactly("lines", "city", "country");
    }

    @Test
    void anUnknownTypeIsRefusedBeforeAnythingElse() {
        ContactPointForm form = new ContactPointForm();
        form.setType("PIGEON");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "newPoint");

        form.check(errors);

        assertThat(errors.getFieldErrors()).extracting("code").containsExactly("contact.error.type");
    }
}
