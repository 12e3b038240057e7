package io.cmr.portal.admin;

import java.time.Clock;
import java.util.Map;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.admin.AdminApi;
import io.cmr.portal.api.admin.Incident;
import io.cmr.portal.customer.CustomerTime;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incidents: the list with how many customers each reached and how its notices fared per channel,
 * a form to declare one, and each incident's page to post an update or resolve it.
 */
@Controller
class IncidentsController {

    private static final int PAGE_SIZE = 20;

    private final AdminApi api;
    private final CustomerTime time;
    private final Clock clock;

    IncidentsController(AdminApi api, CustomerTime time, Clock clock) {
        this.api = api;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/admin/incidents")
    String incidents(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("incident", new IncidentForm());
        return list(cursor, model);
    }

    @PostMapping("/admin/incidents")
    String declare(@ModelAttribute("incident") IncidentForm form, BindingResult errors, Model model,
            RedirectAttributes next) {
        form.check(errors, time.zone(), clock.instant());
        if (!errors.hasErrors()) {
            try {
                Incident declared = api.declare(form.getIdempotencyKey(), form.body(time.zone()));
                next.addFlashAttribute("notice", "console.incident.declared");
                return "redirect:/admin/incidents/" + declared.id();
            }
            catch (ApiProblem problem) {
                problem.rejectInto(errors, IncidentForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        return list(null, model);
    }

    @GetMapping("/admin/incidents/{id}")
    String incident(@PathVariable String id, Model model) {
        return page(id, model);
    }

    @PostMapping("/admin/incidents/{id}")
    String update(@PathVariable String id, @ModelAttribute("update") IncidentUpdateForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        form.check(errors, time.zone(), clock.instant());
        if (!errors.hasErrors() && change(errors, id, form.getEtag(), form.body(time.zone()))) {
            next.addFlashAttribute("notice", "console.incident.updated");
            return "redirect:/admin/incidents/" + id;
        }
        return page(id, model);
    }

    @PostMapping("/admin/incidents/{id}/resolution")
    String resolve(@PathVariable String id, @ModelAttribute("update") IncidentUpdateForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        if (change(errors, id, form.getEtag(), Map.of("status", "RESOLVED"))) {
            next.addFlashAttribute("notice", "console.incident.resolved");
            return "redirect:/admin/incidents/" + id;
        }
        return page(id, model);
    }

    private boolean change(BindingResult errors, String id, String etag, Map<String, Object> change) {
        try {
            api.change(id, etag == null || etag.isBlank() ? null : etag, change);
            return true;
        }
        catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            if (problem.status() == 412) {
                errors.reject("console.error.stale");
            }
            else if (problem.status() == 409) {
                errors.reject("console.incident.error.resolved");
            }
            else {
                problem.rejectInto(errors, field -> switch (field) {
                    case "message.fr", "message" -> "messageFr";
                    case "message.en" -> "messageEn";
                    case "expectedResolution" -> field;
                    default -> null;
                });
            }
        }
        catch (RemoteServiceUnavailable down) {
            errors.reject("form.notSaved");
        }
        return false;
    }

    private String list(String cursor, Model model) {
        model.addAttribute("incidents", Panel.load(() -> api.incidents(cursor, PAGE_SIZE)));
        model.addAttribute("firstPage", cursor == null);
        model.addAttribute("statuses", IncidentForm.STATUSES);
        return "admin/incidents";
    }

    private String page(String id, Model model) {
        Panel<Incident> incident = Panel.found(() -> api.incident(id));
        model.addAttribute("incidentId", id);
        model.addAttribute("found", incident);
        if (!model.containsAttribute("update")) {
            IncidentUpdateForm form = new IncidentUpdateForm();
            model.addAttribute("update", form);
        }
        if (incident.available()) {
            ((IncidentUpdateForm) model.getAttribute("update")).setEtag(incident.content().etag());
        }
        return "admin/incident";
    }
}
