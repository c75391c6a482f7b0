package org.goodwork.vacancy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goodwork.reference.ReferenceData;
import org.springframework.validation.BindingResult;

/**
 * A job-quality assessment as the {@code vacancy/job-quality :: jobQualityFields} fragment posts it:
 * {@code ratings[SECURE]}, {@code evidence[SECURE]} and so on. Vacancies and job starts both use it,
 * so the questions and their errors are the same everywhere.
 */
public record JobQualityAnswers(Map<String, String> ratings, Map<String, String> evidence, Long version) {

    public static final int EVIDENCE_LENGTH = 1000;

    /** Always maps, even when nothing was posted, so errors can be shown against their keys. */
    public JobQualityAnswers {
        ratings = ratings == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ratings);
        evidence = evidence == null ? new LinkedHashMap<>() : new LinkedHashMap<>(evidence);
    }

    public static JobQualityAnswers of(
            JobQuality quality, List<ReferenceData.JobQualityDimension> dimensions, long version) {
        Map<String, String> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (ReferenceData.JobQualityDimension d : dimensions) {
            JobQuality.Assessment assessment = quality.assessment(d.code());
            ratings.put(d.code(), assessment.rating().name());
            evidence.put(d.code(), assessment.evidence());
        }
        return new JobQualityAnswers(ratings, evidence, version);
    }

    /**
     * The assessment, with an error beside each dimension left unrated or with too much evidence. The
     * result is only meaningful when {@code result} has no errors.
     */
    public JobQuality read(List<ReferenceData.JobQualityDimension> dimensions, BindingResult result) {
        Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        for (ReferenceData.JobQualityDimension d : dimensions) {
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
        return new JobQuality(assessments);
    }
}
