package io.cmr.portal.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.profile.ContactPoint;
import io.cmr.portal.api.profile.Profile;
import io.cmr.portal.api.profile.ProfileApi;
import io.cmr.portal.customer.CustomerSettings;
import io.cmr.portal.customer.CustomerTime;
import io.cmr.portal.web.Panel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's details and contact points. Each form posts to the portal, which calls the API
 * and either goes back to the page with what changed (post, redirect, get) or shows the form again
 * with each problem next to its field.
 */
@Controller
class ProfileController {

    private static final String PAGE = "profile";
    private static final String BACK = "redirect:/profile";

    private final ProfileApi profiles;
    private final CustomerTime time;
    private final LocaleResolver languages;

    ProfileController(ProfileApi profiles, CustomerTime time, LocaleResolver languages) {
        this.profiles = profiles;
        this.time = time;
        this.languages = languages;
    }

    /** Without a profile the page says it cannot show it now; "try again" (htmx) reloads just that part. */
    @GetMapping("/profile")
    String profile(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale,
            Model model) {
        Optional<Profile> profile = profiles.mine();
        profile.ifPresent(found -> model.addAttribute("details", ProfileForm.of(found)));
        show(profile, locale, model);
        return htmx ? "profile :: panel" : PAGE;
    }

    @PostMapping("/profile")
    String change(@ModelAttribute("details") ProfileForm form, BindingResult errors, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Profile changed = profiles.change(form.getEtag(), form.patch());
                CustomerSettings.of(changed.language(), changed.timezone()).storeIn(request);
                languages.setLocale(request, response, Locale.forLanguageTag(changed.language()));
                next.addFlashAttribute("notice", "profile.saved");
                return BACK;
            }
            catch (ApiProblem problem) {
                if (problem.status() == 412) {
                    return changedElsewhere(locale, model);
                }
                problem.rejectInto(errors, field -> List.of("givenName", "familyName", "language", "timezone")
                        .contains(field) ? field : null);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        show(profiles.mine(), locale, model);
        return PAGE;
    }

    /** Someone changed the profile meanwhile (another tab, a call-centre agent): show theirs, not overwrite it. */
    private String changedElsewhere(Locale locale, Model model) {
        Optional<Profile> current = profiles.mine();
        current.ifPresent(found -> model.addAttribute("details", ProfileForm.of(found)));
        model.addAttribute("changedElsewhere", true);
        show(current, locale, model);
        return PAGE;
    }

    @PostMapping("/profile/contact-points")
    String add(@ModelAttribute("newPoint") ContactPointForm form, BindingResult errors, Locale locale, Model model,
            RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                ContactPoint added = profiles.add(form.toRequest());
                next.addFlashAttribute("notice", added.verified() ? "contact.added" : "contact.codeSent");
                next.addFlashAttribute("noticeArgument", added.value());
                return BACK + "#contact-points";
            }
            catch (ApiProblem problem) {
                problem.rejectInto(errors, ContactPointForm::formField);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        showWithDetails(locale, model);
        return PAGE;
    }

    @PostMapping("/profile/contact-points/{id}/verification")
    String verify(@PathVariable String id, @ModelAttribute("code") CodeForm form, BindingResult errors, Locale locale,
            Model model, RedirectAttributes next) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                profiles.verify(id, form.getCode().strip());
                next.addFlashAttribute("notice", "contact.verified");
                return BACK + "#contact-points";
            }
            catch (ApiProblem problem) {
                problem.rejectInto(errors, field -> "code".equals(field) ? "code" : null);
            }
            catch (RemoteServiceUnavailable down) {
                errors.reject("form.notSaved");
            }
        }
        model.addAttribute("codeFor", id);
        showWithDetails(locale, model);
        return PAGE;
    }

    @PostMapping("/profile/contact-points/{id}/code")
    String sendNewCode(@PathVariable String id, RedirectAttributes next) {
        return pointAction(id, () -> profiles.sendNewCode(id), "contact.newCodeSent", next);
    }

    @PostMapping("/profile/contact-points/{id}/primary")
    String makePrimary(@PathVariable String id, RedirectAttributes next) {
        return pointAction(id, () -> profiles.makePrimary(id), "contact.madePrimary", next);
    }

    @PostMapping("/profile/contact-points/{id}/removal")
    String remove(@PathVariable String id, RedirectAttributes next) {
        return pointAction(id, () -> profiles.remove(id), "contact.removed", next);
    }

    /** A one-button action on a point: done, or its problem shown next to that point. */
    private String pointAction(String id, Runnable action, String done, RedirectAttributes next) {
        try {
            action.run();
            next.addFlashAttribute("notice", done);
        }
        catch (ApiProblem problem) {
            next.addFlashAttribute("pointProblemFor", id);
            next.addFlashAttribute("pointProblem", switch (problem.status()) {
                case 404 -> "contact.error.gone";
                case 409 -> "contact.error.conflict";
                case 429 -> "contact.error.tooSoon";
                default -> "contact.error.refused";
            });
        }
        catch (RemoteServiceUnavailable down) {
            next.addFlashAttribute("pointProblemFor", id);
            next.addFlashAttribute("pointProblem", "form.notSaved");
        }
        return BACK + "#contact-points";
    }

    private void showWithDetails(Locale locale, Model model) {
        Optional<Profile> profile = profiles.mine();
        profile.ifPresent(found -> model.addAttribute("details", ProfileForm.of(found)));
        show(profile, locale, model);
    }

    private void show(Optional<Profile> profile, Locale locale, Model model) {
        profile.ifPresent(found -> model.addAttribute("profile",
                ProfileView.of(found, locale, time.date(found.createdAt()))));
        model.addAttribute("zones", Zones.ALL);
        model.addAttribute("contactPoints", Panel.load(profiles::contactPoints));
        if (!model.containsAttribute("newPoint")) {
            model.addAttribute("newPoint", new ContactPointForm());
        }
        if (!model.containsAttribute("code")) {
            model.addAttribute("code", new CodeForm());
        }
    }
}
