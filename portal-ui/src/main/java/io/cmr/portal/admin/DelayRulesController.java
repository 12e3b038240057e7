package io.cmr.portal.admin;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.admin.AdminApi;
import io.cmr.portal.api.admin.DelayRules;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** When an order is called at risk or late: the three thresholds, shown and changed. */
@Controller
class DelayRulesController {

    private final AdminApi api;

    DelayRulesController(AdminApi api) {
        this.api = api;
    }

    @GetMapping("/admin/delay-rules")
    String rules(Model model) {
        Panel<DelayRules> rules = Panel.load(api::delayRules);
        model.addAttribute("available", rules.available());
        model.addAttribute("rules", rules.available() ? DelayRulesForm.of(rules.content()) : new DelayRulesForm());
        return "admin/delay-rules";
    }

    @PostMapping("/admin/delay-rules")
    String change(@ModelAttribute("rules") DelayRulesForm form, BindingResult errors, Model model,
            RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                api.replaceDelayRules(form.rules());
                next.addFlashAttribute("notice", "console.delay.saved");
                return "redirect:/admin/delay-rules";
            }
            catch (ApiProblem problem) {
                problem.rejectInto(errors, DelayRulesForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        model.addAttribute("available", true);
        return "admin/delay-rules";
    }
}
