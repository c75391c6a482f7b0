package org.goodwork.referral.web;

import org.goodwork.programme.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page for people referring themselves: no account needed. */
@Controller
class SelfReferralStartController {

    private final Programmes programmes;

    SelfReferralStartController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/refer-yourself")
    String start(Model model) {
        model.addAttribute("programmes", programmes.acceptingReferrals());
        return "referral/self/start";
    }
}
