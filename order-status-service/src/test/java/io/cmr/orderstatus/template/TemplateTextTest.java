package io.cmr.orderstatus.template;

import java.util.Map;
import java.util.Set;

import io.cmr.orderstatus.notification.CustomerChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTextTest {

    @Test
    void placeholdersAreFilledAndAValueInTheCustomersLanguageWins() {
        String rendered = TemplateText.render("{{title}} — order {{ orderId }}: {{missing}}.",
                Map.of("title", "Hub closed", "title.fr", "Hub fermé", "orderId", "O-1"), "fr", false);

        assertThat(rendered).isEqualTo("Hub fermé — order O-1: .");
    }

    @Test
    void htmlEscapesValuesButKeepsTheTemplatesMarkup() {
        String rendered = TemplateText.render("<p>{{message}}</p>", Map.of("message", "<script>x</script> & \"q\" 'a'"),
                "en", true);

        assertThat(rendered).isEqualTo("<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;</p>");
    }

    @Test
    void valuesThatLookLikeReplacementSyntaxAreTakenLiterally() {
        assertThat(TemplateText.render("{{detail}}", Map.of("detail", "$1 \\ {{orderId}}"), "en", false))
                .isEqualTo("$1 \\ {{orderId}}");
    }

    @Test
    void unknownAndMalformedPlaceholdersAreNamed() {
        assertThat(TemplateText.problems("Hello {{orderId}} {{customerName}}", Set.of("orderId")))
                .singleElement().asString().contains("{{customerName}}");
        assertThat(TemplateText.problems("Hello {{orderId", Set.of("orderId")))
                .singleElement().asString().contains("malformed");
        assertThat(TemplateText.problems("Hello {{ orderId }}", Set.of("orderId"))).isEmpty();
    }

    @Test
    void eachChannelGetsThePartsItHasAndNoOthers() {
        assertThat(new TemplateContent(null, "t", null).problems(CustomerChannel.EMAIL, "SHIPPED"))
                .extracting("field").containsExactly("subject", "html");
        assertThat(new TemplateContent("s", "t", "<p>h</p>").problems(CustomerChannel.SMS, "SHIPPED"))
                .extracting("field").containsExactly("subject", "html");
        assertThat(new TemplateContent("s", "t", null).problems(CustomerChannel.IN_APP, "SHIPPED")).isEmpty();
    }

    @Test
    void everyDefaultTemplateIsValidForItsChannelAndKind() {
        var defaults = DefaultTemplates.all(java.time.Instant.EPOCH);

        assertThat(defaults).hasSize(TemplateKinds.kinds().size() * 3 * 2);
        assertThat(defaults).allSatisfy(template ->
                assertThat(template.content().problems(template.channel(), template.kind())).isEmpty());
    }
}
