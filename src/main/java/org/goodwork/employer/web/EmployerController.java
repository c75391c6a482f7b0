package org.goodwork.employer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.goodwork.employer.DisabilityConfident;
import org.goodwork.employer.Employer;
import org.goodwork.employer.EmployerDetails;
import org.goodwork.employer.EmployerVacancies;
import org.goodwork.employer.Employers;
import org.goodwork.employer.InteractionKind;
import org.goodwork.employer.Sector;
import org.goodwork.employer.SizeBand;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.FormValues;
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

/**
 * Employers of the signed-in person's organisation. Employer engagement officers and team leaders
 * keep them up to date; keyworkers look them up when supporting someone towards a job.
 */
@Controller
class EmployerController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String CHARTER = "CHARTER";
    private static final String LIVING_WAGE = "LIVING_WAGE";

    private final Employers employers;
    private final EmployerVacancies vacancies;
    private final UserAccounts userAccounts;
    private final CurrentActor currentActor;
    private final Clock clock;

    EmployerController(
            Employers employers,
            EmployerVacancies vacancies,
            UserAccounts userAccounts,
            CurrentActor currentActor,
            Clock clock) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.userAccounts = userAccounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record EmployerForm(
            @NotBlank(message = "Enter the employer's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name,

            SizeBand sizeBand,
            Sector sector,
            Set<String> memberships,
            DisabilityConfident disabilityConfident,
            UUID ownerId,

            @Size(max = 4000, message = "Notes must be 4000 characters or fewer")
            String notes,

            Long version) {

        static EmployerForm of(Employer e) {
            Set<String> memberships = new TreeSet<>();
            if (e.goodEmploymentCharter()) {
                memberships.add(CHARTER);
            }
            if (e.realLivingWageEmployer()) {
                memberships.add(LIVING_WAGE);
            }
            return new EmployerForm(
                    e.name(),
                    e.sizeBand(),
                    e.sector(),
                    memberships,
                    e.disabilityConfident(),
                    e.ownerId(),
                    e.notes(),
                    e.version());
        }

        EmployerDetails details() {
            Set<String> chosen = memberships == null ? Set.of() : memberships;
            return new EmployerDetails(
                    name,
                    sizeBand,
                    sector,
                    chosen.contains(CHARTER),
                    disabilityConfident,
                    chosen.contains(LIVING_WAGE),
                    ownerId,
                    notes);
        }
    }

    record LocationForm(
            @NotBlank(message = "Enter a name for the location, like Head office")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name,

            @Size(max = 500, message = "Address must be 500 characters or fewer")
            String address,

            String postcode) {}

    record ContactForm(
            @NotBlank(message = "Enter the contact's name")
            @Size(max = 200, message = "Name must be 200 characters or fewer")
            String name,

            @Size(max = 200, message = "Job title must be 200 characters or fewer")
            String jobTitle,

            @Size(max = 40, message = "Phone number must be 40 characters or fewer")
            String phone,

            @Email(message = "Enter an email address in the correct format, like name@example.com")
            @Size(max = 320, message = "Email address must be 320 characters or fewer")
            String email) {}

    record InteractionForm(
            String dateDay,
            String dateMonth,
            String dateYear,
            InteractionKind kind,

            @NotBlank(message = "Enter what was discussed and agreed")
            @Size(max = 4000, message = "Summary must be 4000 characters or fewer")
            String summary) {}

    @GetMapping("/employers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String owner, Model model) {
        UUID ownerId = FormValues.uuid(owner);
        model.addAttribute("employers", employers.list(organisation(), q, ownerId));
        model.addAttribute("q", q);
        model.addAttribute("owner", ownerId == null ? null : ownerId.toString());
        model.addAttribute("ownerOptions", ownerOptions());
        model.addAttribute("canManage", canManage());
        return "employer/list";
    }

    @GetMapping("/employers/new")
    String newEmployer(Model model) {
        model.addAttribute(
                "employerForm",
                new EmployerForm(null, null, null, Set.of(), DisabilityConfident.NONE, user().id(), null, null));
        return formPage(model, null);
    }

    @PostMapping("/employers/new")
    String create(
            @Valid @ModelAttribute("employerForm") EmployerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        check(form, result);
        if (!result.hasErrors()) {
            try {
                UUID id = employers.create(organisation(), form.details(), user().id());
                redirect.addFlashAttribute("success", form.name().strip() + " has been added");
                return "redirect:/employers/" + id;
            } catch (Employers.DuplicateNameException e) {
                result.rejectValue("name", "taken", "An employer with this name is already recorded");
            }
        }
        return formPage(model, null);
    }

    @GetMapping("/employers/{id}")
    String show(@PathVariable UUID id, Model model) {
        Employer employer = employers.get(organisation(), id);
        boolean canManage = canManage();
        model.addAttribute("employer", employer);
        model.addAttribute("locations", employers.locations(organisation(), id));
        model.addAttribute("contacts", employers.contacts(organisation(), id));
        model.addAttribute("interactions", employers.interactions(organisation(), id));
        model.addAttribute("vacancies", vacancies.forEmployer(organisation(), id, !canManage));
        model.addAttribute("canManage", canManage);
        return "employer/show";
    }

    @GetMapping("/employers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Employer employer = employers.get(organisation(), id);
        model.addAttribute("employerForm", EmployerForm.of(employer));
        return formPage(model, employer);
    }

    @PostMapping("/employers/{id}/edit")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("employerForm") EmployerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employer employer = employers.get(organisation(), id);
        check(form, result);
        if (!result.hasErrors()) {
            try {
                employers.update(
                        organisation(), id, form.version() == null ? -1 : form.version(), form.details(), user().id());
                redirect.addFlashAttribute("success", "Employer details saved");
                return "redirect:/employers/" + id;
            } catch (Employers.DuplicateNameException e) {
                result.rejectValue("name", "taken", "Another employer already has this name");
            }
        }
        return formPage(model, employer);
    }

    @GetMapping("/employers/{id}/locations/new")
    String newLocation(@PathVariable UUID id, Model model) {
        model.addAttribute("locationForm", new LocationForm(null, null, null));
        return subPage(id, model, "employer/location");
    }

    @PostMapping("/employers/{id}/locations/new")
    String addLocation(
            @PathVariable UUID id,
            @Valid @ModelAttribute("locationForm") LocationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String postcode = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            postcode = Postcode.normalise(form.postcode()).orElse(null);
            if (postcode == null) {
                result.rejectValue("postcode", "format", "Enter a full UK postcode, like QQ1 2AB");
            }
        }
        if (result.hasErrors()) {
            return subPage(id, model, "employer/location");
        }
        employers.addLocation(organisation(), id, form.name(), form.address(), postcode, user().id());
        redirect.addFlashAttribute("success", "Location added");
        return "redirect:/employers/" + id + "#locations";
    }

    @GetMapping("/employers/{id}/contacts/new")
    String newContact(@PathVariable UUID id, Model model) {
        model.addAttribute("contactForm", new ContactForm(null, null, null, null));
        return subPage(id, model, "employer/contact");
    }

    @PostMapping("/employers/{id}/contacts/new")
    String addContact(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return subPage(id, model, "employer/contact");
        }
        employers.addContact(organisation(), id, form.name(), form.jobTitle(), form.phone(), form.email(), user().id());
        redirect.addFlashAttribute("success", "Contact added");
        return "redirect:/employers/" + id + "#contacts";
    }

    @GetMapping("/employers/{id}/interactions/new")
    String newInteraction(@PathVariable UUID id, Model model) {
        LocalDate today = today();
        model.addAttribute(
                "interactionForm",
                new InteractionForm(
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        null,
                        null));
        return subPage(id, model, "employer/interaction");
    }

    @PostMapping("/employers/{id}/interactions/new")
    String recordInteraction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("interactionForm") InteractionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        DateInput.Result date =
                DateInput.pastDate(form.dateDay(), form.dateMonth(), form.dateYear(), "the date", "Date", today());
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
        }
        if (form.kind() == null) {
            result.rejectValue("kind", "required", "Select what it was about");
        }
        if (result.hasErrors()) {
            return subPage(id, model, "employer/interaction");
        }
        employers.recordInteraction(organisation(), id, date.date(), form.kind(), form.summary(), user().id());
        redirect.addFlashAttribute("success", "Interaction recorded");
        return "redirect:/employers/" + id + "#interactions";
    }

    private void check(EmployerForm form, BindingResult result) {
        if (form.sizeBand() == null) {
            result.rejectValue("sizeBand", "required", "Select how many people they employ");
        }
        if (form.sector() == null) {
            result.rejectValue("sector", "required", "Select the employer's sector");
        }
        if (form.disabilityConfident() == null) {
            result.rejectValue("disabilityConfident", "required", "Select their Disability Confident level");
        }
        if (form.ownerId() == null
                || ownerOptions().stream()
                        .noneMatch(o -> o.value().equals(form.ownerId().toString()))) {
            result.rejectValue("ownerId", "required", "Select who looks after this employer");
        }
    }

    private String formPage(Model model, Employer existing) {
        model.addAttribute("existing", existing);
        model.addAttribute(
                "sizeOptions",
                Arrays.stream(SizeBand.values())
                        .map(s -> Option.of(s.name(), s.label()))
                        .toList());
        model.addAttribute(
                "sectorOptions",
                Arrays.stream(Sector.values())
                        .map(s -> Option.of(s.name(), s.name() + ": " + s.label()))
                        .toList());
        model.addAttribute(
                "membershipOptions",
                List.of(
                        new Option(
                                CHARTER,
                                "Good Employment Charter member",
                                "Signed up to the local good employment charter"),
                        new Option(
                                LIVING_WAGE, "Real Living Wage employer", "Accredited by the Living Wage Foundation")));
        model.addAttribute(
                "disabilityConfidentOptions",
                Arrays.stream(DisabilityConfident.values())
                        .map(d -> Option.of(d.name(), d.label()))
                        .toList());
        model.addAttribute("ownerOptions", ownerOptions());
        return "employer/form";
    }

    private String subPage(UUID id, Model model, String view) {
        model.addAttribute("employer", employers.get(organisation(), id));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(InteractionKind.values())
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        return view;
    }

    /** Employers are looked after by employer engagement officers and team leaders of the organisation. */
    private List<Option> ownerOptions() {
        return userAccounts.list(organisation()).stream()
                .filter(UserAccount::active)
                .filter(u -> u.roles().contains(Role.EMPLOYER_ENGAGEMENT_OFFICER)
                        || u.roles().contains(Role.TEAM_LEADER))
                .map(u -> Option.of(u.id().toString(), u.displayName()))
                .toList();
    }

    private boolean canManage() {
        SignedInUser user = user();
        return user.hasRole(Role.EMPLOYER_ENGAGEMENT_OFFICER) || user.hasRole(Role.TEAM_LEADER);
    }

    private SignedInUser user() {
        return currentActor.user().orElseThrow();
    }

    private UUID organisation() {
        return user().organisationId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
