package org.goodwork.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.goodwork.assessment.ProgressReviews;
import org.goodwork.engagement.Contacts;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.ParticipantSummary;
import org.goodwork.participant.Participants;
import org.goodwork.plan.ActionStatus;
import org.goodwork.plan.Plans;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Everyone supported in one household, side by side: where each person is, their last contact,
 * their agreed actions done and their progress. Members outside the user's caseload are counted,
 * not shown.
 */
@Controller
class HouseholdController {

    private final Participants participants;
    private final Contacts contacts;
    private final Plans plans;
    private final ProgressReviews progress;
    private final CurrentActor currentActor;

    HouseholdController(
            Participants participants,
            Contacts contacts,
            Plans plans,
            ProgressReviews progress,
            CurrentActor currentActor) {
        this.participants = participants;
        this.contacts = contacts;
        this.plans = plans;
        this.progress = progress;
        this.currentActor = currentActor;
    }

    record Member(
            ParticipantSummary person,
            LocalDate lastContact,
            long actionsDone,
            long actionsAgreed,
            Integer progressGain) {}

    @GetMapping("/participants/{id}/household")
    String household(@PathVariable UUID id, Model model) {
        ParticipantScope scope = currentActor.participantScope();
        ParticipantRecord participant = participants.view(scope, id).orElseThrow(NotFoundException::new);
        List<ParticipantSummary> everyone = new ArrayList<>();
        everyone.add(new ParticipantSummary(
                participant.id(),
                participant.reference(),
                participant.givenName(),
                participant.familyName(),
                participant.dateOfBirth(),
                participant.postcode(),
                participant.status(),
                participant.keyworkerName()));
        everyone.addAll(participant.householdMembers());
        List<Member> visible = new ArrayList<>();
        int hidden = 0;
        for (ParticipantSummary person : everyone) {
            if (participants.view(scope, person.id()).isEmpty()) {
                hidden++;
                continue;
            }
            var actions = plans.actions(scope, person.id());
            var reviews = progress.reviews(scope, person.id());
            Integer gain = reviews.size() < 2
                    ? null
                    : progress
                            .changes(
                                    reviews,
                                    progress.instrument(participant.casefile().programmeId()))
                            .stream()
                            .filter(c -> c.gain() != null)
                            .mapToInt(ProgressReviews.Change::gain)
                            .sum();
            visible.add(new Member(
                    person,
                    contacts.list(scope, person.id()).stream()
                            .findFirst()
                            .map(Contacts.Contact::date)
                            .orElse(null),
                    actions.stream()
                            .filter(a -> a.agreed() && a.status() == ActionStatus.DONE)
                            .count(),
                    actions.stream().filter(Plans.Action::agreed).count(),
                    gain));
        }
        model.addAttribute("participant", participant);
        model.addAttribute("members", visible);
        model.addAttribute("hidden", hidden);
        return "participant/household";
    }
}
