package org.goodwork.vacancy.web;

import java.util.Arrays;
import java.util.UUID;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.web.Option;
import org.goodwork.vacancy.JobQuality;
import org.goodwork.vacancy.JobQualityAnswers;
import org.goodwork.vacancy.Vacancies;
import org.goodwork.vacancy.Vacancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The job-quality assessment of a vacancy, dimension by dimension, with the evidence for each rating. */
@Controller
class JobQualityController {

    private final Vacancies vacancies;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    JobQualityController(Vacancies vacancies, ReferenceData referenceData, CurrentActor currentActor) {
        this.vacancies = vacancies;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    @GetMapping("/vacancies/{id}/job-quality")
    String form(@PathVariable UUID id, Model model) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        model.addAttribute(
                "jobQualityForm",
                JobQualityAnswers.of(vacancy.jobQuality(), referenceData.jobQualityDimensions(), vacancy.version()));
        return page(vacancy, model);
    }

    @PostMapping("/vacancies/{id}/job-quality")
    String assess(
            @PathVariable UUID id,
            @ModelAttribute("jobQualityForm") JobQualityAnswers form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        JobQuality quality = form.read(referenceData.jobQualityDimensions(), result);
        if (result.hasErrors()) {
            return page(vacancy, model);
        }
        vacancies.assess(organisation(), id, form.version() == null ? -1 : form.version(), quality, user().id());
        redirect.addFlashAttribute(
                "success",
                quality.band() == JobQuality.Band.NOT_ASSESSED
                        ? "Job quality saved. Rate at least " + JobQuality.MIN_KNOWN + " dimensions to give it a band"
                        : "Job quality saved: " + quality.band().label().toLowerCase() + ", scoring " + quality.score()
                                + "%");
        return "redirect:/vacancies/" + id;
    }

    private String page(Vacancy vacancy, Model model) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("dimensions", referenceData.jobQualityDimensions());
        model.addAttribute(
                "ratingOptions",
                Arrays.stream(JobQuality.Rating.values())
                        .map(r -> Option.of(r.name(), r.label()))
                        .toList());
        return "vacancy/job-quality-form";
    }

    private SignedInUser user() {
        return currentActor.user().orElseThrow();
    }

    private UUID organisation() {
        return user().organisationId();
    }
}
