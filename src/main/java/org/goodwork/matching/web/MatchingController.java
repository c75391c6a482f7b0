package org.goodwork.matching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.goodwork.matching.Applications;
import org.goodwork.matching.Matches;
import org.goodwork.participant.Casework;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.security.Role;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.DateInput;
import org.goodwork.shared.web.FormValues;
import org.goodwork.shared.web.Option;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.goodwork.vacancy.VacancyStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Matches for a participant, their responses and applications, and the people who fit a vacancy. */
@Controller
class MatchingController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int SHOWN = 20;

    private final Matches matches;
    private final Applications applications;
    private final Participants participants;
    private final Casework casework;
    private final Vacancies vacancies;
    private final CurrentActor currentActor;
    private final Clock clock;

    MatchingController(
            Matches matches,
            Applications applications,
            Participants participants,
            Casework casework,
            Vacancies vacancies,
            CurrentActor currentActor,
            Clock clock) {
        this.matches = matches;
        this.applications = applications;
        this.participants = participants;
        this.casework = casework;
        this.vacancies = vacancies;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/participants/{id}/matches")
    String matches(
            @PathVariable UUID id,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String excluded,
            Model model) {
        Matches.Order chosen = Arrays.stream(Matches.Order.values())
                .filter(o -> o.name().equals(order))
                .findFirst()
                .orElse(Matches.Order.GOOD_JOBS_FIRST);
        Matches.Results results = matches.forParticipant(scope(), id, chosen, SHOWN);
        model.addAttribute("participant", participant(id));
        model.addAttribute("results", results);
        model.addAttribute("order", chosen);
        model.addAttribute("showExcluded", "yes".equals(excluded));
        model.addAttribute(
                "orderOptions",
                Arrays.stream(Matches.Order.values())
                        .map(o -> Option.of(o.name(), o.label()))
                        .toList());
        model.addAttribute("responses", applications.responses(scope(), id));
        return "matching/matches";
    }

    @PostMapping("/participants/{id}/matches/{vacancyId}/response")
    String respond(
            @PathVariable UUID id,
            @PathVariable UUID vacancyId,
            @RequestParam(required = false) String interested,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        if (!"yes".equals(interested) && !"no".equals(interested)) {
            redirect.addFlashAttribute("responseError", vacancyId);
            redirect.addFlashAttribute("problem", "Select yes or no");
            redirect.addFlashAttribute("problemAt", "yes-" + vacancyId);
            return "redirect:/participants/" + id + "/matches#match-" + vacancyId;
        }
        applications.respond(
                scope(), id, vacancyId, "yes".equals(interested), reason == null ? null : clip(reason, 1000));
        redirect.addFlashAttribute("success", "Their response is recorded");
        return "redirect:/participants/" + id + "/matches";
    }

    @PostMapping("/participants/{id}/applications")
    String suggest(@PathVariable UUID id, @RequestParam UUID vacancy, RedirectAttributes redirect) {
        applications.suggest(scope(), id, vacancy);
        redirect.addFlashAttribute("success", "Added to their applications");
        return "redirect:/participants/" + id + "/applications";
    }

    @GetMapping("/participants/{id}/applications")
    String applications(@PathVariable UUID id, Model model) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("applications", applications.list(scope(), id));
        model.addAttribute(
                "stageOptions",
                Arrays.stream(Applications.Stage.values())
                        .map(s -> Option.of(s.name(), s.label()))
                        .toList());
        model.addAttribute(
                "consentOptions",
                casework.consents(scope(), id).stream()
                        .filter(Casework.Consent::active)
                        .map(c -> Option.of(c.id().toString(), c.sharedWith() + ": " + c.purpose()))
                        .toList());
        model.addAttribute("today", today());
        return "matching/applications";
    }

    @PostMapping("/participants/{id}/applications/{applicationId}/stage")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @RequestParam long version,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String onDay,
            @RequestParam(required = false) String onMonth,
            @RequestParam(required = false) String onYear,
            @RequestParam(required = false) String feedback,
            RedirectAttributes redirect) {
        Applications.Stage next = Arrays.stream(Applications.Stage.values())
                .filter(s -> s.name().equals(stage))
                .findFirst()
                .orElse(null);
        DateInput.Result on = DateInput.pastDate(onDay, onMonth, onYear, "the date", "Date", today());
        if (next == null || !on.ok()) {
            redirect.addFlashAttribute(
                    "problem", next == null ? "Select the stage the application has reached" : on.problem());
            redirect.addFlashAttribute("problemAt", "stage-" + applicationId);
            return "redirect:/participants/" + id + "/applications";
        }
        applications.move(
                scope(), id, applicationId, version, next, on.date(), feedback == null ? null : clip(feedback, 2000));
        redirect.addFlashAttribute(
                "success", "Application moved on to " + next.label().toLowerCase());
        return "redirect:/participants/" + id + "/applications";
    }

    @PostMapping("/participants/{id}/applications/{applicationId}/shortlist")
    String shortlist(
            @PathVariable UUID id,
            @PathVariable UUID applicationId,
            @RequestParam long version,
            @RequestParam(required = false) String consent,
            RedirectAttributes redirect) {
        try {
            applications.shortlist(scope(), id, applicationId, version, FormValues.uuid(consent));
            redirect.addFlashAttribute("success", "Put forward to the employer");
        } catch (Applications.ConsentNeededException e) {
            redirect.addFlashAttribute("problem", "Select their consent to share their name with the employer");
            redirect.addFlashAttribute("problemAt", "consent-" + applicationId);
        }
        return "redirect:/participants/" + id + "/applications";
    }

    /**
     * People who fit the vacancy, from the user's own caseload (a team leader's: their organisation),
     * and the shortlist the employer has been sent. Officers see the shortlist only.
     */
    @GetMapping("/vacancies/{id}/candidates")
    String candidates(@PathVariable UUID id, Model model) {
        SignedInUser user = currentActor.user().orElseThrow();
        Vacancy vacancy = vacancies.get(user.organisationId(), id);
        boolean manages = user.hasRole(Role.EMPLOYER_ENGAGEMENT_OFFICER) || user.hasRole(Role.TEAM_LEADER);
        if (!manages && vacancy.status() != VacancyStatus.OPEN) {
            throw new NotFoundException();
        }
        boolean caseworker = user.hasRole(Role.KEYWORKER) || user.hasRole(Role.TEAM_LEADER);
        Matches.Results results =
                caseworker ? matches.forVacancy(scope(), id, SHOWN) : new Matches.Results(List.of(), List.of(), 0);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("caseworker", caseworker);
        model.addAttribute("results", results);
        model.addAttribute(
                "names",
                participants.names(results.matches().stream()
                        .map(m -> m.candidate().participantId())
                        .toList()));
        List<Applications.Shortlisted> shortlist = applications.shortlist(user.organisationId(), id);
        model.addAttribute("shortlist", shortlist);
        participants.recordViews(
                results.matches().stream()
                        .map(m -> m.candidate().participantId())
                        .toList(),
                "Matched to vacancy " + id);
        participants.recordViews(
                shortlist.stream().map(Applications.Shortlisted::participantId).toList(),
                "On the shortlist for vacancy " + id);
        return "matching/candidates";
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

    private static String clip(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
