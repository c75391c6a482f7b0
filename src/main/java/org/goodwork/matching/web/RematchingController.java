package org.goodwork.matching.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.goodwork.matching.Rematching;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The nightly re-matching: how far the current run has got, the latest runs, and a way to start one now. */
@Controller
class RematchingController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));
    private static final int SHOWN = 10;
    static final int REFRESH_SECONDS = 5;

    private final Rematching rematching;

    RematchingController(Rematching rematching) {
        this.rematching = rematching;
    }

    /** A run as the page shows it. */
    record RunView(String started, String finished, Rematching.Status status, int processed, int total, int percent) {

        static RunView of(Rematching.Run run) {
            return new RunView(
                    when(run.startedAt()),
                    when(run.finishedAt()),
                    run.status(),
                    run.processed(),
                    run.total(),
                    run.percent());
        }

        public boolean running() {
            return status == Rematching.Status.RUNNING;
        }

        public String tagClass() {
            return switch (status) {
                case RUNNING -> "govuk-tag--blue";
                case SUCCEEDED -> "govuk-tag--green";
                case FAILED -> "govuk-tag--red";
            };
        }

        private static String when(Instant instant) {
            return instant == null ? null : WHEN.format(instant);
        }
    }

    @GetMapping("/matching/runs")
    String runs(@RequestParam(required = false) String refresh, Model model) {
        List<RunView> runs = rematching.recent(SHOWN).stream().map(RunView::of).toList();
        boolean running = !runs.isEmpty() && runs.getFirst().running();
        boolean updating = running && !"off".equals(refresh);
        model.addAttribute("runs", runs);
        model.addAttribute("latest", runs.isEmpty() ? null : runs.getFirst());
        model.addAttribute("running", running);
        model.addAttribute("updating", updating);
        if (updating) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "matching/runs";
    }

    @PostMapping("/matching/runs")
    String start(RedirectAttributes redirect) {
        if (rematching.startInBackground().isPresent()) {
            redirect.addFlashAttribute("success", "Re-matching has started");
        } else {
            redirect.addFlashAttribute("notice", "Re-matching is already running");
        }
        return "redirect:/matching/runs";
    }
}
