package org.goodwork.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.plan.ActionOwner;
import org.goodwork.plan.ActionStatus;
import org.goodwork.plan.Plans;
import org.goodwork.plan.Theme;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.RecordAccessed;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.Option;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan, made with the participant and written in their words. */
@Controller
class PlanController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Plans plans;
    private final Participants participants;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanController(
            Plans plans,
            Participants participants,
            CurrentActor currentActor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.participants = participants;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    record GoalForm(
            String theme,

            @NotBlank(message = "Enter the goal, in their words")
            @Size(max = 1000, message = "Goal must be 1000 characters or fewer")
            String goal,

            @Size(max = 2000, message = "Barriers must be 2000 characters or fewer")
            String barriers) {}

    record ActionForm(
            String theme,

            @NotBlank(message = "Enter what will be done")
            @Size(max = 1000, message = "The action must be 1000 characters or fewer")
            String description,

            String owner,

            @Size(max = 200, message = "Partner's name must be 200 characters or fewer")
            String partnerName,

            String dueDay,
            String dueMonth,
            String dueYear,
            String status,
            Boolean agreed,
            Long version) {}

    record ThemePlan(Theme theme, List<Plans.Goal> goals, List<Plans.Action> actions) {}

    @GetMapping("/participants/{id}/plan")
    String plan(@PathVariable UUID id, Model model) {
        return planPage(id, model, "plan/plan");
    }

    /** A plain-language copy for the participant to keep. Printing is recorded like any other view. */
    @GetMapping("/participants/{id}/plan/print")
    String print(@PathVariable UUID id, Model model) {
        String page = planPage(id, model, "plan/print");
        events.publishEvent(new RecordAccessed(
                currentActor.asAuditActor(), RecordAccessed.Action.PRINT, Participants.SUBJECT_TYPE, id, "Plan"));
        return page;
    }

    @GetMapping("/participants/{id}/plan/goals/new")
    String newGoal(@PathVariable UUID id, Model model) {
        model.addAttribute("goalForm", new GoalForm(null, null, null));
        return withParticipant(id, model, "plan/goal-new");
    }

    @PostMapping("/participants/{id}/plan/goals/new")
    String addGoal(
            @PathVariable UUID id,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Theme theme = parse(Theme.class, form.theme());
        if (theme == null) {
            result.rejectValue("theme", "required", "Select which part of their life the goal is about");
        }
        if (result.hasErrors()) {
            return withParticipant(id, model, "plan/goal-new");
        }
        plans.addGoal(scope(), id, theme, form.goal(), form.barriers());
        redirect.addFlashAttribute("success", "Goal added to the plan");
        return "redirect:/participants/" + id + "/plan";
    }

    @GetMapping("/participants/{id}/plan/actions/new")
    String newAction(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "actionForm", new ActionForm(null, null, "PARTICIPANT", null, null, null, null, "TO_DO", true, null));
        model.addAttribute("existing", false);
        return withParticipant(id, model, "plan/action-form");
    }

    @PostMapping("/participants/{id}/plan/actions/new")
    String addAction(
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Plans.ActionChange change = change(form, result);
        if (result.hasErrors()) {
            model.addAttribute("existing", false);
            return withParticipant(id, model, "plan/action-form");
        }
        plans.addAction(scope(), id, change);
        redirect.addFlashAttribute("success", "Action added to the plan");
        return "redirect:/participants/" + id + "/plan";
    }

    @GetMapping("/participants/{id}/plan/actions/{actionId}")
    String editAction(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        Plans.Action action = plans.action(scope(), id, actionId).orElseThrow(NotFoundException::new);
        LocalDate due = action.dueDate();
        model.addAttribute(
                "actionForm",
                new ActionForm(
                        action.theme().name(),
                        action.description(),
                        action.owner().name(),
                        action.partnerName(),
                        due == null ? null : String.valueOf(due.getDayOfMonth()),
                        due == null ? null : String.valueOf(due.getMonthValue()),
                        due == null ? null : String.valueOf(due.getYear()),
                        action.status().name(),
                        action.agreed(),
                        action.version()));
        model.addAttribute("existing", true);
        model.addAttribute("actionId", actionId);
        return withParticipant(id, model, "plan/action-form");
    }

    @PostMapping("/participants/{id}/plan/actions/{actionId}")
    String changeAction(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        plans.action(scope(), id, actionId).orElseThrow(NotFoundException::new);
        Plans.ActionChange change = change(form, result);
        if (result.hasErrors()) {
            model.addAttribute("existing", true);
            model.addAttribute("actionId", actionId);
            return withParticipant(id, model, "plan/action-form");
        }
        plans.changeAction(scope(), id, actionId, form.version() == null ? -1 : form.version(), change);
        redirect.addFlashAttribute("success", "Action saved");
        return "redirect:/participants/" + id + "/plan";
    }

    private Plans.ActionChange change(ActionForm form, BindingResult result) {
        Theme theme = parse(Theme.class, form.theme());
        ActionOwner owner = parse(ActionOwner.class, form.owner());
        ActionStatus status = parse(ActionStatus.class, form.status());
        if (theme == null) {
            result.rejectValue("theme", "required", "Select which part of their life the action is about");
        }
        if (owner == null) {
            result.rejectValue("owner", "required", "Select who will do it");
        } else if (owner == ActionOwner.PARTNER
                && (form.partnerName() == null || form.partnerName().isBlank())) {
            result.rejectValue("partnerName", "required", "Enter the partner service that will do it");
        }
        if (status == null) {
            result.rejectValue("status", "required", "Select how it is going");
        }
        LocalDate due = null;
        boolean anyDue = !blank(form.dueDay()) || !blank(form.dueMonth()) || !blank(form.dueYear());
        if (anyDue) {
            DateInput.Result date =
                    DateInput.date(form.dueDay(), form.dueMonth(), form.dueYear(), "the date it is due", "Due date");
            if (date.ok()) {
                due = date.date();
            } else {
                result.rejectValue("dueDay", "date", date.problem());
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new Plans.ActionChange(
                theme, form.description(), owner, form.partnerName(), due, status, Boolean.TRUE.equals(form.agreed()));
    }

    private String planPage(UUID id, Model model, String template) {
        ParticipantScope scope = scope();
        List<Plans.Goal> goals = plans.goals(scope, id);
        List<Plans.Action> actions = plans.actions(scope, id);
        model.addAttribute(
                "themes",
                Arrays.stream(Theme.values())
                        .map(t -> new ThemePlan(
                                t,
                                goals.stream().filter(g -> g.theme() == t).toList(),
                                actions.stream().filter(a -> a.theme() == t).toList()))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(UK)));
        return withParticipant(id, model, template);
    }

    private String withParticipant(UUID id, Model model, String template) {
        ParticipantRecord participant = participants.view(scope(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("participant", participant);
        model.addAttribute("themeOptions", options(Theme.values()));
        model.addAttribute(
                "ownerOptions",
                Arrays.stream(ActionOwner.values())
                        .map(o -> Option.of(o.name(), o.label()))
                        .toList());
        model.addAttribute(
                "statusOptions",
                Arrays.stream(ActionStatus.values())
                        .map(s -> Option.of(s.name(), s.label()))
                        .toList());
        return template;
    }

    private static List<Option> options(Theme[] themes) {
        return Arrays.stream(themes).map(t -> Option.of(t.name(), t.label())).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private ParticipantScope scope() {
        return currentActor.participantScope();
    }
}
