package io.cmr.portal.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where the links of notices land: order-status-service writes {@code /orders/{id}/delivery-instructions}
 * and {@code /orders/{id}/problems/new} in every notice (mails already sent too); both are forms of
 * the order's page.
 */
@Controller
class NoticeLandings {

    @GetMapping("/orders/{id}/delivery-instructions")
    String instructions(@PathVariable String id) {
        return "redirect:/orders/{id}#instructions";
    }

    @GetMapping("/orders/{id}/problems/new")
    String problem(@PathVariable String id) {
        return "redirect:/orders/{id}#problem";
    }
}
