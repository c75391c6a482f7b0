package org.goodwork.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goodwork.directory.ServiceDirectory;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.plan.MovingOn;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moving-on plan: tapering support, warm handovers to other provision, and a check-in afterwards. */
@Controller
class MovingOnController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final MovingOn movingOn;
    private final Participants participants;
    private final Casework casework;
    private final ServiceDirectory serviceDirectory;
    private final CurrentActor currentActor;
    private final Clock clock;

    MovingOnController(
            MovingOn movingOn,
            Participants participants,
            Casework casework,
            ServiceDirectory serviceDirectory,
            CurrentActor currentActor,
            Clock clock) {
        this.movingOn = movingOn;
        this.participants = participants;
        this.casework = casework;
        this.serviceDirectory = serviceDirectory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record StepForm(
            String kind,
            String plannedDay,
            String plannedMonth,
            String plannedYear,

            @NotBlank(message = "Enter what will happen")
            @Size(max = 1000, message = "What will happen must be 1000 characters or fewer")
            String description,

            String service,

            @Size(max = 200, message = "The name of the other support must be 200 characters or fewer")
            String provision,

            String consent) {}

    @GetMapping("/participants/{id}/moving-on")
    String plan(@PathVariable UUID id, Model model) {
        model.addAttribute("stepForm", new StepForm(null, null, null, null, null, null, null, null));
        return page(id, model);
    }

    @PostMapping("/participants/{id}/moving-on")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MovingOn.Kind kind = Arrays.stream(MovingOn.Kind.values())
                .filter(k -> k.name().equals(form.kind()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            result.rejectValue("kind", "required", "Select what kind of step this is");
        }
        DateInput.Result planned = DateInput.date(
                form.plannedDay(), form.plannedMonth(), form.plannedYear(), "the date", "Date of the step");
        if (!planned.ok()) {
            result.rejectValue("plannedDay", "date", planned.problem());
        }
        Optional<ServiceDirectory.PartnerService> service = Optional.empty();
        UUID consent = FormValues.uuid(form.consent());
        if (kind == MovingOn.Kind.INTRODUCTION) {
            UUID serviceId = FormValues.uuid(form.service());
            service = serviceDirectory.search(null).stream()
                    .filter(s -> s.id().equals(serviceId))
                    .findFirst();
            boolean namedOther = form.provision() != null && !form.provision().isBlank();
            if (service.isEmpty() && !namedOther) {
                result.rejectValue(
                        "service", "required", "Select a service from the directory, or name the other support");
            }
            if (consent == null) {
                result.rejectValue("consent", "required", "Select the consent that lets you introduce them");
            }
        }
        if (!result.hasErrors()) {
            String provision =
                    service.map(s -> s.organisationName() + ": " + s.name()).orElse(form.provision());
            try {
                movingOn.add(
                        scope(),
                        id,
                        new MovingOn.NewStep(
                                kind,
                                planned.date(),
                                form.description(),
                                service.map(ServiceDirectory.PartnerService::id).orElse(null),
                                provision,
                                consent));
                redirect.addFlashAttribute("success", "Step added to their moving-on plan");
                return "redirect:/participants/" + id + "/moving-on";
            } catch (MovingOn.ConsentNeededException e) {
                result.rejectValue("consent", "withdrawn", "Select consent that still stands");
            }
        }
        return page(id, model);
    }

    @PostMapping("/participants/{id}/moving-on/{stepId}/done")
    String done(
            @PathVariable UUID id, @PathVariable UUID stepId, @RequestParam long version, RedirectAttributes redirect) {
        movingOn.markDone(scope(), id, stepId, version, LocalDate.now(clock.withZone(UK)));
        redirect.addFlashAttribute("success", "Step marked as done");
        return "redirect:/participants/" + id + "/moving-on";
    }

    private String page(UUID id, Model model) {
        ParticipantRecord participant = participants.view(scope(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("participant", participant);
        model.addAttribute("steps", movingOn.steps(scope(), id));
        model.addAttribute("today", LocalDate.now(clock.withZone(UK)));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(MovingOn.Kind.values())
                        .map(k -> new Option(k.name(), k.label(), k.hint()))
                        .toList());
        model.addAttribute(
                "serviceOptions",
                serviceDirectory.search(null).stream()
                        .map(s -> Option.of(s.id().toString(), s.organisationName() + ": " + s.name()))
                        .toList());
        List<Option> consents = casework.consents(scope(), id).stream()
                .filter(Casework.Consent::active)
                .map(c -> Option.of(c.id().toString(), c.sharedWith() + ": " + c.purpose()))
                .toList();
        model.addAttribute("consentOptions", consents);
        return "plan/moving-on";
    }

    private ParticipantScope scope() {
        return currentActor.participantScope();
    }
}
