package org.goodwork.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.employment.EmploymentOutcomes;
import org.goodwork.engagement.Appointments;
import org.goodwork.engagement.Contacts;
import org.goodwork.engagement.PartnerReferrals;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programmes;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CurrentActor currentActor;
    private final Participants participants;
    private final Directory directory;
    private final Contacts contacts;
    private final PartnerReferrals partnerReferrals;
    private final Appointments appointments;
    private final Programmes programmes;
    private final Clock clock;

    private final EmploymentOutcomes employmentOutcomes;

    HomeController(
            CurrentActor currentActor,
            Participants participants,
            Directory directory,
            Contacts contacts,
            PartnerReferrals partnerReferrals,
            Appointments appointments,
            Programmes programmes,
            EmploymentOutcomes employmentOutcomes,
            Clock clock) {
        this.programmes = programmes;
        this.employmentOutcomes = employmentOutcomes;
        this.appointments = appointments;
        this.clock = clock;
        this.contacts = contacts;
        this.partnerReferrals = partnerReferrals;
        this.currentActor = currentActor;
        this.participants = participants;
        this.directory = directory;
    }

    public record ProviderCount(String name, long people) {}

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = currentActor.user().orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().map(Role::label).toList());
        if (user.hasRole(Role.KEYWORKER) || user.hasRole(Role.TEAM_LEADER)) {
            model.addAttribute(
                    "caseloadSize",
                    participants
                            .search(currentActor.participantScope(), null, 1, 1)
                            .total());
        }
        if (user.hasRole(Role.KEYWORKER) || user.hasRole(Role.TEAM_LEADER)) {
            List<Contacts.Prompt> prompts = contacts.prompts(currentActor.participantScope());
            model.addAttribute("prompts", prompts.stream().limit(10).toList());
            model.addAttribute("promptCount", prompts.size());
            LocalDate today = LocalDate.now(clock.withZone(Appointments.UK));
            model.addAttribute("todaysAppointments", appointments.diary(user.id(), today, today));
            List<EmploymentOutcomes.WorkPrompt> workPrompts =
                    employmentOutcomes.prompts(currentActor.participantScope(), today);
            model.addAttribute("workPrompts", workPrompts.stream().limit(10).toList());
            model.addAttribute("workPromptCount", workPrompts.size());
        }
        if (user.hasRole(Role.PARTNER_WORKER)) {
            model.addAttribute(
                    "newPartnerReferrals",
                    partnerReferrals.inbox(user.organisationId()).stream()
                            .filter(r -> r.status() == PartnerReferrals.Status.SENT)
                            .count());
        }
        if (user.hasRole(Role.TEAM_LEADER)) {
            model.addAttribute("caseloads", participants.caseloads(user.organisationId()));
            // The tightest limit of the programmes the organisation delivers: the one a keyworker must stay within.
            programmes.forOrganisation(user.organisationId()).stream()
                    .filter(p -> p.providerIds().contains(user.organisationId()))
                    .mapToInt(p -> p.settings().caseloadLimit())
                    .min()
                    .ifPresent(limit -> model.addAttribute("caseloadLimit", limit));
        }
        if (user.hasRole(Role.COMMISSIONER)) {
            Map<UUID, Long> counts = participants.countsByOrganisation();
            model.addAttribute(
                    "providerCounts",
                    directory.organisations().stream()
                            .filter(o -> o.type() == OrganisationType.PROVIDER)
                            .map(o -> new ProviderCount(o.name(), counts.getOrDefault(o.id(), 0L)))
                            .toList());
        }
        return "home";
    }
}
