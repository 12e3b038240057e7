package io.cmr.portal.support;

import java.util.List;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.orders.Order;
import io.cmr.portal.api.profile.Profile;
import io.cmr.portal.api.support.Notice;
import io.cmr.portal.api.support.SupportApi;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support console: find a customer by e-mail, then on their page their profile, preferences,
 * recent orders with every notice and why it was or was not sent, and the form to record the
 * contact coded with a reason. Each part comes from its own service and shows without the others.
 */
@Controller
class SupportController {

    /** The orders an agent needs on the phone; each costs one call for its notices. */
    private static final int RECENT_ORDERS = 10;

    private final SupportApi api;

    SupportController(SupportApi api) {
        this.api = api;
    }

    @GetMapping("/support")
    String search(Model model) {
        model.addAttribute("find", new FindForm());
        return "support/find";
    }

    @PostMapping("/support")
    String find(@ModelAttribute("find") FindForm form, BindingResult errors) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Profile customer = api.customerByEmail(form.getEmail().strip());
                return "redirect:/support/customers/" + customer.customerId();
            }
            catch (ApiProblem problem) {
                if (problem.status() == 404) {
                    errors.rejectValue("email", "support.find.error.none");
                }
                else {
                    problem.rejectInto(errors, field -> "email".equals(field) ? "email" : null);
                }
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("support.find.error.down");
            }
        }
        return "support/find";
    }

    @GetMapping("/support/customers/{id}")
    String customer(@PathVariable String id, Model model) {
        return page(id, model);
    }

    @PostMapping("/support/customers/{id}/contacts")
    String record(@PathVariable String id, @ModelAttribute("contact") ContactForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                api.recordContact(form.getIdempotencyKey(), form.body(id));
                next.addFlashAttribute("notice", "support.contact.recorded");
                return "redirect:/support/customers/" + id;
            }
            catch (ApiProblem problem) {
                problem.rejectInto(errors, ContactForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        return page(id, model);
    }

    /** An order and its notices, which may be unavailable on their own. */
    public record OrderNotices(Order order, Panel<List<Notice>> notices) {
    }

    private String page(String id, Model model) {
        Panel<Profile> profile = Panel.found(() -> api.profile(id));
        model.addAttribute("customerId", id);
        model.addAttribute("profile", profile);
        model.addAttribute("preferences", Panel.load(() -> api.preferences(id)));
        model.addAttribute("orders", Panel.load(() -> api.orders(id, RECENT_ORDERS).orders().stream()
                .map(order -> new OrderNotices(order, Panel.load(() -> api.notices(order.orderId())))).toList()));
        model.addAttribute("reasons", Panel.load(api::contactReasons));
        model.addAttribute("channels", ContactForm.CHANNELS);
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new ContactForm());
        }
        return "support/customer";
    }
}
