package org.goodwork.participant.web;

import java.util.UUID;
import org.goodwork.geography.Geography;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ParticipantController {

    private static final int PAGE_SIZE = 25;

    private final Participants participants;
    private final CurrentActor currentActor;

    private final Geography geography;

    ParticipantController(Participants participants, CurrentActor currentActor, Geography geography) {
        this.participants = participants;
        this.currentActor = currentActor;
        this.geography = geography;
    }

    @GetMapping("/participants")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", participants.search(currentActor.participantScope(), q, page, PAGE_SIZE));
        model.addAttribute(
                "ownCaseload",
                currentActor.user().map(u -> !u.hasRole(Role.TEAM_LEADER)).orElse(true));
        return "participant/list";
    }

    @GetMapping("/participants/{id}")
    String show(@PathVariable UUID id, Model model) {
        ParticipantRecord participant =
                participants.view(currentActor.participantScope(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("participant", participant);
        // The area's deprivation decides the "10% most deprived areas" priority cohort.
        model.addAttribute(
                "place",
                participant.postcode() == null
                        ? null
                        : geography.locate(participant.postcode()).orElse(null));
        model.addAttribute(
                "teamLeader",
                currentActor.user().map(u -> u.hasRole(Role.TEAM_LEADER)).orElse(false));
        return "participant/record";
    }
}
