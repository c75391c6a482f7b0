package org.goodwork.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.goodwork.shared.DemoSignIns;
import org.goodwork.shared.ServiceMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final ServiceMode serviceMode;

    SignInController(ServiceMode serviceMode) {
        this.serviceMode = serviceMode;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        // The flags arrive as bare query parameters (?error), which carry no value.
        var flags = request.getParameterMap().keySet();
        if (flags.contains("error")) {
            model.addAttribute("problem", "Enter a correct username and password");
        } else if (flags.contains("too-many")) {
            model.addAttribute(
                    "problem",
                    "There have been too many attempts to sign in from your network. Wait 15 minutes, then try again");
        } else if (flags.contains("locked")) {
            model.addAttribute(
                    "problem",
                    "You entered the wrong password too many times, so sign-in is paused for this account. "
                            + "Try again later, or ask your administrator to unlock it.");
        }
        model.addAttribute("signedOut", flags.contains("signed-out"));
        model.addAttribute("signedOutElsewhere", flags.contains("signed-out-elsewhere"));
        model.addAttribute("demoSignIns", serviceMode.demoData() ? DemoSignIns.ALL : List.of());
        return "account/sign-in";
    }
}
