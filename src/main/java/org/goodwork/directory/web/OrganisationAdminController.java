package org.goodwork.directory.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.DuplicateNameException;
import org.goodwork.directory.Organisation;
import org.goodwork.directory.OrganisationType;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationAdminController {

    private final Directory directory;

    OrganisationAdminController(Directory directory) {
        this.directory = directory;
    }

    record OrganisationForm(
            @NotBlank(message = "Enter the organisation's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name,

            @NotNull(message = "Select the type of organisation")
            OrganisationType type) {}

    record TeamForm(
            @NotBlank(message = "Enter the team's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name) {}

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("organisations", directory.organisations());
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm(null, null));
        return organisationFormPage(model);
    }

    @PostMapping("/admin/organisations/new")
    String create(
            @Valid @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = directory.createOrganisation(form.name(), form.type());
                redirect.addFlashAttribute("success", form.name().strip() + " has been added");
                return "redirect:/admin/organisations/" + id;
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", "An organisation with this name already exists");
            }
        }
        return organisationFormPage(model);
    }

    @GetMapping("/admin/organisations/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organisation organisation = directory.organisation(id).orElseThrow(NotFoundException::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("teams", directory.teams(id));
        return "admin/organisation";
    }

    @GetMapping("/admin/organisations/{id}/teams/new")
    String newTeam(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", directory.organisation(id).orElseThrow(NotFoundException::new));
        model.addAttribute("teamForm", new TeamForm(null));
        return "admin/team-new";
    }

    @PostMapping("/admin/organisations/{id}/teams/new")
    String createTeam(
            @PathVariable UUID id,
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = directory.organisation(id).orElseThrow(NotFoundException::new);
        if (!result.hasErrors()) {
            try {
                directory.createTeam(id, form.name());
                redirect.addFlashAttribute("success", "Team " + form.name().strip() + " has been added");
                return "redirect:/admin/organisations/" + id;
            } catch (DuplicateNameException e) {
                result.rejectValue("name", "duplicate", "This organisation already has a team with this name");
            }
        }
        model.addAttribute("organisation", organisation);
        return "admin/team-new";
    }

    private String organisationFormPage(Model model) {
        model.addAttribute(
                "typeOptions",
                Arrays.stream(OrganisationType.values())
                        .map(t -> new Option(t.name(), t.label(), t.hint()))
                        .toList());
        return "admin/organisation-new";
    }
}
