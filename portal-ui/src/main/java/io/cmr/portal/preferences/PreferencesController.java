package io.cmr.portal.preferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.preference.PreferenceApi;
import io.cmr.portal.api.preference.Preferences;
import io.cmr.portal.api.preference.Topic;
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
 * The topic by channel grid (only the channels a topic allows), quiet hours, daily digests, the
 * pause, and the consent history those choices leave.
 */
@Controller
class PreferencesController {

    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "PUSH", "IN_APP", "POSTAL");
    private static final int HISTORY_PAGE = 10;
    private static final String PAGE = "preferences";

    private final PreferenceApi preferences;

    PreferencesController(PreferenceApi preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/preferences")
    String show(@RequestParam(name = "history", required = false) String historyCursor, Model model) {
        Panel<Choices> choices = Panel.load(this::choices);
        if (choices.available()) {
            model.addAttribute("form", PreferencesForm.of(choices.content().preferences()));
        }
        return page(choices, historyCursor, model);
    }

    @PostMapping("/preferences")
    String change(@ModelAttribute("form") PreferencesForm form, BindingResult errors, Model model,
            RedirectAttributes next) {
        Panel<Choices> choices = Panel.load(this::choices);
        if (!choices.available()) {
            errors.reject("form.notSaved");
            return page(choices, null, model);
        }
        Map<String, Topic> catalog = choices.content().catalog();
        form.check(catalog, errors);
        if (!errors.hasErrors()) {
            try {
                preferences.replace(form.getEtag(), form.toChange(choices.content().preferences(), catalog));
                next.addFlashAttribute("notice", "preferences.saved");
                return "redirect:/preferences";
            }
            catch (ApiProblem problem) {
                if (problem.status() == 412) {
                    model.addAttribute("form", PreferencesForm.of(choices.content().preferences()));
                    model.addAttribute("changedElsewhere", true);
                    return page(choices, null, model);
                }
                problem.rejectInto(errors, PreferencesForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        return page(choices, null, model);
    }

    private String page(Panel<Choices> choices, String historyCursor, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("history", Panel.load(() -> preferences.consents(historyCursor, HISTORY_PAGE)));
        model.addAttribute("olderHistory", historyCursor != null);
        return PAGE;
    }

    private Choices choices() {
        Map<String, Topic> catalog = new LinkedHashMap<>();
        preferences.topics().forEach(topic -> catalog.put(topic.id(), topic));
        return new Choices(catalog, preferences.mine());
    }

    /** The catalog by topic id, in its order, and the customer's choices in it. */
    record Choices(Map<String, Topic> catalog, Preferences preferences) {

        public Topic topic(String id) {
            return catalog.get(id);
        }
    }
}
