package org.goodwork.employment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.employment.Employment;
import org.goodwork.employment.EmploymentOutcomes;
import org.goodwork.matching.MatchEngine;
import org.goodwork.matching.Matches;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.Option;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.JobQualityAnswers;
import org.goodwork.vacancy.JobQualityStandard;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's work: job starts, hours and pay over time, in-work support, and outcomes. */
@Controller
class EmploymentController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Employment employment;
    private final EmploymentOutcomes outcomes;
    private final Participants participants;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Vacancies vacancies;
    private final JobQualityStandard standard;
    private final Matches matches;

    EmploymentController(
            Employment employment,
            EmploymentOutcomes outcomes,
            Participants participants,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock,
            Vacancies vacancies,
            JobQualityStandard standard,
            Matches matches) {
        this.vacancies = vacancies;
        this.standard = standard;
        this.matches = matches;
        this.employment = employment;
        this.outcomes = outcomes;
        this.participants = participants;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record JobStartForm(
            @NotBlank(message = "Enter the employer's name, or their own business name if self-employed")
            @Size(max = 200, message = "The employer's name must be 200 characters or fewer")
            String employerName,

            @NotBlank(message = "Enter the job title")
            @Size(max = 200, message = "The job title must be 200 characters or fewer")
            String jobTitle,

            String socCode,
            String startDay,
            String startMonth,
            String startYear,
            String weeklyHours,
            String hourlyPay,
            String contractType,

            @Size(max = 2000, message = "How the job fits must be 2000 characters or fewer")
            String fitNotes) {}

    record TermsForm(
            String fromDay, String fromMonth, String fromYear, String weeklyHours, String hourlyPay, Long version) {}

    record EndForm(
            String endDay,
            String endMonth,
            String endYear,

            @Size(max = 500, message = "The reason must be 500 characters or fewer")
            String reason,

            Long version) {}

    record ProgressionForm(
            String kind,
            String onDay,
            String onMonth,
            String onYear,

            @NotBlank(message = "Enter what changed")
            @Size(max = 1000, message = "What changed must be 1000 characters or fewer")
            String description) {}

    record IssueForm(
            String about,
            String raisedDay,
            String raisedMonth,
            String raisedYear,

            @NotBlank(message = "Enter what the issue is")
            @Size(max = 2000, message = "The issue must be 2000 characters or fewer")
            String description) {}

    record EvidenceForm(
            String level,
            String seenDay,
            String seenMonth,
            String seenYear,

            @Size(max = 1000, message = "Notes must be 1000 characters or fewer")
            String notes) {}

    @GetMapping("/participants/{id}/work")
    String work(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        List<Employment.Spell> spells = employment.spells(scope(), id);
        LocalDate today = today();
        model.addAttribute("participant", participant);
        model.addAttribute("spells", spells);
        if (participant.casefile().programmeId() != null) {
            model.addAttribute(
                    "outcomes",
                    outcomes.statuses(
                            outcomes.rules(participant.casefile().programmeId()),
                            spells,
                            participant.startDate(),
                            today));
        } else {
            model.addAttribute("outcomes", List.of());
        }
        Map<UUID, List<Employment.Evidence>> evidence =
                employment.evidenceOf(spells.stream().map(Employment.Spell::id).toList());
        model.addAttribute("checksDue", outcomes.sustainmentChecksDue(spells, evidence, today));
        LocalDate lastCheckIn = outcomes.lastCheckIns(List.of(id)).get(id);
        model.addAttribute(
                "nextCheckIns",
                spells.stream()
                        .filter(Employment.Spell::ongoing)
                        .collect(java.util.stream.Collectors.toMap(
                                Employment.Spell::id, s -> EmploymentOutcomes.nextCheckIn(s, lastCheckIn))));
        model.addAttribute("today", today);
        return "employment/work";
    }

    /** A job start, blank or filled in from the vacancy an application led to. */
    @GetMapping("/participants/{id}/work/new")
    String newJob(
            @PathVariable UUID id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID vacancy,
            Model model) {
        LocalDate today = today();
        Vacancy from = vacancy == null ? null : vacancies.get(scope().organisationId(), vacancy);
        String jobTitle = from != null ? from.title() : title == null ? null : title.strip();
        model.addAttribute(
                "jobStartForm",
                new JobStartForm(
                        from == null ? null : from.employerName(),
                        jobTitle,
                        from == null ? null : from.socCode(),
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        from == null || from.maxWeeklyHours() == null
                                ? null
                                : from.maxWeeklyHours().stripTrailingZeros().toPlainString(),
                        from == null || from.hourlyPay() == null
                                ? null
                                : from.hourlyPay().toPlainString(),
                        from == null ? null : from.contractType().name(),
                        null));
        model.addAttribute("vacancyId", vacancy);
        return jobStartPage(id, jobTitle, model);
    }

    @GetMapping("/participants/{id}/work/{spellId}/job-quality")
    String jobQualityForm(@PathVariable UUID id, @PathVariable UUID spellId, Model model) {
        Employment.Spell spell = employment.spell(scope(), id, spellId);
        model.addAttribute(
                "jobQualityForm",
                JobQualityAnswers.of(
                        employment.jobQuality(scope(), id, spellId),
                        referenceData.jobQualityDimensions(),
                        spell.version()));
        return jobQualityPage(id, spell, model);
    }

    @PostMapping("/participants/{id}/work/{spellId}/job-quality")
    String assessJobQuality(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @ModelAttribute("jobQualityForm") JobQualityAnswers form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.Spell spell = employment.spell(scope(), id, spellId);
        JobQuality quality = form.read(referenceData.jobQualityDimensions(), result);
        if (result.hasErrors() || form.version() == null) {
            return jobQualityPage(id, spell, model);
        }
        employment.assessJobQuality(scope(), id, spellId, form.version(), quality);
        redirect.addFlashAttribute("success", "Job quality saved");
        return "redirect:/participants/" + id + "/work/" + spellId;
    }

    private String jobQualityPage(UUID id, Employment.Spell spell, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("spell", spell);
        model.addAttribute("dimensions", referenceData.jobQualityDimensions());
        model.addAttribute(
                "ratingOptions",
                Arrays.stream(JobQuality.Rating.values())
                        .map(r -> Option.of(r.name(), r.label()))
                        .toList());
        return "employment/job-quality";
    }

    @PostMapping("/participants/{id}/work/new")
    String startJob(
            @PathVariable UUID id,
            @Valid @ModelAttribute("jobStartForm") JobStartForm form,
            BindingResult result,
            @RequestParam(required = false) UUID vacancyId,
            Model model,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancyId == null ? null : vacancies.get(scope().organisationId(), vacancyId);
        Employment.ContractType contract = parse(Employment.ContractType.class, form.contractType());
        if (contract == null) {
            result.rejectValue("contractType", "required", "Select the kind of contract");
        }
        if (form.socCode() != null
                && !form.socCode().isBlank()
                && referenceData.occupationTitles(List.of(form.socCode())).isEmpty()) {
            result.rejectValue("socCode", "unknown", "Select an occupation from the list");
        }
        DateInput.Result start =
                DateInput.date(form.startDay(), form.startMonth(), form.startYear(), "the start date", "Start date");
        if (!start.ok()) {
            result.rejectValue("startDay", "date", start.problem());
        }
        BigDecimal hours = Amounts.hours(form.weeklyHours(), "weeklyHours", result);
        BigDecimal pay =
                Amounts.pay(form.hourlyPay(), "hourlyPay", contract == Employment.ContractType.SELF_EMPLOYED, result);
        if (result.hasErrors()) {
            model.addAttribute("vacancyId", vacancyId);
            return jobStartPage(id, form.jobTitle(), model);
        }
        UUID spell = employment.start(
                scope(),
                id,
                new Employment.JobStart(
                        vacancy == null ? null : vacancy.id(),
                        form.employerName(),
                        form.jobTitle(),
                        form.socCode() == null || form.socCode().isBlank() ? null : form.socCode(),
                        start.date(),
                        hours,
                        pay,
                        contract,
                        form.fitNotes()));
        redirect.addFlashAttribute("success", "Job start recorded. In-work check-ins are weekly for the first month");
        return "redirect:/participants/" + id + "/work/" + spell;
    }

    @GetMapping("/participants/{id}/work/{spellId}")
    String spell(@PathVariable UUID id, @PathVariable UUID spellId, Model model) {
        return spellPage(id, spellId, model);
    }

    @PostMapping("/participants/{id}/work/{spellId}/terms")
    String changeTerms(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @ModelAttribute("termsForm") TermsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.Spell spell = employment.spell(scope(), id, spellId);
        DateInput.Result from = DateInput.date(
                form.fromDay(), form.fromMonth(), form.fromYear(), "the date of the change", "Date of the change");
        if (!from.ok()) {
            result.rejectValue("fromDay", "date", from.problem());
        } else if (!from.date().isAfter(spell.startDate())
                || (spell.endDate() != null && from.date().isAfter(spell.endDate()))) {
            result.rejectValue("fromDay", "range", "The change must be after the job started and before it ended");
        } else if (spell.terms().stream().anyMatch(t -> t.from().equals(from.date()))) {
            result.rejectValue("fromDay", "duplicate", "There is already a change on that date");
        }
        BigDecimal hours = Amounts.hours(form.weeklyHours(), "weeklyHours", result);
        BigDecimal pay = Amounts.pay(
                form.hourlyPay(), "hourlyPay", spell.contractType() == Employment.ContractType.SELF_EMPLOYED, result);
        if (result.hasErrors() || form.version() == null) {
            return spellPage(id, spellId, model);
        }
        employment.changeTerms(scope(), id, spellId, form.version(), from.date(), hours, pay);
        redirect.addFlashAttribute("success", "Change in hours or pay recorded");
        return "redirect:/participants/" + id + "/work/" + spellId;
    }

    @PostMapping("/participants/{id}/work/{spellId}/end")
    String end(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @Valid @ModelAttribute("endForm") EndForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.Spell spell = employment.spell(scope(), id, spellId);
        DateInput.Result end = DateInput.pastDate(
                form.endDay(), form.endMonth(), form.endYear(), "the last day of work", "Last day of work", today());
        if (!end.ok()) {
            result.rejectValue("endDay", "date", end.problem());
        } else if (end.date().isBefore(spell.current().from())) {
            result.rejectValue("endDay", "range", "The last day must be on or after the latest change in hours or pay");
        }
        if (result.hasErrors() || form.version() == null) {
            return spellPage(id, spellId, model);
        }
        employment.end(scope(), id, spellId, form.version(), end.date(), form.reason());
        redirect.addFlashAttribute("success", "The end of the job is recorded");
        return "redirect:/participants/" + id + "/work/" + spellId;
    }

    @PostMapping("/participants/{id}/work/{spellId}/check-ins")
    String checkInInterval(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @RequestParam(required = false) String days,
            @RequestParam long version,
            RedirectAttributes redirect) {
        int interval;
        try {
            interval = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            interval = -1;
        }
        if (interval < 7 || interval > 91) {
            redirect.addFlashAttribute("problem", "Enter a number of days from 7 to 91");
            redirect.addFlashAttribute("problemAt", "days");
            return "redirect:/participants/" + id + "/work/" + spellId + "#check-ins";
        }
        employment.setCheckInInterval(scope(), id, spellId, version, interval);
        redirect.addFlashAttribute("success", "Check-in schedule saved");
        return "redirect:/participants/" + id + "/work/" + spellId;
    }

    @PostMapping("/participants/{id}/work/{spellId}/progression")
    String progression(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @Valid @ModelAttribute("progressionForm") ProgressionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.ProgressionKind kind = choice(
                Employment.ProgressionKind.class, form.kind(), "kind", "Select what kind of progression", result);
        LocalDate on = pastDay(form.onDay(), form.onMonth(), form.onYear(), "the date", "Date", "onDay", result);
        if (result.hasErrors()) {
            return spellPage(id, spellId, model);
        }
        employment.recordProgression(scope(), id, spellId, on, kind, form.description());
        return backToSpell(id, spellId, "Progression recorded", redirect);
    }

    @PostMapping("/participants/{id}/work/{spellId}/issues")
    String raiseIssue(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @Valid @ModelAttribute("issueForm") IssueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.IssueAbout about =
                choice(Employment.IssueAbout.class, form.about(), "about", "Select who the issue is about", result);
        LocalDate on = pastDay(
                form.raisedDay(),
                form.raisedMonth(),
                form.raisedYear(),
                "the date it was raised",
                "Date raised",
                "raisedDay",
                result);
        if (result.hasErrors()) {
            return spellPage(id, spellId, model);
        }
        employment.raiseIssue(scope(), id, spellId, on, about, form.description());
        return backToSpell(id, spellId, "Issue added to the log", redirect);
    }

    @PostMapping("/participants/{id}/work/{spellId}/issues/{issueId}/resolve")
    String resolveIssue(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @PathVariable UUID issueId,
            @RequestParam long version,
            @RequestParam(required = false) String resolution,
            RedirectAttributes redirect) {
        if (resolution != null && resolution.length() > 2000) {
            redirect.addFlashAttribute("problem", "How it was resolved must be 2000 characters or fewer");
            redirect.addFlashAttribute("problemAt", "resolution-" + issueId);
            return "redirect:/participants/" + id + "/work/" + spellId;
        }
        employment.resolveIssue(scope(), id, spellId, issueId, version, today(), resolution);
        return backToSpell(id, spellId, "Issue marked as resolved", redirect);
    }

    @PostMapping("/participants/{id}/work/{spellId}/evidence")
    String evidence(
            @PathVariable UUID id,
            @PathVariable UUID spellId,
            @Valid @ModelAttribute("evidenceForm") EvidenceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Employment.EvidenceLevel level =
                choice(Employment.EvidenceLevel.class, form.level(), "level", "Select what the evidence is", result);
        LocalDate on = pastDay(
                form.seenDay(),
                form.seenMonth(),
                form.seenYear(),
                "the date of the evidence",
                "Date of the evidence",
                "seenDay",
                result);
        if (result.hasErrors()) {
            return spellPage(id, spellId, model);
        }
        employment.recordEvidence(scope(), id, spellId, on, level, form.notes());
        return backToSpell(id, spellId, "Evidence recorded", redirect);
    }

    /** One of the enum's values, or an error beside the field. */
    private static <E extends Enum<E>> E choice(
            Class<E> type, String value, String field, String message, BindingResult result) {
        E chosen = parse(type, value);
        if (chosen == null) {
            result.rejectValue(field, "required", message);
        }
        return chosen;
    }

    /** A date today or earlier, or an error beside its day field. */
    private LocalDate pastDay(
            String day, String month, String year, String what, String subject, String field, BindingResult result) {
        DateInput.Result date = DateInput.pastDate(day, month, year, what, subject, today());
        if (!date.ok()) {
            result.rejectValue(field, "date", date.problem());
        }
        return date.ok() ? date.date() : null;
    }

    private static String backToSpell(UUID id, UUID spellId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/participants/" + id + "/work/" + spellId;
    }

    private String jobStartPage(UUID id, String title, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("title", title);
        model.addAttribute(
                "occupationOptions",
                title == null || title.isBlank()
                        ? List.of()
                        : referenceData.searchOccupations(title).stream()
                                .limit(8)
                                .map(o -> new Option(
                                        o.code(), o.title() + " (" + o.code() + ")", "Includes " + o.matchedJobTitle()))
                                .toList());
        model.addAttribute("contractOptions", options(Employment.ContractType.values()));
        return "employment/job-start";
    }

    private String spellPage(UUID id, UUID spellId, Model model) {
        Employment.Spell spell = employment.spell(scope(), id, spellId);
        LocalDate today = today();
        String d = String.valueOf(today.getDayOfMonth());
        String m = String.valueOf(today.getMonthValue());
        String y = String.valueOf(today.getYear());
        model.addAttribute("participant", participant(id));
        model.addAttribute("spell", spell);
        model.addAttribute(
                "occupation",
                spell.socCode() == null
                        ? null
                        : referenceData
                                .occupationTitles(List.of(spell.socCode()))
                                .get(spell.socCode()));
        JobQuality quality = employment.jobQuality(scope(), id, spellId);
        model.addAttribute("jobQuality", quality);
        model.addAttribute("dimensions", referenceData.jobQualityDimensions());
        model.addAttribute(
                "jobQualityWarnings",
                standard.warnings(
                        spell.current().hourlyPay(),
                        org.goodwork.vacancy.ContractType.valueOf(
                                spell.contractType().name())));
        model.addAttribute("fit", matches.fit(scope(), id, asJob(spell, quality)));
        model.addAttribute("progression", employment.progression(scope(), id, spellId));
        model.addAttribute("issues", employment.issues(scope(), id, spellId));
        model.addAttribute("evidence", employment.evidence(scope(), id, spellId));
        LocalDate lastCheckIn = outcomes.lastCheckIns(List.of(id)).get(id);
        model.addAttribute("nextCheckIn", spell.ongoing() ? EmploymentOutcomes.nextCheckIn(spell, lastCheckIn) : null);
        model.addAttribute("lastCheckIn", lastCheckIn);
        if (!model.containsAttribute("termsForm")) {
            model.addAttribute("termsForm", new TermsForm(null, null, null, null, null, spell.version()));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(null, null, null, null, spell.version()));
        }
        if (!model.containsAttribute("progressionForm")) {
            model.addAttribute("progressionForm", new ProgressionForm(null, d, m, y, null));
        }
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", new IssueForm(null, d, m, y, null));
        }
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new EvidenceForm(null, d, m, y, null));
        }
        model.addAttribute("progressionOptions", options(Employment.ProgressionKind.values()));
        model.addAttribute(
                "aboutOptions",
                Arrays.stream(Employment.IssueAbout.values())
                        .map(a -> Option.of(a.name(), a.label()))
                        .toList());
        model.addAttribute(
                "levelOptions",
                Arrays.stream(Employment.EvidenceLevel.values())
                        .map(l -> Option.of(l.name(), l.label()))
                        .toList());
        return "employment/spell";
    }

    /** The job as matching sees it, to say how it fits the person's preferences. */
    private static MatchEngine.Job asJob(Employment.Spell spell, JobQuality quality) {
        Employment.Terms terms = spell.current();
        return new MatchEngine.Job(
                spell.id(),
                spell.jobTitle(),
                spell.employerName(),
                spell.socCode(),
                terms.weeklyHours(),
                terms.weeklyHours(),
                java.util.Set.of(),
                spell.contractType().name(),
                spell.contractType().label(),
                terms.hourlyPay(),
                false,
                null,
                null,
                quality.band() == JobQuality.Band.NOT_ASSESSED ? null : quality.score(),
                quality.band().label(),
                false,
                false,
                false,
                false);
    }

    private static List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> Option.of(v.name(), label(v))).toList();
    }

    private static String label(Enum<?> value) {
        return switch (value) {
            case Employment.ContractType c -> c.label();
            case Employment.ProgressionKind k -> k.label();
            default -> value.name();
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private ParticipantRecord participant(UUID id) {
        return participants.view(scope(), id).orElseThrow(NotFoundException::new);
    }

    private ParticipantScope scope() {
        return currentActor.participantScope();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
