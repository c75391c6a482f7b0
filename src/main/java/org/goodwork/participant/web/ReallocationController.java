package org.goodwork.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.UserAccount;
import org.goodwork.security.UserAccounts;
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

/** Team leaders move a participant to another keyworker, with caseloads shown and a handover note. */
@Controller
class ReallocationController {

    private final Participants participants;
    private final Casework casework;
    private final UserAccounts userAccounts;
    private final Programmes programmes;
    private final CurrentActor currentActor;

    ReallocationController(
            Participants participants,
            Casework casework,
            UserAccounts userAccounts,
            Programmes programmes,
            CurrentActor currentActor) {
        this.participants = participants;
        this.casework = casework;
        this.userAccounts = userAccounts;
        this.programmes = programmes;
        this.currentActor = currentActor;
    }

    record ReallocationForm(
            String keyworker,

            @NotBlank(message = "Enter a handover note for the new keyworker")
            @Size(max = 2000, message = "Handover note must be 2000 characters or fewer")
            String handoverNote,

            Long version) {}

    @GetMapping("/participants/{id}/keyworker")
    String form(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        model.addAttribute("reallocationForm", new ReallocationForm(null, null, participant.version()));
        return page(participant, model);
    }

    @PostMapping("/participants/{id}/keyworker")
    String reallocate(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reallocationForm") ReallocationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        UserAccount keyworker = keyworkers().stream()
                .filter(k -> k.id().toString().equals(form.keyworker()))
                .findFirst()
                .orElse(null);
        if (keyworker == null) {
            result.rejectValue("keyworker", "required", "Select the new keyworker");
        } else if (keyworker.id().equals(participant.keyworkerId())) {
            result.rejectValue("keyworker", "same", "Select a different keyworker from the one they have now");
        }
        if (result.hasErrors()) {
            return page(participant, model);
        }
        casework.reallocate(
                currentActor.participantScope(),
                id,
                form.version() == null ? -1 : form.version(),
                keyworker.id(),
                keyworker.displayName(),
                form.handoverNote());
        redirect.addFlashAttribute(
                "success", participant.givenName() + " is now supported by " + keyworker.displayName());
        return "redirect:/participants/" + id;
    }

    private String page(ParticipantRecord participant, Model model) {
        int limit = programmes
                .find(participant.casefile().programmeId())
                .map(p -> p.settings().caseloadLimit())
                .orElse(20);
        Map<UUID, Long> caseloads = participants.caseloads(participant.organisationId()).stream()
                .filter(c -> c.keyworkerId() != null)
                .collect(Collectors.toMap(Participants.Caseload::keyworkerId, c -> c.active() + c.referred()));
        List<Option> options = keyworkers().stream()
                .map(k -> {
                    long caseload = caseloads.getOrDefault(k.id(), 0L);
                    return new Option(
                            k.id().toString(),
                            k.displayName(),
                            caseload + " of " + limit + " people"
                                    + (caseload >= limit ? ": at or over the programme's limit" : ""));
                })
                .toList();
        model.addAttribute("participant", participant);
        model.addAttribute("keyworkerOptions", options);
        return "participant/reallocate";
    }

    private List<UserAccount> keyworkers() {
        UUID organisation = currentActor.user().orElseThrow().organisationId();
        return userAccounts.list(organisation).stream()
                .filter(u -> u.active() && u.roles().contains(Role.KEYWORKER))
                .toList();
    }

    private ParticipantRecord participant(UUID id) {
        return participants.view(currentActor.participantScope(), id).orElseThrow(NotFoundException::new);
    }
}
