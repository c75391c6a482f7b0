package org.goodwork.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.directory.Team;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.NewUser;
import org.goodwork.security.PasswordPolicy;
import org.goodwork.security.Role;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.security.UsernameTakenException;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create users, change their roles and team, and deactivate or unlock them. */
@Controller
class UserAdminController {

    private final UserAccounts accounts;
    private final Directory directory;
    private final PasswordPolicy passwordPolicy;
    private final CurrentActor currentActor;

    UserAdminController(
            UserAccounts accounts, Directory directory, PasswordPolicy passwordPolicy, CurrentActor currentActor) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwordPolicy = passwordPolicy;
        this.currentActor = currentActor;
    }

    record NewUserForm(
            @NotNull(message = "Select an organisation") UUID organisationId,

            @NotBlank(message = "Enter the person's full name")
            @Size(max = 200, message = "Full name must be 200 characters or fewer")
            String displayName,

            @NotBlank(message = "Enter a username")
            @Pattern(
                    regexp = "^$|^[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}$",
                    message = "Username must be 3 to 64 letters, numbers, dots, dashes or underscores")
            String username,

            @Email(message = "Enter an email address in the correct format, like name@example.org") @Size(max = 320)
            String email,

            @NotEmpty(message = "Select at least one role") Set<Role> roles,

            String initialPassword) {}

    record RolesForm(
            @NotEmpty(message = "Select at least one role") Set<Role> roles, UUID teamId, Long version) {}

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) UUID organisation, Model model) {
        Map<UUID, Organisation> organisations = organisationsById();
        model.addAttribute("users", accounts.list(organisation));
        model.addAttribute("organisations", organisations);
        model.addAttribute("filter", organisation);
        model.addAttribute("organisationOptions", organisationOptions(organisations));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@RequestParam(required = false) UUID organisation, Model model) {
        model.addAttribute("userForm", new NewUserForm(organisation, null, null, null, Set.of(), null));
        return newUserPage(model);
    }

    @PostMapping("/admin/users/new")
    String create(
            @Valid @ModelAttribute("userForm") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.organisationId() != null
                && directory.organisation(form.organisationId()).isEmpty()) {
            result.rejectValue("organisationId", "unknown", "Select an organisation");
        }
        passwordPolicy
                .problemWith(form.initialPassword(), form.username())
                .ifPresent(problem -> result.rejectValue("initialPassword", "weak", problem));
        if (!result.hasErrors()) {
            try {
                UUID id = accounts.create(new NewUser(
                        form.organisationId(),
                        null,
                        form.username(),
                        form.displayName(),
                        form.email(),
                        form.roles(),
                        form.initialPassword(),
                        true));
                redirect.addFlashAttribute("success", form.displayName().strip() + " can now sign in");
                return "redirect:/admin/users/" + id;
            } catch (UsernameTakenException e) {
                result.rejectValue("username", "taken", "This username is already in use. Choose another");
            }
        }
        return newUserPage(model);
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.roles(), user.teamId(), user.version()));
        }
        return userPage(user, model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(
            @PathVariable UUID id,
            @Valid @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        if (form.teamId() != null
                && directory
                        .team(form.teamId())
                        .filter(t -> t.organisationId().equals(user.organisationId()))
                        .isEmpty()) {
            result.rejectValue("teamId", "unknown", "Select a team in this person's organisation");
        }
        if (result.hasErrors()) {
            return userPage(user, model);
        }
        // A form without a version cannot prove it saw the latest change, so it counts as stale.
        accounts.changeRolesAndTeam(id, form.version() == null ? -1 : form.version(), form.roles(), form.teamId());
        redirect.addFlashAttribute("success", "Roles and team saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        if (currentActor.user().map(u -> u.id().equals(id)).orElse(false)) {
            redirect.addFlashAttribute("success", "You cannot deactivate your own account");
            return "redirect:/admin/users/" + id;
        }
        accounts.deactivate(id, version);
        redirect.addFlashAttribute("success", user.displayName() + " can no longer sign in");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        accounts.reactivate(id, version);
        redirect.addFlashAttribute("success", user.displayName() + " can sign in again");
        return "redirect:/admin/users/" + id;
    }

    record ResetForm(String temporaryPassword, Long version) {}

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(
            @PathVariable UUID id,
            @ModelAttribute("resetForm") ResetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        passwordPolicy
                .problemWith(form.temporaryPassword(), user.username())
                .ifPresent(problem -> result.rejectValue("temporaryPassword", "weak", problem));
        if (result.hasErrors()) {
            model.addAttribute("rolesForm", new RolesForm(user.roles(), user.teamId(), user.version()));
            return userPage(user, model);
        }
        accounts.resetPassword(id, form.version() == null ? -1 : form.version(), form.temporaryPassword());
        redirect.addFlashAttribute(
                "success",
                user.displayName()
                        + " must choose a new password when they next sign in. Give them the temporary one securely");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        UserAccount user = accounts.find(id).orElseThrow(NotFoundException::new);
        accounts.unlock(id, version);
        redirect.addFlashAttribute("success", user.displayName() + "'s account is unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String newUserPage(Model model) {
        model.addAttribute("organisationOptions", organisationOptions(organisationsById()));
        model.addAttribute("roleOptions", roleOptions());
        return "admin/user-new";
    }

    private String userPage(UserAccount user, Model model) {
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetForm(null, user.version()));
        }
        model.addAttribute("user", user);
        model.addAttribute(
                "organisation", directory.organisation(user.organisationId()).orElseThrow());
        List<Team> teams = directory.teams(user.organisationId());
        model.addAttribute(
                "team",
                teams.stream()
                        .filter(t -> t.id().equals(user.teamId()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "teamOptions",
                teams.stream().map(t -> Option.of(t.id().toString(), t.name())).toList());
        model.addAttribute("roleOptions", roleOptions());
        return "admin/user";
    }

    private Map<UUID, Organisation> organisationsById() {
        return directory.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    private static List<Option> organisationOptions(Map<UUID, Organisation> organisations) {
        return organisations.values().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(o -> Option.of(
                        o.id().toString(), o.name() + " (" + o.type().label().toLowerCase() + ")"))
                .toList();
    }

    private static List<Option> roleOptions() {
        return Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.label(), r.hint()))
                .toList();
    }
}
