package org.goodwork.engagement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.directory.Directory;
import org.goodwork.directory.OrganisationType;
import org.goodwork.engagement.Contacts;
import org.goodwork.engagement.PartnerReferrals;
import org.goodwork.participant.Casework;
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

/** Keyworkers record contacts and refer participants to partner services with their consent. */
@Controller
class EngagementController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Contacts contacts;
    private final PartnerReferrals partnerReferrals;
    private final Participants participants;
    private final Casework casework;
    private final Directory directory;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;

    EngagementController(
            Contacts contacts,
            PartnerReferrals partnerReferrals,
            Participants participants,
            Casework casework,
            Directory directory,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock) {
        this.contacts = contacts;
        this.partnerReferrals = partnerReferrals;
        this.participants = participants;
        this.casework = casework;
        this.directory = directory;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record ContactForm(
            String type,
            String dateDay,
            String dateMonth,
            String dateYear,
            String duration,

            @Size(max = 4000, message = "Notes must be 4000 characters or fewer")
            String notes) {}

    record PartnerReferralForm(
            String partner,
            String consent,

            @NotBlank(message = "Enter what the partner will see")
            @Size(max = 2000, message = "This must be 2000 characters or fewer")
            String whatIsShared) {}

    @GetMapping("/participants/{id}/contacts")
    String contacts(@PathVariable UUID id, Model model) {
        LocalDate today = today();
        model.addAttribute(
                "contactForm",
                new ContactForm(
                        null,
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        null,
                        null));
        return contactsPage(id, model);
    }

    @PostMapping("/participants/{id}/contacts")
    String recordContact(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> types = referenceData.labels(CodeList.CONTACT_TYPE);
        if (form.type() == null || !types.containsKey(form.type())) {
            result.rejectValue("type", "required", "Select how you were in touch");
        }
        DateInput.Result date = DateInput.pastDate(
                form.dateDay(),
                form.dateMonth(),
                form.dateYear(),
                "the date of the contact",
                "Date of the contact",
                today());
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
        }
        Integer minutes = null;
        if (form.duration() != null && !form.duration().isBlank()) {
            try {
                minutes = Integer.valueOf(form.duration().strip());
                if (minutes < 1 || minutes > 600) {
                    result.rejectValue("duration", "range", "Enter a number of minutes from 1 to 600");
                }
            } catch (NumberFormatException e) {
                result.rejectValue("duration", "number", "Enter the number of minutes, like 45");
            }
        }
        if (result.hasErrors()) {
            return contactsPage(id, model);
        }
        contacts.record(scope(), id, form.type(), types.get(form.type()), date.date(), minutes, form.notes());
        redirect.addFlashAttribute("success", "Contact recorded");
        return "redirect:/participants/" + id + "/contacts";
    }

    @GetMapping("/participants/{id}/partner-referrals")
    String partnerReferrals(@PathVariable UUID id, Model model) {
        model.addAttribute("partnerReferralForm", new PartnerReferralForm(null, null, null));
        return partnerPage(id, model);
    }

    @PostMapping("/participants/{id}/partner-referrals")
    String sendPartnerReferral(
            @PathVariable UUID id,
            @Valid @ModelAttribute("partnerReferralForm") PartnerReferralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID partner = FormValues.uuid(form.partner());
        UUID consent = FormValues.uuid(form.consent());
        if (partner == null) {
            result.rejectValue("partner", "required", "Select a partner service");
        }
        if (consent == null) {
            result.rejectValue("consent", "required", "Select the consent the referral rests on");
        }
        if (!result.hasErrors()) {
            try {
                partnerReferrals.send(scope(), id, partner, consent, form.whatIsShared());
                redirect.addFlashAttribute("success", "Referral sent. You will see here when the partner replies");
                return "redirect:/participants/" + id + "/partner-referrals";
            } catch (PartnerReferrals.NotAllowedException e) {
                if (e.getMessage().equals("consent")) {
                    result.rejectValue(
                            "consent", "withdrawn", "This consent has been withdrawn. Choose one that still stands");
                } else {
                    result.rejectValue("partner", "unknown", "Select a partner service");
                }
            }
        }
        return partnerPage(id, model);
    }

    private String contactsPage(UUID id, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("contacts", contacts.list(scope(), id));
        model.addAttribute(
                "typeOptions",
                referenceData.codes(CodeList.CONTACT_TYPE).stream()
                        .map(c -> Option.of(c.code(), c.label()))
                        .toList());
        return "engagement/contacts";
    }

    private String partnerPage(UUID id, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("referrals", partnerReferrals.forParticipant(scope(), id));
        model.addAttribute(
                "partnerOptions",
                directory.organisations().stream()
                        .filter(o -> o.type() == OrganisationType.PARTNER && o.active())
                        .map(o -> Option.of(o.id().toString(), o.name()))
                        .toList());
        List<Option> consents = casework.consents(scope(), id).stream()
                .filter(Casework.Consent::active)
                .map(c -> new Option(c.id().toString(), c.sharedWith(), c.purpose()))
                .toList();
        model.addAttribute("consentOptions", consents);
        return "engagement/partner-referrals";
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
