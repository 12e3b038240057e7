package io.cmr.portal.admin;

import java.util.List;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.admin.AdminApi;
import io.cmr.portal.api.preference.Topic;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The topic catalog: every topic, a form to add one, and each topic's own page to change or remove it. */
@Controller
class TopicsController {

    private final AdminApi api;

    TopicsController(AdminApi api) {
        this.api = api;
    }

    @GetMapping("/admin")
    String console() {
        return "redirect:/admin/incidents";
    }

    @GetMapping("/admin/topics")
    String topics(Model model) {
        model.addAttribute("topic", new TopicForm());
        return page(null, model);
    }

    @GetMapping("/admin/topics/{id}")
    String topic(@PathVariable String id, Model model) {
        Panel<List<Topic>> topics = Panel.load(api::topics);
        model.addAttribute("topics", topics);
        if (topics.available()) {
            Topic topic = topics.content().stream().filter(found -> found.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ApiProblem(404, "No topic " + id, List.of(), null));
            model.addAttribute("topic", TopicForm.of(topic));
        }
        else {
            model.addAttribute("topic", new TopicForm());
        }
        return page(id, model);
    }

    @PostMapping("/admin/topics")
    String create(@ModelAttribute("topic") TopicForm form, BindingResult errors, Model model, RedirectAttributes next) {
        form.check(errors, true);
        if (!errors.hasErrors() && save(errors, form, () -> api.createTopic(form.change(true)))) {
            next.addFlashAttribute("notice", "console.topic.created");
            return "redirect:/admin/topics";
        }
        return page(null, model);
    }

    @PostMapping("/admin/topics/{id}")
    String change(@PathVariable String id, @ModelAttribute("topic") TopicForm form, BindingResult errors, Model model,
            RedirectAttributes next) {
        form.setId(id);
        form.check(errors, false);
        if (form.getVersion() == null) {
            errors.reject("console.error.stale");
        }
        if (!errors.hasErrors() && save(errors, form, () -> api.replaceTopic(id, form.getVersion(), form.change(false)))) {
            next.addFlashAttribute("notice", "console.topic.saved");
            return "redirect:/admin/topics";
        }
        return page(id, model);
    }

    @PostMapping("/admin/topics/{id}/delete")
    String remove(@PathVariable String id, RedirectAttributes next) {
        api.removeTopic(id);
        next.addFlashAttribute("notice", "console.topic.removed");
        return "redirect:/admin/topics";
    }

    private static boolean save(BindingResult errors, TopicForm form, Runnable call) {
        try {
            call.run();
            return true;
        }
        catch (ApiProblem problem) {
            if (problem.status() == 412) {
                errors.reject("console.error.stale");
            }
            else if (problem.status() == 409) {
                errors.rejectValue("id", "console.topic.error.exists");
            }
            else {
                problem.rejectInto(errors, TopicForm::formField);
            }
        }
        catch (RemoteServiceUnavailable down) {
            errors.reject("form.notSaved");
        }
        return false;
    }

    private String page(String editing, Model model) {
        if (!model.containsAttribute("topics")) {
            model.addAttribute("topics", Panel.load(api::topics));
        }
        model.addAttribute("editing", editing);
        model.addAttribute("categories", TopicForm.CATEGORIES);
        model.addAttribute("channels", TopicForm.CHANNELS);
        return "admin/topics";
    }
}
