package org.goodwork.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goodwork.directory.Directory;
import org.goodwork.directory.Organisation;
import org.goodwork.security.ApiClients;
import org.goodwork.security.ApiScope;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.IssuedToken;
import org.goodwork.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create API clients; a new token is shown once, on the page after creation. */
@Controller
class ApiClientAdminController {

    private final ApiClients clients;
    private final Directory directory;
    private final CurrentActor currentActor;

    ApiClientAdminController(ApiClients clients, Directory directory, CurrentActor currentActor) {
        this.clients = clients;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    record ApiClientForm(
            @NotNull(message = "Select an organisation") UUID organisationId,

            @NotBlank(message = "Enter a name for the client")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name,

            @NotEmpty(message = "Select at least one scope") Set<ApiScope> scopes) {}

    @GetMapping("/admin/api-clients")
    String list(Model model) {
        model.addAttribute("clients", clients.list());
        model.addAttribute(
                "organisations",
                directory.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity())));
        return "admin/api-clients";
    }

    @GetMapping("/admin/api-clients/new")
    String newClient(Model model) {
        model.addAttribute("apiClientForm", new ApiClientForm(null, null, Set.of()));
        return formPage(model);
    }

    @PostMapping("/admin/api-clients/new")
    String create(
            @Valid @ModelAttribute("apiClientForm") ApiClientForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.organisationId() != null
                && directory.organisation(form.organisationId()).isEmpty()) {
            result.rejectValue("organisationId", "unknown", "Select an organisation");
        }
        if (result.hasErrors()) {
            return formPage(model);
        }
        String createdBy = currentActor.user().orElseThrow().getUsername();
        IssuedToken issued = clients.create(form.organisationId(), form.name(), form.scopes(), createdBy);
        redirect.addFlashAttribute("issuedToken", issued.token());
        redirect.addFlashAttribute("issuedName", form.name().strip());
        return "redirect:/admin/api-clients/created";
    }

    /** The token travels only as a flash attribute, so reloading this page does not show it again. */
    @GetMapping("/admin/api-clients/created")
    String created(Model model) {
        if (!model.containsAttribute("issuedToken")) {
            return "redirect:/admin/api-clients";
        }
        return "admin/api-client-created";
    }

    @PostMapping("/admin/api-clients/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        clients.revoke(id);
        redirect.addFlashAttribute("success", "The client's token no longer works");
        return "redirect:/admin/api-clients";
    }

    private String formPage(Model model) {
        model.addAttribute(
                "organisationOptions",
                directory.organisations().stream()
                        .map(o -> Option.of(o.id().toString(), o.name()))
                        .toList());
        List<Option> scopes = Arrays.stream(ApiScope.values())
                .map(s -> Option.of(s.name(), s.value()))
                .toList();
        model.addAttribute("scopeOptions", scopes);
        return "admin/api-client-new";
    }
}
