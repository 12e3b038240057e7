package io.cmr.portal.home;

import java.util.Comparator;
import java.util.List;

import io.cmr.portal.api.notifications.Notification;
import io.cmr.portal.api.notifications.NotificationApi;
import io.cmr.portal.api.notifications.NotificationPage;
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

    /** The newest notices: those of them still unread are shown, the inbox has the rest. */
    private static final int RECENT_NOTICES = 5;

    private final OrderApi orders;
    private final NotificationApi notifications;

    HomeController(OrderApi orders, NotificationApi notifications) {
        this.orders = orders;
        this.notifications = notifications;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        if (user instanceof OAuth2AuthenticationToken) {
            model.addAttribute("attention", Panel.load(this::needingAttention));
            // Banners only when there is something to say: an outage shows in the panels below.
            model.addAttribute("incidents", Panel.load(notifications::myIncidents));
            Panel<NotificationPage> recent = Panel.load(() -> notifications.inbox(null, RECENT_NOTICES));
            model.addAttribute("notices", recent);
            if (recent.available()) {
                model.addAttribute("unreadNotices", recent.content().unread());
                model.addAttribute("unreadRecent", recent.content().items().stream().filter(Notification::unread).toList());
            }
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
