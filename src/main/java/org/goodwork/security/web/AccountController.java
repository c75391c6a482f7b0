package org.goodwork.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.PasswordPolicy;
import org.goodwork.security.SignedInSession;
import org.goodwork.security.SignedInUser;
import org.goodwork.security.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    private final CurrentActor currentActor;
    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final SignedInSession signedInSession;

    AccountController(
            CurrentActor currentActor,
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            SignedInSession signedInSession) {
        this.signedInSession = signedInSession;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
    }

    record PasswordForm(
            @NotBlank(message = "Enter your current password")
            String currentPassword,

            String newPassword,
            String confirmPassword) {}

    @GetMapping("/account")
    String account(Model model) {
        SignedInUser user = currentActor.user().orElseThrow();
        model.addAttribute("account", accounts.find(user.id()).orElseThrow());
        return "account/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        model.addAttribute("mustChange", currentActor.user().orElseThrow().mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        SignedInUser user = currentActor.user().orElseThrow();
        passwordPolicy
                .problemWith(form.newPassword(), user.getUsername())
                .ifPresent(problem -> result.rejectValue("newPassword", "weak", problem));
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "mismatch", "Enter the same new password twice");
        }
        if (!result.hasErrors() && !accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword())) {
            result.rejectValue("currentPassword", "wrong", "Your current password is not correct");
        }
        if (result.hasErrors()) {
            model.addAttribute("mustChange", user.mustChangePassword());
            return "account/password";
        }
        signedInSession.refresh(user, request, response);
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/account";
    }
}
