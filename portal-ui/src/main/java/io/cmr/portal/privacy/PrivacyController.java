package io.cmr.portal.privacy;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.profile.Erasure;
import io.cmr.portal.api.profile.ProfileApi;
import io.cmr.portal.web.Panel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's rights over their data: a copy of everything held about them, and erasure of it
 * all, asked for on a page of its own that says plainly what it does, then followed until done.
 */
@Controller
class PrivacyController {

    private final ProfileApi profiles;

    PrivacyController(ProfileApi profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }

    /** The API's export as a file the browser saves; when it cannot be had, the privacy page says so. */
    @GetMapping("/privacy/export")
    Object export(RedirectAttributes next) {
        try {
            byte[] export = profiles.export();
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("my-cmr-data.json").build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(export);
        }
        catch (RemoteServiceUnavailable | ApiProblem ex) {
            next.addFlashAttribute("exportFailed", true);
            return "redirect:/privacy";
        }
    }

    @GetMapping("/privacy/erasure")
    String confirm() {
        return "privacy-erase";
    }

    /** Only with the box ticked that says the customer understands it cannot be undone. */
    @PostMapping("/privacy/erasure")
    String erase(@RequestParam(defaultValue = "false") boolean understood, Model model, RedirectAttributes next) {
        if (!understood) {
            model.addAttribute("notUnderstood", true);
            return "privacy-erase";
        }
        try {
            Erasure erasure = profiles.erase();
            return "redirect:/privacy/erasure/" + erasure.id();
        }
        catch (RemoteServiceUnavailable | ApiProblem ex) {
            model.addAttribute("notErased", true);
            return "privacy-erase";
        }
    }

    @GetMapping("/privacy/erasure/{id}")
    String erasure(@PathVariable String id, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        model.addAttribute("erasureId", id);
        model.addAttribute("erasure", Panel.found(() -> profiles.erasure(id)));
        return htmx ? "privacy-erasure :: state" : "privacy-erasure";
    }
}
