package org.goodwork.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.assessment.ProgressReviews;
import org.goodwork.participant.ParticipantRecord;
import org.goodwork.participant.Participants;
import org.goodwork.programme.Programmes;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.ParticipantScope;
import org.goodwork.shared.NotFoundException;
import org.goodwork.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Distance travelled: scoring together, and the change shown as a chart with a table beside it. */
@Controller
class ProgressController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ProgressReviews reviews;
    private final Participants participants;
    private final Programmes programmes;
    private final CurrentActor currentActor;
    private final Clock clock;

    ProgressController(
            ProgressReviews reviews,
            Participants participants,
            Programmes programmes,
            CurrentActor currentActor,
            Clock clock) {
        this.reviews = reviews;
        this.participants = participants;
        this.programmes = programmes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/participants/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        ParticipantRecord participant = participant(id);
        List<ProgressReviews.Review> history = reviews.reviews(scope(), id);
        model.addAttribute("participant", participant);
        model.addAttribute("reviews", history);
        List<ReferenceData.Dimension> instrument =
                reviews.instrument(participant.casefile().programmeId());
        model.addAttribute("changes", reviews.changes(history, instrument));
        model.addAttribute("dimensions", instrument);
        int weeks = programmes
                .find(participant.casefile().programmeId())
                .map(p -> p.settings().reviewIntervalWeeks())
                .orElse(12);
        LocalDate due = history.isEmpty()
                ? participant.startDate()
                : history.getLast().date().plusWeeks(weeks);
        model.addAttribute("reviewDue", due);
        model.addAttribute("reviewOverdue", due != null && !due.isAfter(today()));
        return "assessment/progress";
    }

    @GetMapping("/participants/{id}/progress/new")
    String newReview(@PathVariable UUID id, Model model) {
        LocalDate today = today();
        return formPage(
                id,
                model,
                Map.of(),
                new String[] {
                    String.valueOf(today.getDayOfMonth()),
                    String.valueOf(today.getMonthValue()),
                    String.valueOf(today.getYear())
                },
                null,
                Map.of());
    }

    @PostMapping("/participants/{id}/progress/new")
    String record(
            @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        participant(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ReferenceData.Dimension dimension : instrument(id)) {
            String value = form.get("score-" + dimension.code());
            try {
                int score = Integer.parseInt(value == null ? "" : value);
                if (score < 1 || score > 10) {
                    throw new NumberFormatException();
                }
                scores.put(dimension.code(), score);
            } catch (NumberFormatException e) {
                errors.put(
                        "score-" + dimension.code(),
                        "Select a score from 1 to 10 for " + dimension.label().toLowerCase());
            }
        }
        String[] date = {form.get("dateDay"), form.get("dateMonth"), form.get("dateYear")};
        DateInput.Result reviewDate =
                DateInput.pastDate(date[0], date[1], date[2], "the date of the review", "Date of the review", today());
        if (!reviewDate.ok()) {
            errors.put("dateDay", reviewDate.problem());
        }
        String notes = form.get("notes");
        if (notes != null && notes.length() > 2000) {
            errors.put("notes", "Notes must be 2000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            return formPage(id, model, form, date, notes, errors);
        }
        reviews.record(scope(), id, reviewDate.date(), scores, notes);
        redirect.addFlashAttribute("success", "Progress review saved");
        return "redirect:/participants/" + id + "/progress";
    }

    private String formPage(
            UUID id, Model model, Map<String, String> form, String[] date, String notes, Map<String, String> errors) {
        model.addAttribute("participant", participant(id));
        model.addAttribute("dimensions", instrument(id));
        model.addAttribute("form", form);
        model.addAttribute("date", date);
        model.addAttribute("notes", notes);
        model.addAttribute("errors", errors);
        return "assessment/review-form";
    }

    private List<ReferenceData.Dimension> instrument(UUID id) {
        return reviews.instrument(participant(id).casefile().programmeId());
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
