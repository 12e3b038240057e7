package io.cmr.portal.home;

import java.util.Comparator;
import java.util.List;

import io.cmr.portal.api.orders.Order;
import io.cmr.portal.api.orders.OrderApi;
import io.cmr.portal.web.Panel;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What CMR does for a visitor; for a customer, first what needs their attention. */
@Controller
class HomeController {

    /** Recent enough to hold every order still on its way for nearly every customer. */
    private static final int RECENT_ORDERS = 50;

    private final OrderApi orders;

    HomeController(OrderApi orders) {
        this.orders = orders;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        if (user instanceof OAuth2AuthenticationToken) {
            model.addAttribute("attention", Panel.load(this::needingAttention));
        }
        return "home";
    }

    /** Late orders first, then those at risk, each newest first as the API gives them. */
    private List<Order> needingAttention() {
        List<Order> recent = orders.list(null, null, RECENT_ORDERS).orders();
        return recent.stream().filter(Order::needsAttention)
                .sorted(Comparator.comparing(order -> !"LATE".equals(order.punctuality().level())))
                .toList();
    }
}
