package org.goodwork.security.web;

import java.util.List;
import org.goodwork.shared.DemoSignIns;
import org.goodwork.shared.ServiceMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final ServiceMode serviceMode;

    SignInController(ServiceMode serviceMode) {
        this.serviceMode = serviceMode;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            Model model) {
        if (error != null) {
            model.addAttribute("problem", "Enter a correct username and password");
        } else if (locked != null) {
            model.addAttribute(
                    "problem",
                    "You entered the wrong password too many times, so sign-in is paused for this account. "
                            + "Try again later, or ask your administrator to unlock it.");
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("demoSignIns", serviceMode.demoData() ? DemoSignIns.ALL : List.of());
        return "account/sign-in";
    }
}
