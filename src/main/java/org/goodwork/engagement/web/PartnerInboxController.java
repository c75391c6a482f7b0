package org.goodwork.engagement.web;

import java.util.UUID;
import org.goodwork.engagement.PartnerReferrals;
import org.goodwork.engagement.PartnerReferrals.Status;
import org.goodwork.security.CurrentActor;
import org.goodwork.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner worker's inbox: only referrals to their organisation, and only what was shared. */
@Controller
class PartnerInboxController {

    private final PartnerReferrals partnerReferrals;
    private final CurrentActor currentActor;

    PartnerInboxController(PartnerReferrals partnerReferrals, CurrentActor currentActor) {
        this.partnerReferrals = partnerReferrals;
        this.currentActor = currentActor;
    }

    @GetMapping("/partner-referrals")
    String inbox(Model model) {
        model.addAttribute("referrals", partnerReferrals.inbox(organisation()));
        return "engagement/inbox";
    }

    @GetMapping("/partner-referrals/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("shared", partnerReferrals.view(organisation(), id).orElseThrow(NotFoundException::new));
        return "engagement/inbox-referral";
    }

    @PostMapping("/partner-referrals/{id}/{decision}")
    String decide(
            @PathVariable UUID id,
            @PathVariable String decision,
            @RequestParam Long version,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        Status status = switch (decision) {
            case "accept" -> Status.ACCEPTED;
            case "decline" -> Status.DECLINED;
            case "complete" -> Status.COMPLETED;
            default -> throw new NotFoundException();
        };
        if (outcome != null && outcome.length() > 2000) {
            redirect.addFlashAttribute("outcomeError", "Outcome must be 2000 characters or fewer");
            return "redirect:/partner-referrals/" + id;
        }
        partnerReferrals.decide(organisation(), id, version == null ? -1 : version, status, outcome);
        redirect.addFlashAttribute(
                "success", "Referral " + status.label().toLowerCase() + ". The keyworker can see this");
        return "redirect:/partner-referrals/" + id;
    }

    private UUID organisation() {
        return currentActor.user().orElseThrow().organisationId();
    }
}
