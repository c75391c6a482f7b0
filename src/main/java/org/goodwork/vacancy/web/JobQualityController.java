package org.goodwork.vacancy.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.goodwork.reference.ReferenceData;
import org.goodwork.security.CurrentActor;
import org.goodwork.security.SignedInUser;
import org.goodwork.shared.web.Option;
import org.goodwork.vacancy.JobQuality;
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

    static final int EVIDENCE_LENGTH = 1000;

    private final Vacancies vacancies;
    private final ReferenceData referenceData;
    private final CurrentActor currentActor;

    JobQualityController(Vacancies vacancies, ReferenceData referenceData, CurrentActor currentActor) {
        this.vacancies = vacancies;
        this.referenceData = referenceData;
        this.currentActor = currentActor;
    }

    /**
     * Ratings and evidence by dimension code, as the {@code vacancy/job-quality :: jobQualityFields}
     * fragment posts them: {@code ratings[SECURE]}, {@code evidence[SECURE]} and so on.
     */
    record JobQualityForm(Map<String, String> ratings, Map<String, String> evidence, Long version) {

        /** Always maps, even when nothing was posted, so errors can be shown against their keys. */
        JobQualityForm {
            ratings = ratings == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ratings);
            evidence = evidence == null ? new LinkedHashMap<>() : new LinkedHashMap<>(evidence);
        }

        static JobQualityForm of(JobQuality quality, List<ReferenceData.JobQualityDimension> dimensions, long version) {
            Map<String, String> ratings = new LinkedHashMap<>();
            Map<String, String> evidence = new LinkedHashMap<>();
            for (ReferenceData.JobQualityDimension d : dimensions) {
                JobQuality.Assessment assessment = quality.assessment(d.code());
                ratings.put(d.code(), assessment.rating().name());
                evidence.put(d.code(), assessment.evidence());
            }
            return new JobQualityForm(ratings, evidence, version);
        }
    }

    @GetMapping("/vacancies/{id}/job-quality")
    String form(@PathVariable UUID id, Model model) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        model.addAttribute(
                "jobQualityForm",
                JobQualityForm.of(vacancy.jobQuality(), referenceData.jobQualityDimensions(), vacancy.version()));
        return page(vacancy, model);
    }

    @PostMapping("/vacancies/{id}/job-quality")
    String assess(
            @PathVariable UUID id,
            @ModelAttribute("jobQualityForm") JobQualityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(organisation(), id);
        Map<String, String> ratings = form.ratings();
        Map<String, String> evidence = form.evidence();
        Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        for (ReferenceData.JobQualityDimension d : referenceData.jobQualityDimensions()) {
            JobQuality.Rating rating = Arrays.stream(JobQuality.Rating.values())
                    .filter(r -> r.name().equals(ratings.get(d.code())))
                    .findFirst()
                    .orElse(null);
            if (rating == null) {
                result.rejectValue(
                        "ratings[" + d.code() + "]",
                        "required",
                        "Select how well it meets the standard for " + d.label().toLowerCase());
            }
            String text = evidence.get(d.code());
            if (text != null && text.length() > EVIDENCE_LENGTH) {
                result.rejectValue(
                        "evidence[" + d.code() + "]",
                        "length",
                        "Evidence for " + d.label().toLowerCase() + " must be " + EVIDENCE_LENGTH
                                + " characters or fewer");
            }
            if (rating != null) {
                assessments.put(d.code(), new JobQuality.Assessment(rating, text));
            }
        }
        if (result.hasErrors()) {
            return page(vacancy, model);
        }
        JobQuality quality = new JobQuality(assessments);
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
