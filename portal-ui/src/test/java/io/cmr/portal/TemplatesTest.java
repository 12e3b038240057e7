package io.cmr.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content Security Policy refuses inline script and style: no template may rely on them. */
class TemplatesTest {

    @Test
    void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
            assertThat(html).as(template.getFilename())
                    .doesNotContainPattern("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)")
                    .doesNotContainPattern("\\s(th:)?style=")
                    .doesNotContainPattern("<style")
                    .doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContainPattern("hx-on");
        }
    }
}
