package io.cmr.portal.notifications;

import java.util.Optional;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.notifications.Notification;
import io.cmr.portal.api.notifications.NotificationApi;
import io.cmr.portal.api.notifications.NotificationPage;
import io.cmr.portal.web.Panel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The customer's inbox: their notices, newest first, each with its links and "mark as read". The
 * form posts to the portal and comes back to the page; with htmx, only the notice (and the header's
 * count) changes.
 */
@Controller
class NotificationsController {

    private static final int PAGE_SIZE = 20;

    private final NotificationApi notifications;
    private final UnreadBadge badge;

    NotificationsController(NotificationApi notifications, UnreadBadge badge) {
        this.notifications = notifications;
        this.badge = badge;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) String cursor, Model model, HttpServletRequest request) {
        Panel<NotificationPage> inbox = Panel.load(() -> notifications.inbox(cursor, PAGE_SIZE));
        if (inbox.available()) {
            badge.remember(request, inbox.content().unread());
            model.addAttribute(UnreadBadge.MODEL, inbox.content().unread());
        }
        model.addAttribute("inbox", inbox);
        model.addAttribute("cursor", cursor);
        return "notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable String id, @RequestParam(required = false) String cursor, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes next) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        Notification read;
        try {
            read = notifications.read(id);
        }
        catch (RemoteServiceUnavailable down) {
            if (htmx) {
                // The notice stays as it was; the page's status line says why.
                response.setHeader("HX-Retarget", "#inbox-status");
                response.setHeader("HX-Reswap", "innerHTML");
                return "notifications :: notMarked";
            }
            next.addFlashAttribute("failure", "notifications.notMarked");
            return "redirect:" + inboxPage(cursor);
        }
        UnreadBadge.forget(request);
        if (htmx) {
            model.addAttribute("notification", read);
            model.addAttribute("cursor", cursor);
            model.addAttribute(UnreadBadge.MODEL, Panel.load(notifications::unread).content());
            return "notifications :: read";
        }
        next.addFlashAttribute("notice", "notifications.markedRead");
        return "redirect:" + inboxPage(cursor);
    }

    private static String inboxPage(String cursor) {
        return UriComponentsBuilder.fromPath("/notifications").queryParamIfPresent("cursor",
                Optional.ofNullable(cursor).filter(value -> !value.isBlank())).encode().build().toUriString();
    }
}
