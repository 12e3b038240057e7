package io.cmr.portal.profile;

import java.util.Locale;

import io.cmr.portal.api.profile.ProfileApi;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
class ProfileController {

    private final ProfileApi profiles;

    ProfileController(ProfileApi profiles) {
        this.profiles = profiles;
    }

    /** Without a profile the page says it cannot show it now; "try again" (htmx) reloads just that part. */
    @GetMapping("/profile")
    String profile(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale,
            Model model) {
        profiles.mine().ifPresent(profile -> model.addAttribute("profile", ProfileView.of(profile, locale)));
        return htmx ? "profile :: panel" : "profile";
    }
}
