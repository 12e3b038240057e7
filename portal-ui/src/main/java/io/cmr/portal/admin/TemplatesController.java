package io.cmr.portal.admin;

import java.util.Comparator;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.admin.AdminApi;
import io.cmr.portal.api.admin.Template;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Message templates per topic, kind, channel and language: the list, and one template's words with
 * each problem (an unknown placeholder ...) next to its field and a preview with sample values.
 * The preview is a button of the form without JavaScript; htmx asks for it as the admin types.
 */
@Controller
class TemplatesController {

    private static final Comparator<Template> KEY_ORDER = Comparator.comparing(Template::topicId)
            .thenComparing(Template::kind).thenComparing(Template::channel).thenComparing(Template::language);

    private final AdminApi api;

    TemplatesController(AdminApi api) {
        this.api = api;
    }

    @GetMapping("/admin/templates")
    String templates(@RequestParam(required = false) String topicId, Model model) {
        String filter = topicId == null || topicId.isBlank() ? null : topicId.strip();
        model.addAttribute("topicId", filter);
        model.addAttribute("templates", Panel.load(() -> api.templates(filter).stream().sorted(KEY_ORDER).toList()));
        model.addAttribute("channels", TemplateForm.CHANNELS);
        model.addAttribute("languages", TemplateForm.LANGUAGES);
        return "admin/templates";
    }

    /** One template; a key without one yet opens an empty form that creates it. */
    @GetMapping("/admin/templates/edit")
    String template(@RequestParam String topicId, @RequestParam String kind, @RequestParam String channel,
            @RequestParam String language, Model model) {
        TemplateForm form;
        try {
            Template template = api.template(topicId, kind, channel, language);
            form = TemplateForm.of(template);
            model.addAttribute("placeholders", template.placeholders());
        }
        catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            form = TemplateForm.key(topicId, kind, channel, language);
        }
        model.addAttribute("template", form);
        model.addAttribute("live", false);
        return "admin/template";
    }

    @PostMapping(path = "/admin/templates/edit", params = "action=save")
    String save(@ModelAttribute("template") TemplateForm form, BindingResult errors, Model model, RedirectAttributes next) {
        try {
            api.saveTemplate(form.getTopicId(), form.getKind(), form.getChannel(), form.getLanguage(), form.getVersion(),
                    form.words());
            next.addFlashAttribute("notice", "console.template.saved");
            return "redirect:/admin/templates?topicId=" + form.getTopicId();
        }
        catch (ApiProblem problem) {
            if (problem.status() == 412 || problem.status() == 428) {
                errors.reject("console.error.stale");
            }
            else {
                problem.rejectInto(errors, TemplateForm::formField);
            }
        }
        catch (RemoteServiceUnavailable down) {
            errors.reject("form.notSaved");
        }
        model.addAttribute("live", false);
        return "admin/template";
    }

    /** Without JavaScript: the same page, the draft kept, its preview under it. */
    @PostMapping(path = "/admin/templates/edit", params = "action=preview")
    String preview(@ModelAttribute("template") TemplateForm form, BindingResult errors, Model model) {
        model.addAttribute("preview", preview(form, errors));
        model.addAttribute("live", false);
        return "admin/template";
    }

    /** With htmx: only the preview part, its problems in it. */
    @PostMapping(path = "/admin/templates/preview", headers = "HX-Request=true")
    String livePreview(@ModelAttribute("template") TemplateForm form, BindingResult errors, Model model) {
        model.addAttribute("preview", preview(form, errors));
        model.addAttribute("live", true);
        return "admin/template :: preview";
    }

    private Template.Preview preview(TemplateForm form, BindingResult errors) {
        try {
            return api.preview(form.getTopicId(), form.getKind(), form.getChannel(), form.getLanguage(), form.words());
        }
        catch (ApiProblem problem) {
            problem.rejectInto(errors, TemplateForm::formField);
        }
        catch (RemoteServiceUnavailable down) {
            errors.reject("console.template.previewUnavailable");
        }
        return null;
    }
}
