package org.goodwork.participant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.reference.ReferenceData;
import org.goodwork.reference.ReferenceData.CodeList;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.Postcode;
import org.goodwork.shared.web.DateInput;
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

/** The pages a keyworker uses to keep a participant's record: start, circumstances, consent, leaving. */
@Controller
class CaseworkController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<Option> CONTACT_CHANNELS = List.of(
            Option.of("PHONE", "Phone call"),
            Option.of("TEXT", "Text message"),
            Option.of("EMAIL", "Email"),
            Option.of("POST", "Letter"),
            Option.of("IN_PERSON", "In person only"));

    private final Participants participants;
    private final Casework casework;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;
    private final Clock clock;

    CaseworkController(
            Participants participants,
            Casework casework,
            ReferenceData referenceData,
            CurrentActor currentActor,
            Clock clock) {
        this.participants = participants;
        this.casework = casework;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record DateForm(String dateDay, String dateMonth, String dateYear, Long version) {}

    record DetailsForm(
            @Size(max = 40, message = "Phone number must be 40 characters or fewer")
            String phone,

            @Email(message = "Enter an email address in the correct format, like name@example.org")
            @Size(max = 320, message = "Email address must be 320 characters or fewer")
            String email,

            String postcode,
            String preferredContact,
            Boolean remindersOptOut,
            Long version) {}

    record CircumstancesForm(
            String economicStatus,
            String timeSinceLastWork,
            Set<String> supportNeeds,
            String gender,
            String ethnicity,

            @Size(max = 2000, message = "Qualifications must be 2000 characters or fewer")
            String qualifications,

            @Size(max = 4000, message = "Work history must be 4000 characters or fewer")
            String workHistory,

            @Size(max = 2000, message = "Skills must be 2000 characters or fewer")
            String skills,

            @Size(max = 2000, message = "Aspirations must be 2000 characters or fewer")
            String aspirations,

            @Size(max = 2000, message = "This must be 2000 characters or fewer")
            String doesNotWant,

            Long version) {}

    record ConsentForm(
            @NotBlank(message = "Enter what the information will be used for")
            @Size(max = 500, message = "Purpose must be 500 characters or fewer")
            String purpose,

            @NotBlank(message = "Enter who it will be shared with")
            @Size(max = 200, message = "Who it is shared with must be 200 characters or fewer")
            String sharedWith,

            String dateDay,
            String dateMonth,
            String dateYear) {}

    record ExitForm(
            String dateDay, String dateMonth, String dateYear, String destination, String notes, Long version) {}

    @GetMapping("/participants/{id}/start")
    String startForm(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        LocalDate today = today();
        model.addAttribute(
                "dateForm",
                new DateForm(
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        participant.version()));
        return page("participant/start", participant, model);
    }

    @PostMapping("/participants/{id}/start")
    String start(
            @PathVariable UUID id,
            @ModelAttribute("dateForm") DateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        DateInput.Result date = DateInput.pastDate(
                form.dateDay(),
                form.dateMonth(),
                form.dateYear(),
                "the date they agreed to take part",
                "Start date",
                today());
        if (date.ok() && date.date().isBefore(participant.referralDate())) {
            date = DateInput.Result.problem("Start date must be on or after the referral date");
        }
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
            return page("participant/start", participant, model);
        }
        casework.start(scope(), id, version(form.version()), date.date());
        redirect.addFlashAttribute("success", participant.givenName() + " has started on the programme");
        return "redirect:/participants/" + id;
    }

    @GetMapping("/participants/{id}/details")
    String detailsForm(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        var c = participant.casefile();
        model.addAttribute(
                "detailsForm",
                new DetailsForm(
                        participant.phone(),
                        participant.email(),
                        participant.postcode(),
                        c.preferredContact(),
                        c.remindersOptOut(),
                        participant.version()));
        return detailsPage(participant, model);
    }

    @PostMapping("/participants/{id}/details")
    String details(
            @PathVariable UUID id,
            @Valid @ModelAttribute("detailsForm") DetailsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        String postcode = null;
        if (form.postcode() != null && !form.postcode().isBlank()) {
            postcode = Postcode.normalise(form.postcode()).orElse(null);
            if (postcode == null) {
                result.rejectValue("postcode", "format", "Enter a real postcode, like QQ1 2AB");
            }
        }
        if (form.preferredContact() != null
                && !form.preferredContact().isBlank()
                && CONTACT_CHANNELS.stream().noneMatch(o -> o.value().equals(form.preferredContact()))) {
            result.rejectValue("preferredContact", "unknown", "Select how they prefer to be contacted");
        }
        if (result.hasErrors()) {
            return detailsPage(participant, model);
        }
        casework.updateDetails(
                scope(),
                id,
                version(form.version()),
                new Casework.Details(
                        form.phone(),
                        form.email(),
                        postcode,
                        form.preferredContact(),
                        Boolean.TRUE.equals(form.remindersOptOut())));
        redirect.addFlashAttribute("success", "Contact details saved");
        return "redirect:/participants/" + id;
    }

    @GetMapping("/participants/{id}/circumstances")
    String circumstancesForm(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        var c = participant.casefile();
        model.addAttribute(
                "circumstancesForm",
                new CircumstancesForm(
                        c.economicStatusCode(),
                        c.timeSinceLastWorkCode(),
                        Set.copyOf(c.supportNeedCodes()),
                        c.genderCode(),
                        c.ethnicityCode(),
                        c.qualifications(),
                        c.workHistory(),
                        c.skills(),
                        c.aspirations(),
                        c.doesNotWant(),
                        participant.version()));
        return circumstancesPage(participant, model);
    }

    @PostMapping("/participants/{id}/circumstances")
    String circumstances(
            @PathVariable UUID id,
            @Valid @ModelAttribute("circumstancesForm") CircumstancesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        check(
                result,
                "economicStatus",
                form.economicStatus(),
                CodeList.ECONOMIC_STATUS,
                "Select their economic status from the list");
        check(
                result,
                "timeSinceLastWork",
                form.timeSinceLastWork(),
                CodeList.TIME_SINCE_LAST_WORK,
                "Select how long since they last worked");
        check(result, "gender", form.gender(), CodeList.GENDER, "Select a gender from the list, or prefer not to say");
        check(
                result,
                "ethnicity",
                form.ethnicity(),
                CodeList.ETHNICITY,
                "Select an ethnic group from the list, or prefer not to say");
        Set<String> needs = form.supportNeeds() == null ? Set.of() : form.supportNeeds();
        if (!referenceData.labels(CodeList.SUPPORT_NEED).keySet().containsAll(needs)) {
            result.rejectValue("supportNeeds", "unknown", "Select support needs from the list");
        }
        if (result.hasErrors()) {
            return circumstancesPage(participant, model);
        }
        casework.updateCircumstances(
                scope(),
                id,
                version(form.version()),
                new Casework.Circumstances(
                        form.economicStatus(),
                        form.timeSinceLastWork(),
                        needs,
                        form.gender(),
                        form.ethnicity(),
                        form.qualifications(),
                        form.workHistory(),
                        form.skills(),
                        form.aspirations(),
                        form.doesNotWant()));
        redirect.addFlashAttribute("success", "Circumstances saved");
        return "redirect:/participants/" + id + "/circumstances/summary";
    }

    @GetMapping("/participants/{id}/circumstances/summary")
    String circumstancesSummary(@PathVariable UUID id, Model model) {
        return page("participant/circumstances-summary", participant(id), model);
    }

    @GetMapping("/participants/{id}/consents")
    String consents(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm(null, null, null, null, null));
        }
        return consentsPage(participant, model);
    }

    @PostMapping("/participants/{id}/consents")
    String recordConsent(
            @PathVariable UUID id,
            @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        DateInput.Result date = DateInput.pastDate(
                form.dateDay(), form.dateMonth(), form.dateYear(), "the date they agreed", "Date they agreed", today());
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
        }
        if (result.hasErrors()) {
            return consentsPage(participant, model);
        }
        casework.recordConsent(scope(), id, form.purpose(), form.sharedWith(), date.date());
        redirect.addFlashAttribute("success", "Consent recorded");
        return "redirect:/participants/" + id + "/consents";
    }

    @PostMapping("/participants/{id}/consents/{consentId}/withdraw")
    String withdrawConsent(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @RequestParam Long version,
            RedirectAttributes redirect) {
        participant(id);
        casework.withdrawConsent(scope(), id, consentId, version(version), today());
        redirect.addFlashAttribute("success", "Consent withdrawn. Nothing more will be shared under it");
        return "redirect:/participants/" + id + "/consents";
    }

    @GetMapping("/participants/{id}/exit")
    String exitForm(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        LocalDate today = today();
        model.addAttribute(
                "exitForm",
                new ExitForm(
                        String.valueOf(today.getDayOfMonth()),
                        String.valueOf(today.getMonthValue()),
                        String.valueOf(today.getYear()),
                        null,
                        null,
                        participant.version()));
        return exitPage(participant, model);
    }

    @PostMapping("/participants/{id}/exit")
    String exit(
            @PathVariable UUID id,
            @ModelAttribute("exitForm") ExitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        DateInput.Result date = DateInput.pastDate(
                form.dateDay(), form.dateMonth(), form.dateYear(), "the date they left", "Date they left", today());
        if (date.ok() && participant.startDate() != null && date.date().isBefore(participant.startDate())) {
            date = DateInput.Result.problem("Date they left must be on or after the day they started");
        }
        if (!date.ok()) {
            result.rejectValue("dateDay", "date", date.problem());
        }
        if (form.destination() == null
                || !referenceData.labels(CodeList.EXIT_DESTINATION).containsKey(form.destination())) {
            result.rejectValue("destination", "required", "Select where they are going next");
        }
        if (form.notes() != null && form.notes().length() > 2000) {
            result.rejectValue("notes", "length", "Notes must be 2000 characters or fewer");
        }
        if (result.hasErrors()) {
            return exitPage(participant, model);
        }
        casework.exit(scope(), id, version(form.version()), date.date(), form.destination(), form.notes());
        redirect.addFlashAttribute(
                "success",
                participant.givenName() + " has left the programme. You can reopen their support at any time");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/participants/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam Long version, RedirectAttributes redirect) {
        ParticipantRecord participant = participant(id);
        casework.reopen(scope(), id, version(version));
        redirect.addFlashAttribute("success", participant.givenName() + "'s support has been reopened");
        return "redirect:/participants/" + id;
    }

    @GetMapping("/participants/{id}/timeline")
    String timeline(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        model.addAttribute("entries", casework.timeline(scope(), id));
        return page("participant/timeline", participant, model);
    }

    private String detailsPage(ParticipantRecord participant, Model model) {
        model.addAttribute("channelOptions", CONTACT_CHANNELS);
        return page("participant/details", participant, model);
    }

    private String circumstancesPage(ParticipantRecord participant, Model model) {
        model.addAttribute("economicStatusOptions", options(CodeList.ECONOMIC_STATUS));
        model.addAttribute("timeOptions", options(CodeList.TIME_SINCE_LAST_WORK));
        model.addAttribute("needOptions", options(CodeList.SUPPORT_NEED));
        model.addAttribute("genderOptions", options(CodeList.GENDER));
        model.addAttribute("ethnicityOptions", options(CodeList.ETHNICITY));
        return page("participant/circumstances", participant, model);
    }

    private String consentsPage(ParticipantRecord participant, Model model) {
        model.addAttribute("consents", casework.consents(scope(), participant.id()));
        return page("participant/consents", participant, model);
    }

    private String exitPage(ParticipantRecord participant, Model model) {
        model.addAttribute("destinationOptions", options(CodeList.EXIT_DESTINATION));
        return page("participant/exit", participant, model);
    }

    private String page(String template, ParticipantRecord participant, Model model) {
        model.addAttribute("participant", participant);
        return template;
    }

    private void check(BindingResult result, String field, String value, CodeList list, String message) {
        if (value != null && !value.isBlank() && !referenceData.labels(list).containsKey(value)) {
            result.rejectValue(field, "unknown", message);
        }
    }

    private List<Option> options(CodeList list) {
        return referenceData.codes(list).stream()
                .map(c -> Option.of(c.code(), c.label()))
                .toList();
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

    /** A form that arrives without the version it was read at cannot prove it saw the latest change. */
    private static long version(Long version) {
        return version == null ? -1 : version;
    }
}
