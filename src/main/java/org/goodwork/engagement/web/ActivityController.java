package org.goodwork.engagement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.goodwork.engagement.Activities;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Keyworkers record the courses and activities a participant takes part in, and when they finish. */
@Controller
class ActivityController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<Option> AGREED_OPTIONS = List.of(
            new Option("yes", "Yes", "It is in their plan, agreed with them"),
            new Option("no", "No", "For example, something they found for themselves"));

    private final Activities activities;
    private final Participants participants;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;

    ActivityController(
            Activities activities,
            Participants participants,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock) {
        this.activities = activities;
        this.participants = participants;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record ActivityForm(
            String type,

            @NotBlank(message = "Enter what the activity is")
            @Size(max = 500, message = "What the activity is must be 500 characters or fewer")
            String description,

            @Size(max = 200, message = "Who runs it must be 200 characters or fewer")
            String provider,

            String startDay,
            String startMonth,
            String startYear,
            String hours,
            String agreed) {}

    record CompletionForm(String completedDay, String completedMonth, String completedYear, Long version) {}

    @GetMapping("/participants/{id}/activities")
    String activities(@PathVariable UUID id, Model model) {
        LocalDate today = today();
        model.addAttribute(
                "activityForm",
                new ActivityForm(
                        null,
                        null,
                        null,
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        null,
                        null));
        return activitiesPage(id, model);
    }

    @PostMapping("/participants/{id}/activities")
    String record(
            @PathVariable UUID id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.type() == null
                || !referenceData.labels(CodeList.INTERVENTION_TYPE).containsKey(form.type())) {
            result.rejectValue("type", "required", "Select the kind of activity");
        }
        DateInput.Result start =
                DateInput.date(form.startDay(), form.startMonth(), form.startYear(), "the start date", "Start date");
        if (!start.ok()) {
            result.rejectValue("startDay", "date", start.problem());
        }
        BigDecimal hours = FormValues.amount(
                form.hours(),
                new BigDecimal("0.5"),
                new BigDecimal("2000"),
                1,
                "hours",
                "Enter the number of hours, from 0.5 to 2000, like 12 or 7.5",
                result);
        if (!"yes".equals(form.agreed()) && !"no".equals(form.agreed())) {
            result.rejectValue("agreed", "required", "Select whether it was agreed with them as part of their plan");
        }
        if (!result.hasErrors()) {
            try {
                activities.record(
                        scope(),
                        id,
                        new Activities.NewActivity(
                                form.type(),
                                form.description(),
                                form.provider(),
                                start.date(),
                                hours,
                                "yes".equals(form.agreed())));
                redirect.addFlashAttribute("success", "Activity recorded");
                return "redirect:/participants/" + id + "/activities";
            } catch (Activities.HoursNeededException e) {
                result.rejectValue("hours", "required", "Enter how many hours the course lasts");
            }
        }
        return activitiesPage(id, model);
    }

    @GetMapping("/participants/{id}/activities/{activityId}/complete")
    String completion(@PathVariable UUID id, @PathVariable UUID activityId, Model model) {
        Activities.Activity activity = activities.find(scope(), id, activityId);
        if (activity.completed()) {
            return "redirect:/participants/" + id + "/activities";
        }
        LocalDate today = today();
        model.addAttribute(
                "completionForm",
                new CompletionForm(
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        activity.version()));
        return completionPage(id, activity, model);
    }

    @PostMapping("/participants/{id}/activities/{activityId}/complete")
    String complete(
            @PathVariable UUID id,
            @PathVariable UUID activityId,
            @ModelAttribute("completionForm") CompletionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Activities.Activity activity = activities.find(scope(), id, activityId);
        DateInput.Result on = DateInput.pastDate(
                form.completedDay(),
                form.completedMonth(),
                form.completedYear(),
                "the date they finished",
                "Date they finished",
                today());
        if (!on.ok()) {
            result.rejectValue("completedDay", "date", on.problem());
        } else if (on.date().isBefore(activity.startDate())) {
            result.rejectValue("completedDay", "before", "The date they finished must be on or after the start date");
        }
        if (result.hasErrors() || form.version() == null) {
            return completionPage(id, activity, model);
        }
        activities.complete(scope(), id, activityId, form.version(), on.date());
        redirect.addFlashAttribute("success", "Marked as completed");
        return "redirect:/participants/" + id + "/activities";
    }

    private String activitiesPage(UUID id, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("activities", activities.list(scope(), id));
        model.addAttribute(
                "typeOptions",
                referenceData.codes(CodeList.INTERVENTION_TYPE).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        model.addAttribute("agreedOptions", AGREED_OPTIONS);
        return "engagement/activities";
    }

    private String completionPage(UUID id, Activities.Activity activity, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("activity", activity);
        return "engagement/activity-complete";
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
