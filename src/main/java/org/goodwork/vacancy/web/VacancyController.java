package org.goodwork.vacancy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goodwork.employer.Employers;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.Option;
import org.goodwork.vacancy.ContractType;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.JobQualityStandard;
import org.goodwork.vacancy.PayPeriod;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.VacancyDetails;
import org.goodwork.vacancy.VacancyStatus;
import org.goodwork.vacancy.WorkLocation;
import org.goodwork.vacancy.WorkingPattern;
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
 * Vacancies of the signed-in person's organisation. Employer engagement officers and team leaders
 * record and manage them; keyworkers see the open ones, to talk them through with the people they support.
 */
@Controller
class VacancyController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(80);

    private final Vacancies vacancies;
    private final Employers employers;
    private final ReferenceData referenceData;
    private final JobQualityStandard standard;
    private final CurrentActor currentActor;
    private final Clock clock;

    VacancyController(
            Vacancies vacancies,
            Employers employers,
            ReferenceData referenceData,
            JobQualityStandard standard,
            CurrentActor currentActor,
            Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.referenceData = referenceData;
        this.standard = standard;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/vacancies")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String employer,
            Model model) {
        boolean canManage = canManage(user());
        VacancyStatus chosen = Arrays.stream(VacancyStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        Set<VacancyStatus> statuses = !canManage
                ? EnumSet.of(VacancyStatus.OPEN)
                : chosen == null ? EnumSet.noneOf(VacancyStatus.class) : EnumSet.of(chosen);
        Map<UUID, String> employerNames = employers.names(organisation());
        UUID employerId = employerNames.keySet().stream()
                .filter(id -> id.toString().equals(employer))
                .findFirst()
                .orElse(null);
        model.addAttribute("vacancies", vacancies.list(organisation(), statuses, employerId));
        model.addAttribute("status", chosen == null ? null : chosen.name());
        model.addAttribute("employer", employerId == null ? null : employerId.toString());
        model.addAttribute(
                "statusOptions",
                Arrays.stream(VacancyStatus.values())
                        .map(s -> Option.of(s.name(), s.label()))
                        .toList());
        model.addAttribute("employerOptions", employerOptions(employerNames));
        model.addAttribute("canManage", canManage);
        return "vacancy/list";
    }

    @GetMapping("/vacancies/new")
    String newVacancy(@RequestParam(required = false) String employer, Model model) {
        UUID employerId = employers.names(organisation()).keySet().stream()
                .filter(id -> id.toString().equals(employer))
                .findFirst()
                .orElse(null);
        model.addAttribute("vacancyForm", VacancyForm.blank(employerId));
        return formPage(model, null, null);
    }

    @PostMapping("/vacancies/new")
    String create(
            @ModelAttribute("vacancyForm") VacancyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.finding()) {
            return formPage(model, null, form);
        }
        VacancyDetails details = details(form, result, true);
        if (details == null) {
            return formPage(model, null, form);
        }
        UUID id = vacancies.create(
                organisation(), details, VacancyStatus.DRAFT, JobQuality.unassessed(), user().id(), null);
        redirect.addFlashAttribute(
                "success", "Vacancy saved as a draft. Assess its job quality, then open it to applicants");
        return "redirect:/vacancies/" + id;
    }

    @GetMapping("/vacancies/{id}")
    String show(@PathVariable UUID id, Model model) {
        return showPage(visible(id), model);
    }

    @GetMapping("/vacancies/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        model.addAttribute("vacancyForm", VacancyForm.of(vacancy));
        return formPage(model, vacancy, null);
    }

    @PostMapping("/vacancies/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("vacancyForm") VacancyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        if (form.finding()) {
            return formPage(model, vacancy, form);
        }
        VacancyDetails details = details(form, result, false);
        if (details == null) {
            return formPage(model, vacancy, form);
        }
        vacancies.update(organisation(), id, form.version() == null ? -1 : form.version(), details, user().id());
        redirect.addFlashAttribute("success", "Vacancy saved");
        return "redirect:/vacancies/" + id;
    }

    @PostMapping("/vacancies/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        VacancyStatus to = Arrays.stream(VacancyStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        if (to == null || !vacancy.status().canBecome(to)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "problem",
                    "A " + vacancy.status().label().toLowerCase(Locale.ROOT) + " vacancy cannot be "
                            + (to == null
                                    ? "changed like that"
                                    : "marked " + to.label().toLowerCase(Locale.ROOT)));
            return showPage(vacancy, model);
        }
        vacancies.changeStatus(organisation(), id, version == null ? -1 : version, to, user().id());
        redirect.addFlashAttribute("success", "The vacancy is now " + to.label().toLowerCase(Locale.ROOT));
        return "redirect:/vacancies/" + id;
    }

    private String showPage(Vacancy vacancy, Model model) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("dimensions", referenceData.jobQualityDimensions());
        model.addAttribute("realLivingWage", standard.realLivingWage());
        model.addAttribute("canManage", canManage(user()));
        model.addAttribute(
                "dayLabels",
                vacancy.days().stream().map(VacancyController::dayLabel).toList());
        return "vacancy/show";
    }

    /** Keyworkers see open vacancies only; anything else answers 404 as if it did not exist. */
    private Vacancy visible(UUID id) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        if (!canManage(user()) && vacancy.status() != VacancyStatus.OPEN) {
            throw new NotFoundException();
        }
        return vacancy;
    }

    /** The details from the form, or null with the problems in {@code result}. */
    private VacancyDetails details(VacancyForm form, BindingResult result, boolean creating) {
        Map<UUID, String> employerNames = employers.names(organisation());
        if (form.employerId() == null || !employerNames.containsKey(form.employerId())) {
            result.rejectValue("employerId", "required", "Select the employer");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            result.rejectValue("title", "required", "Enter the job title");
        } else if (title.length() > 200) {
            result.rejectValue("title", "length", "Job title must be 200 characters or fewer");
        }
        if (form.socCode() == null || form.socCode().isBlank()) {
            if (!title.isEmpty()) {
                if (referenceData.searchOccupations(title).isEmpty()) {
                    result.rejectValue(
                            "title",
                            "occupation",
                            "No occupation matches this job title. Try a shorter or more common one, like care assistant");
                } else {
                    result.rejectValue("socCode", "required", "Select the occupation that fits this job");
                }
            }
        } else if (referenceData.occupationTitles(List.of(form.socCode())).isEmpty()) {
            result.rejectValue("socCode", "unknown", "Select the occupation that fits this job");
        }
        String postcode = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            postcode = Postcode.normalise(form.postcode()).orElse(null);
            if (postcode == null) {
                result.rejectValue("postcode", "format", "Enter a full UK postcode, like QQ1 2AB");
            }
        }
        BigDecimal min = hours(result, "minWeeklyHours", form.minWeeklyHours(), "the fewest hours a week");
        if (min == null && !result.hasFieldErrors("minWeeklyHours")) {
            result.rejectValue(
                    "minWeeklyHours", "required", "Enter the fewest hours a week, or 0 if none are guaranteed");
        }
        BigDecimal max = hours(result, "maxWeeklyHours", form.maxWeeklyHours(), "the most hours a week");
        if (min != null && max != null && max.compareTo(min) < 0) {
            result.rejectValue("maxWeeklyHours", "order", "Most hours a week must not be fewer than the fewest hours");
        }
        if (form.workingPattern() == null) {
            result.rejectValue("workingPattern", "required", "Select the working pattern");
        }
        if (form.contractType() == null) {
            result.rejectValue("contractType", "required", "Select the type of contract");
        }
        BigDecimal pay = null;
        PayPeriod period = null;
        if (form.payAmount() != null && !form.payAmount().isBlank()) {
            period = form.payPeriod();
            try {
                pay = new BigDecimal(form.payAmount().strip().replace("£", "").replace(",", "")).stripTrailingZeros();
                BigDecimal most = period == PayPeriod.YEAR ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(500);
                if (pay.signum() <= 0 || pay.compareTo(most) > 0 || pay.scale() > 2) {
                    result.rejectValue(
                            "payAmount", "range", "Enter the pay in pounds, like 13.45 an hour or 24000 a year");
                    pay = null;
                } else {
                    pay = pay.setScale(2, RoundingMode.UNNECESSARY);
                }
            } catch (NumberFormatException e) {
                result.rejectValue(
                        "payAmount", "number", "Enter the pay in pounds, like 13.45 an hour or 24000 a year");
            }
            if (period == null) {
                result.rejectValue(
                        "payPeriod", "required", "Select whether the pay is an hourly rate or a yearly salary");
            } else if (pay != null && period.hourly(pay, min, max).isEmpty() && min != null) {
                result.rejectValue(
                        "payAmount",
                        "hours",
                        "To show a yearly salary as an hourly rate, enter the hours a week above 0");
            }
        }
        LocalDate closing = null;
        if (!blank(form.closingDay()) || !blank(form.closingMonth()) || !blank(form.closingYear())) {
            DateInput.Result date = DateInput.date(
                    form.closingDay(), form.closingMonth(), form.closingYear(), "the closing date", "Closing date");
            if (!date.ok()) {
                result.rejectValue("closingDay", "date", date.problem());
            } else if (creating && date.date().isBefore(today())) {
                result.rejectValue("closingDay", "past", "Closing date must be today or in the future");
            } else {
                closing = date.date();
            }
        }
        if (form.workLocation() == null) {
            result.rejectValue("workLocation", "required", "Select where the work is done");
        }
        if (form.adjustmentsOffered() != null && form.adjustmentsOffered().length() > 2000) {
            result.rejectValue("adjustmentsOffered", "length", "Adjustments must be 2000 characters or fewer");
        }
        if (result.hasErrors()) {
            return null;
        }
        return new VacancyDetails(
                form.employerId(),
                title,
                form.socCode(),
                postcode,
                min,
                max,
                form.workingPattern(),
                form.days() == null ? Set.of() : form.days(),
                form.contractType(),
                pay,
                pay == null ? null : period,
                closing,
                form.workLocation(),
                form.adjustmentsOffered(),
                form.offered(VacancyForm.FLEXIBLE_FROM_DAY_ONE),
                form.offered(VacancyForm.RING_FENCED),
                form.offered(VacancyForm.GUARANTEED_INTERVIEW));
    }

    /**
     * The form page. When the officer asked to find occupations, the job title's matches become the
     * choices; the occupation already chosen stays a choice either way.
     */
    private String formPage(Model model, Vacancy existing, VacancyForm searched) {
        VacancyForm form = (VacancyForm) model.getAttribute("vacancyForm");
        List<Option> occupations = new ArrayList<>();
        String current = form == null ? null : form.socCode();
        if (current != null && !current.isBlank()) {
            referenceData
                    .occupationTitles(List.of(current))
                    .forEach((code, title) -> occupations.add(new Option(code, title + " (" + code + ")", null)));
        }
        boolean searchedForTitle = searched != null
                && searched.title() != null
                && !searched.title().isBlank();
        boolean needsChoice = form != null
                && (current == null || current.isBlank())
                && form.title() != null
                && !form.title().isBlank();
        if (searchedForTitle || needsChoice) {
            referenceData.searchOccupations(form.title()).stream()
                    .filter(o -> !o.code().equals(current))
                    .forEach(o -> occupations.add(new Option(
                            o.code(),
                            o.title() + " (" + o.code() + ")",
                            "Because of the job title " + o.matchedJobTitle())));
        }
        model.addAttribute("existing", existing);
        model.addAttribute("searched", searchedForTitle);
        model.addAttribute("occupationOptions", occupations);
        model.addAttribute("employerOptions", employerOptions(employers.names(organisation())));
        model.addAttribute(
                "patternOptions",
                Arrays.stream(WorkingPattern.values())
                        .map(p -> Option.of(p.name(), p.label()))
                        .toList());
        model.addAttribute(
                "dayOptions",
                Arrays.stream(DayOfWeek.values())
                        .map(d -> Option.of(d.name(), dayLabel(d)))
                        .toList());
        model.addAttribute(
                "contractOptions",
                Arrays.stream(ContractType.values())
                        .map(c -> c == ContractType.ZERO_HOURS
                                ? new Option(c.name(), c.label(), "Shown to keyworkers with a warning")
                                : Option.of(c.name(), c.label()))
                        .toList());
        model.addAttribute(
                "payPeriodOptions",
                Arrays.stream(PayPeriod.values())
                        .map(p -> Option.of(p.name(), p.label()))
                        .toList());
        model.addAttribute(
                "locationOptions",
                Arrays.stream(WorkLocation.values())
                        .map(l -> Option.of(l.name(), l.label()))
                        .toList());
        model.addAttribute(
                "offerOptions",
                List.of(
                        new Option(
                                VacancyForm.FLEXIBLE_FROM_DAY_ONE,
                                "Flexible working from day one",
                                "Not only after 26 weeks in the job"),
                        new Option(
                                VacancyForm.RING_FENCED,
                                "Ring-fenced for people we support",
                                "Only our participants can apply at first"),
                        new Option(
                                VacancyForm.GUARANTEED_INTERVIEW,
                                "Guaranteed interview",
                                "For anyone who meets the essential criteria")));
        return "vacancy/form";
    }

    private static List<Option> employerOptions(Map<UUID, String> names) {
        return names.entrySet().stream()
                .map(e -> Option.of(e.getKey().toString(), e.getValue()))
                .toList();
    }

    private static BigDecimal hours(BindingResult result, String field, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal hours = new BigDecimal(value.strip()).stripTrailingZeros();
            if (hours.signum() < 0 || hours.compareTo(MOST_HOURS) > 0 || hours.scale() > 1) {
                result.rejectValue(field, "range", "Enter " + what + " from 0 to 80, like 16 or 22.5");
                return null;
            }
            return hours.setScale(1, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", "Enter " + what + " as a number, like 16 or 22.5");
            return null;
        }
    }

    static String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static boolean canManage(SignedInUser user) {
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
