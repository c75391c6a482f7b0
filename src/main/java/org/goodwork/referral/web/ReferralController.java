package org.goodwork.referral.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.goodwork.engagement.Contacts;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;
import org.goodwork.programme.Programmes;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.referral.NewReferral;
import org.goodwork.referral.Referral;
import org.goodwork.referral.ReferralStatus;
import org.goodwork.referral.Referrals;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.security.UserAccounts;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
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

/** Staff referrals and triage: the provider's queue, eligibility, duplicates, accept or decline. */
@Controller
class ReferralController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Referrals referrals;
    private final Programmes programmes;
    private final Participants participants;
    private final UserAccounts userAccounts;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Contacts contacts;

    ReferralController(
            Referrals referrals,
            Programmes programmes,
            Participants participants,
            UserAccounts userAccounts,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock,
            Contacts contacts) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.programmes = programmes;
        this.participants = participants;
        this.userAccounts = userAccounts;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record QueueItem(Referral referral, long daysWaiting) {}

    /** A decided referral, and for an accepted one the days from referral to first contact, if there has been one. */
    record Decided(Referral referral, Long daysToFirstContact) {}

    private static Long daysToFirstContact(Referral referral, LocalDate firstContact) {
        return firstContact == null
                ? null
                : ChronoUnit.DAYS.between(referral.receivedAt().atZone(UK).toLocalDate(), firstContact);
    }

    /** Strings only, so a tampered value is reported as an error rather than losing the form. */
    record Decision(String keyworker, String overLimitReason, String declineReason, String handoverTo) {

        UUID keyworkerId() {
            try {
                return keyworker == null ? null : UUID.fromString(keyworker);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @GetMapping("/referrals")
    String queue(Model model) {
        UUID organisation = user().organisationId();
        LocalDate today = LocalDate.now(clock.withZone(UK));
        model.addAttribute(
                "waiting",
                referrals.queue(organisation).stream()
                        .map(r -> new QueueItem(
                                r,
                                Duration.between(r.receivedAt(), clock.instant())
                                        .toDays()))
                        .toList());
        List<Referral> decided = referrals.recentlyDecided(organisation, 10);
        Map<UUID, LocalDate> firstContacts = contacts.firstContacts(decided.stream()
                .map(Referral::participantId)
                .filter(Objects::nonNull)
                .toList());
        model.addAttribute(
                "decided",
                decided.stream()
                        .map(r -> new Decided(r, daysToFirstContact(r, firstContacts.get(r.participantId()))))
                        .toList());
        model.addAttribute("today", today);
        return "referral/queue";
    }

    @GetMapping("/referrals/new")
    String newReferral(@RequestParam(required = false) String programme, Model model) {
        model.addAttribute("referralForm", ReferralForm.blank(programme));
        return formPage(model);
    }

    @PostMapping("/referrals/new")
    String create(
            @Valid @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SignedInUser user = user();
        boolean delivered = form.programme() != null
                && programmes.forOrganisation(user.organisationId()).stream()
                        .anyMatch(p -> p.code().equals(form.programme()));
        if (form.programme() != null && !form.programme().isBlank() && !delivered) {
            result.rejectValue("programme", "unknown", "Select the programme");
        }
        if (form.source() != null
                && !form.source().isBlank()
                && !referenceData.labels(CodeList.REFERRAL_SOURCE).containsKey(form.source())) {
            result.rejectValue("source", "unknown", "Select where the referral comes from");
        }
        DateOfBirthForm dob = new DateOfBirthForm(form.dobDay(), form.dobMonth(), form.dobYear());
        dob.problem(LocalDate.now(clock.withZone(UK)))
                .ifPresent(problem ->
                        result.rejectValue("dobDay", "date", problem.message().replace("your date", "their date")));
        String postcode = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            postcode = Postcode.normalise(form.postcode()).orElse(null);
            if (postcode == null) {
                result.rejectValue("postcode", "format", "Enter a real postcode, like QQ1 2AB");
            }
        }
        if (blank(form.phone()) && blank(form.email())) {
            result.rejectValue("phone", "contact", "Enter a phone number or an email address so they can be contacted");
        }
        if (!Boolean.TRUE.equals(form.consentToContact())) {
            result.rejectValue("consentToContact", "consent", "Confirm the person has agreed to be contacted");
        }
        if (result.hasErrors()) {
            return formPage(model);
        }
        Referral referral = referrals.receive(new NewReferral(
                form.programme(),
                form.source(),
                form.referrerName(),
                form.reason(),
                form.givenName(),
                form.familyName(),
                dob.date(),
                postcode,
                form.phone(),
                form.email(),
                true,
                user.organisationId(),
                user.id()));
        redirect.addFlashAttribute("success", "Referral " + referral.reference() + " has been received");
        return "redirect:/referrals/" + referral.id();
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable UUID id, Model model) {
        Referral referral = own(id);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new Decision(null, null, null, null));
        }
        return detailPage(referral, model);
    }

    @PostMapping("/referrals/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam long version,
            @ModelAttribute("decision") Decision decision,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = own(id);
        if (decision.keyworkerId() == null) {
            result.rejectValue("keyworker", "required", "Select a keyworker");
            return detailPage(referral, model);
        }
        try {
            referrals.accept(id, version, decision.keyworkerId(), decision.overLimitReason());
        } catch (Referrals.OverCaseloadLimitException e) {
            result.rejectValue(
                    "keyworker",
                    "limit",
                    user().hasRole(Role.TEAM_LEADER)
                            ? "This keyworker's caseload is at the programme's limit. Give a reason to allocate over the limit"
                            : "This keyworker's caseload is at the programme's limit. Choose another keyworker, or ask a team leader");
            return detailPage(referral, model);
        } catch (IllegalArgumentException e) {
            result.rejectValue("keyworker", "unknown", "Select a keyworker");
            return detailPage(referral, model);
        }
        String name = userAccounts
                .find(decision.keyworkerId())
                .map(u -> u.displayName())
                .orElse("the keyworker");
        redirect.addFlashAttribute("success", referral.fullName() + " has been accepted and allocated to " + name);
        return "redirect:/referrals";
    }

    @PostMapping("/referrals/{id}/link")
    String link(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam UUID participant,
            RedirectAttributes redirect) {
        Referral referral = own(id);
        referrals.acceptAsExisting(id, version, participant);
        redirect.addFlashAttribute(
                "success", referral.fullName() + "'s referral has been linked to their existing record");
        return "redirect:/referrals";
    }

    @PostMapping("/referrals/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @RequestParam long version,
            @ModelAttribute("decision") Decision decision,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Referral referral = own(id);
        if (blank(decision.declineReason())) {
            result.rejectValue("declineReason", "required", "Enter why the referral is declined");
        } else if (decision.declineReason().length() > 2000) {
            result.rejectValue("declineReason", "length", "Reason must be 2000 characters or fewer");
        }
        if (decision.handoverTo() != null && decision.handoverTo().length() > 500) {
            result.rejectValue("handoverTo", "length", "Must be 500 characters or fewer");
        }
        if (result.hasErrors()) {
            return detailPage(referral, model);
        }
        referrals.decline(id, version, decision.declineReason(), decision.handoverTo());
        redirect.addFlashAttribute("success", referral.fullName() + "'s referral has been declined");
        return "redirect:/referrals";
    }

    private String detailPage(Referral referral, Model model) {
        SignedInUser user = user();
        Programme programme = programmes.find(referral.programmeId()).orElseThrow();
        model.addAttribute("referral", referral);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "eligibility",
                programme
                        .settings()
                        .eligibility()
                        .assess(
                                new Eligibility.Applicant(referral.dateOfBirth(), referral.postcode(), null, Set.of()),
                                LocalDate.now(clock.withZone(UK))));
        if (referral.status() == ReferralStatus.RECEIVED) {
            model.addAttribute(
                    "duplicates",
                    participants.possibleDuplicates(
                            user.organisationId(),
                            referral.givenName(),
                            referral.familyName(),
                            referral.dateOfBirth(),
                            referral.postcode()));
            int limit = programme.settings().caseloadLimit();
            model.addAttribute(
                    "keyworkerOptions",
                    userAccounts.list(user.organisationId()).stream()
                            .filter(u -> u.active() && u.roles().contains(Role.KEYWORKER))
                            .map(u -> {
                                long caseload = referrals.caseload(u.id(), user.organisationId());
                                String hint = caseload + " of " + limit + " people"
                                        + (caseload >= limit ? ": at the programme's limit" : "");
                                return new Option(u.id().toString(), u.displayName(), hint);
                            })
                            .toList());
        }
        model.addAttribute("teamLeader", user.hasRole(Role.TEAM_LEADER));
        return "referral/show";
    }

    private String formPage(Model model) {
        SignedInUser user = user();
        model.addAttribute(
                "programmeOptions",
                programmes.forOrganisation(user.organisationId()).stream()
                        .filter(p -> p.providerIds().contains(user.organisationId()))
                        .map(p -> Option.of(p.code(), p.name()))
                        .toList());
        model.addAttribute(
                "sourceOptions",
                referenceData.codes(CodeList.REFERRAL_SOURCE).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        return "referral/new";
    }

    private Referral own(UUID id) {
        return referrals
                .view(id, user().organisationId())
                .filter(r -> r.providerId().equals(user().organisationId()))
                .orElseThrow(NotFoundException::new);
    }

    private SignedInUser user() {
        return currentActor.user().orElseThrow();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
