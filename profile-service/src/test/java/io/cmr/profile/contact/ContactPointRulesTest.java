package io.cmr.profile.contact;

import java.util.List;

import io.cmr.platform.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPointRulesTest {

    @Test
    void acceptsEmailsE164PhonesAndPostalAddressesWithACountryCode() {
        assertThat(problems("EMAIL", "alice@example.com", null)).isEmpty();
        assertThat(problems("PHONE", "+33612345678", null)).isEmpty();
        assertThat(problems("POSTAL", null, new ContactPointRequest.Postal(List.of("1 rue de la Paix"), "75002",
                "Paris", "FR"))).isEmpty();
    }

    @Test
    void namesTheWrongValue() {
        assertThat(problems("EMAIL", "alice@", null)).containsExactly("value");
        assertThat(problems("EMAIL", "alice@example.com\r\nBcc: x@y.z", null)).containsExactly("value");
        assertThat(problems("PHONE", "0612345678", null)).containsExactly("value");
        assertThat(problems("PHONE", null, null)).containsExactly("value");
        assertThat(problems("POSTAL", null, new ContactPointRequest.Postal(List.of("x"), null, "Paris", "XX")))
                .containsExactly("postal.country");
        assertThat(problems("POSTAL", "x", null)).containsExactly("value", "postal");
    }

    @Test
    void theSameAddressIsTheSameWhateverItsCase() {
        assertThat(ContactPointRules.normalized("EMAIL", "Alice@Example.COM", null))
                .isEqualTo(ContactPointRules.normalized("EMAIL", "alice@example.com", null));
        PostalAddress one = new PostalAddress(List.of("1  Rue de la Paix"), "75002", "Paris", "FR");
        PostalAddress two = new PostalAddress(List.of("1 rue de la paix"), "75002", "PARIS", "FR");
        assertThat(ContactPointRules.normalized("POSTAL", null, one))
                .isEqualTo(ContactPointRules.normalized("POSTAL", null, two));
    }

    private static List<String> problems(String type, String value, ContactPointRequest.Postal postal) {
        return ContactPointRules.problems(new ContactPointRequest(type, "label", value, postal)).stream()
                .map(FieldProblem::field).toList();
    }
}
