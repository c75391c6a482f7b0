package org.goodwork.audit.web;

import java.util.UUID;
import org.goodwork.audit.AccessLog;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Team leaders can see who has looked at or changed a participant's record in their organisation. */
@Controller
class RecordAccessController {

    private final AccessLog accessLog;
    private final Participants participants;
    private final CurrentActor currentActor;

    RecordAccessController(AccessLog accessLog, Participants participants, CurrentActor currentActor) {
        this.accessLog = accessLog;
        this.participants = participants;
        this.currentActor = currentActor;
    }

    @GetMapping("/participants/{id}/access")
    String access(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "participant",
                participants.view(currentActor.participantScope(), id).orElseThrow(NotFoundException::new));
        model.addAttribute("entries", accessLog.search(id, null, 500));
        return "audit/record-access";
    }
}
