package org.goodwork.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.goodwork.participant.JobPreferences;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
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

/** Job preferences and constraints, and occupations found by the job titles people know. */
@Controller
class JobPreferencesController {

    private static final Map<String, String> DAY_LABELS = Map.of(
            "MON",
            "Monday",
            "TUE",
            "Tuesday",
            "WED",
            "Wednesday",
            "THU",
            "Thursday",
            "FRI",
            "Friday",
            "SAT",
            "Saturday",
            "SUN",
            "Sunday");
    private static final Map<String, String> CONTRACT_LABELS = Map.of(
            "PERMANENT",
            "Permanent",
            "FIXED_TERM",
            "Fixed term",
            "TEMPORARY",
            "Temporary",
            "ZERO_HOURS",
            "Zero hours",
            "APPRENTICESHIP",
            "Apprenticeship",
            "SELF_EMPLOYED",
            "Self-employed");
    private static final Map<String, String> DISCLOSURE_LABELS = Map.of(
            "OPEN", "Happy for employers to know about their health condition or disability",
            "WHEN_NEEDED", "Only when it is needed, for example to ask for an adjustment",
            "NOT_TO_DISCLOSE", "Does not want employers to be told",
            "NOT_APPLICABLE", "Does not apply to them");

    private final JobPreferences preferences;
    private final Participants participants;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    JobPreferencesController(
            JobPreferences preferences,
            Participants participants,
            ReferenceData referenceData,
            CurrentActor currentActor) {
        this.preferences = preferences;
        this.participants = participants;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    record PreferencesForm(
            String minWeeklyHours,
            String maxWeeklyHours,
            Set<String> days,

            @Size(max = 500, message = "Times must be 500 characters or fewer")
            String times,

            String maxTravelMinutes,
            String payFloorHourly,
            Set<String> contractTypes,

            @Size(max = 2000, message = "Flexibility must be 2000 characters or fewer")
            String flexibility,

            @Size(max = 2000, message = "Adjustments must be 2000 characters or fewer")
            String adjustments,

            String disclosure,
            Long version) {}

    @GetMapping("/participants/{id}/preferences")
    String show(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        JobPreferences.Preferences p = preferences.preferences(scope(), id);
        model.addAttribute(
                "preferencesForm",
                new PreferencesForm(
                        text(p.minWeeklyHours()),
                        text(p.maxWeeklyHours()),
                        p.days(),
                        p.times(),
                        p.maxTravelMinutes() == null
                                ? null
                                : p.maxTravelMinutes().toString(),
                        text(p.payFloorHourly()),
                        p.contractTypes(),
                        p.flexibility(),
                        p.adjustments(),
                        p.disclosure(),
                        p.version()));
        model.addAttribute("q", q);
        model.addAttribute("results", referenceData.searchOccupations(q));
        return page(id, model);
    }

    @PostMapping("/participants/{id}/preferences")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("preferencesForm") PreferencesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        BigDecimal min = number(
                result, "minWeeklyHours", form.minWeeklyHours(), 80, 1, "Enter hours a week from 0 to 80, like 16");
        BigDecimal max = number(
                result, "maxWeeklyHours", form.maxWeeklyHours(), 80, 1, "Enter hours a week from 0 to 80, like 30");
        if (min != null && max != null && min.compareTo(max) > 0) {
            result.rejectValue("maxWeeklyHours", "order", "Most hours must not be fewer than the fewest hours");
        }
        BigDecimal travel = number(
                result, "maxTravelMinutes", form.maxTravelMinutes(), 240, 0, "Enter minutes from 0 to 240, like 45");
        BigDecimal pay =
                number(result, "payFloorHourly", form.payFloorHourly(), 999, 2, "Enter pounds an hour, like 12.60");
        Set<String> days = form.days() == null ? Set.of() : form.days();
        Set<String> contracts = form.contractTypes() == null ? Set.of() : form.contractTypes();
        if (!JobPreferences.DAYS.containsAll(days)) {
            result.rejectValue("days", "unknown", "Select days from the list");
        }
        if (!JobPreferences.CONTRACT_TYPES.containsAll(contracts)) {
            result.rejectValue("contractTypes", "unknown", "Select contract types from the list");
        }
        if (form.disclosure() != null
                && !form.disclosure().isBlank()
                && !JobPreferences.DISCLOSURE.contains(form.disclosure())) {
            result.rejectValue("disclosure", "unknown", "Select how they want to disclose a health condition");
        }
        if (result.hasErrors()) {
            model.addAttribute("results", List.of());
            return page(id, model);
        }
        preferences.save(
                scope(),
                id,
                new JobPreferences.Preferences(
                        min,
                        max,
                        days,
                        form.times(),
                        travel == null ? null : travel.intValue(),
                        pay,
                        contracts,
                        form.flexibility(),
                        form.adjustments(),
                        form.disclosure(),
                        form.version()));
        redirect.addFlashAttribute("success", "Job preferences saved");
        return "redirect:/participants/" + id + "/preferences";
    }

    @PostMapping("/participants/{id}/preferences/occupations")
    String addOccupation(@PathVariable UUID id, @RequestParam String code, RedirectAttributes redirect) {
        try {
            preferences.addOccupation(scope(), id, code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("success", "Occupation added");
        return "redirect:/participants/" + id + "/preferences";
    }

    @PostMapping("/participants/{id}/preferences/occupations/remove")
    String removeOccupation(@PathVariable UUID id, @RequestParam String code, RedirectAttributes redirect) {
        preferences.removeOccupation(scope(), id, code);
        redirect.addFlashAttribute("success", "Occupation removed");
        return "redirect:/participants/" + id + "/preferences";
    }

    private String page(UUID id, Model model) {
        model.addAttribute("participant", participants.view(scope(), id).orElseThrow(NotFoundException::new));
        model.addAttribute("occupations", preferences.occupations(scope(), id));
        model.addAttribute(
                "dayOptions",
                JobPreferences.DAYS.stream()
                        .map(d -> Option.of(d, DAY_LABELS.get(d)))
                        .toList());
        model.addAttribute(
                "contractOptions",
                JobPreferences.CONTRACT_TYPES.stream()
                        .map(c -> Option.of(c, CONTRACT_LABELS.get(c)))
                        .toList());
        model.addAttribute(
                "disclosureOptions",
                JobPreferences.DISCLOSURE.stream()
                        .map(d -> Option.of(d, DISCLOSURE_LABELS.get(d)))
                        .toList());
        return "participant/preferences";
    }

    private static BigDecimal number(
            BindingResult result, String field, String value, int max, int decimals, String message) {
        return FormValues.amount(value, BigDecimal.ZERO, BigDecimal.valueOf(max), decimals, field, message, result);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private ParticipantScope scope() {
        return currentActor.participantScope();
    }
}
