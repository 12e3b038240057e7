package io.cmr.portal.orders;

import java.util.List;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.notifications.NotificationApi;
import io.cmr.portal.api.orders.Order;
import io.cmr.portal.api.orders.OrderApi;
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
 * The customer's orders: the list with a status filter, and each order with its timeline, its ETA
 * against the promised window, delivery instructions and "report a problem". The order's live part
 * is also answered alone, for htmx to refresh it while the page is open.
 */
@Controller
class OrdersController {

    static final List<String> STATUSES = List.of("PENDING", "LABEL_CREATED", "PICKED_UP", "IN_TRANSIT", "EXCEPTION",
            "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "DELIVERED", "RETURNED_TO_SENDER");
    private static final int PAGE_SIZE = 20;

    private final OrderApi orders;
    private final NotificationApi notifications;

    OrdersController(OrderApi orders, NotificationApi notifications) {
        this.orders = orders;
        this.notifications = notifications;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            Model model) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("orders", Panel.load(() -> orders.list(filter, cursor, PAGE_SIZE)));
        model.addAttribute("firstPage", cursor == null);
        return "orders";
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable String id, Model model) {
        Panel<Order> order = Panel.found(() -> orders.one(id));
        if (order.available()) {
            model.addAttribute("instructions", InstructionsForm.of(order.content().deliveryInstructions()));
        }
        return page(id, order, model);
    }

    /** Only the part that changes as carriers report: htmx swaps it in place every so often. */
    @GetMapping(path = "/orders/{id}", headers = "HX-Request=true")
    String live(@PathVariable String id, Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("order", Panel.found(() -> orders.one(id)));
        return "order :: live";
    }

    @PostMapping("/orders/{id}/delivery-instructions")
    String instructions(@PathVariable String id, @ModelAttribute("instructions") InstructionsForm form,
            BindingResult errors, Model model, RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                orders.instructions(id, form.getSafePlace(), form.getNeighbour(), form.getAccessCode());
                next.addFlashAttribute("notice", "instructions.saved");
                return "redirect:/orders/" + id;
            }
            catch (ApiProblem problem) {
                if (problem.status() == 404) {
                    throw problem;
                }
                if (problem.status() == 409) {
                    errors.reject("instructions.error.tooLate");
                }
                else {
                    problem.rejectInto(errors, InstructionsForm::formField);
                }
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        return page(id, Panel.found(() -> orders.one(id)), model);
    }

    @PostMapping("/orders/{id}/problems")
    String problem(@PathVariable String id, @ModelAttribute("problem") ProblemForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                orders.reportProblem(id, form.getReason(), form.getText());
                next.addFlashAttribute("notice", "problem.reported");
                return "redirect:/orders/" + id;
            }
            catch (ApiProblem problem) {
                if (problem.status() == 404) {
                    throw problem;
                }
                problem.rejectInto(errors, ProblemForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        Panel<Order> order = Panel.found(() -> orders.one(id));
        if (order.available()) {
            model.addAttribute("instructions", InstructionsForm.of(order.content().deliveryInstructions()));
        }
        return page(id, order, model);
    }

    private String page(String id, Panel<Order> order, Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("order", order);
        if (order.available()) {
            model.addAttribute("notices", Panel.load(() -> notifications.ofOrder(id)));
        }
        model.addAttribute("reasons", ProblemForm.REASONS);
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", new ProblemForm());
        }
        return "order";
    }
}
