package org.goodwork.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.programme.Eligibility;
import org.goodwork.programme.Programme;

/**
 * The programme definition of data-exchange.md. Beyond the contract's fields it accepts and returns
 * the review interval, contact gap, eligibility and delivering providers; all are optional.
 */
record ProgrammeDocument(
        String code,

        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be 200 characters or fewer")
        String name,

        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 520, message = "must be at most 520")
        Integer maxSupportWeeks,

        @Valid JobOutcome jobOutcome,
        @Valid SignificantProgress significantProgress,

        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 200, message = "must be at most 200")
        Integer caseloadLimit,

        @Valid Targets targets,

        @Min(value = 1, message = "must be at least 1") @Max(value = 52, message = "must be at most 52")
        Integer reviewIntervalWeeks,

        @Min(value = 1, message = "must be at least 1") @Max(value = 365, message = "must be at most 365")
        Integer contactGapDays,

        @Valid EligibilityDocument eligibility,
        List<UUID> providers) {

    record JobOutcome(
            @NotNull(message = "is required")
            @DecimalMin(value = "0.5", message = "must be more than 0")
            @DecimalMax(value = "80", message = "must be at most 80")
            BigDecimal minWeeklyHours,

            @NotNull(message = "is required")
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 104, message = "must be at most 104")
            Integer minConsecutiveWeeks) {}

    record SignificantProgress(
            @NotNull(message = "is required")
            @Min(value = 1, message = "must be at least 1")
            @Max(value = 9, message = "must be at most 9")
            Integer minDimensionGain,

            @NotNull(message = "is required")
            @DecimalMin(value = "0.1", message = "must be more than 0")
            @DecimalMax(value = "100", message = "must be at most 100")
            BigDecimal minTotalGainPercent) {}

    record Targets(
            @Min(value = 0, message = "must not be negative")
            Integer householdsStarted,

            @Min(value = 0, message = "must not be negative")
            Integer householdsCompletedActivity,

            @Min(value = 0, message = "must not be negative")
            Integer householdsSignificantProgress,

            @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "100", message = "must be at most 100")
            BigDecimal jobOutcomeRatePercent) {}

    record EligibilityDocument(
            @Min(value = 16, message = "must be at least 16") @Max(value = 100, message = "must be at most 100")
            Integer minAge,

            @Min(value = 16, message = "must be at least 16") @Max(value = 100, message = "must be at most 100")
            Integer maxAge,

            Set<String> postcodeDistricts,
            Set<String> economicStatuses,
            Set<String> requiredNeeds) {}

    Programme.Settings toSettings() {
        EligibilityDocument e =
                eligibility != null ? eligibility : new EligibilityDocument(null, null, null, null, null);
        Targets t = targets != null ? targets : new Targets(null, null, null, null);
        return new Programme.Settings(
                name,
                maxSupportWeeks,
                caseloadLimit,
                reviewIntervalWeeks != null ? reviewIntervalWeeks : 12,
                contactGapDays != null ? contactGapDays : 21,
                new Eligibility(
                        e.minAge(),
                        e.maxAge(),
                        upper(e.postcodeDistricts()),
                        orEmpty(e.economicStatuses()),
                        orEmpty(e.requiredNeeds())),
                jobOutcome != null
                        ? new Programme.JobOutcomeRule(jobOutcome.minWeeklyHours(), jobOutcome.minConsecutiveWeeks())
                        : new Programme.JobOutcomeRule(BigDecimal.valueOf(16), 4),
                significantProgress != null
                        ? new Programme.ProgressRule(
                                significantProgress.minDimensionGain(), significantProgress.minTotalGainPercent())
                        : new Programme.ProgressRule(2, BigDecimal.TEN),
                new Programme.Targets(
                        t.householdsStarted(),
                        t.householdsCompletedActivity(),
                        t.householdsSignificantProgress(),
                        t.jobOutcomeRatePercent()));
    }

    static ProgrammeDocument of(Programme programme) {
        Programme.Settings s = programme.settings();
        Eligibility e = s.eligibility();
        return new ProgrammeDocument(
                programme.code(),
                s.name(),
                s.maxSupportWeeks(),
                new JobOutcome(s.jobOutcome().minWeeklyHours(), s.jobOutcome().minConsecutiveWeeks()),
                new SignificantProgress(
                        s.significantProgress().minDimensionGain(),
                        s.significantProgress().minTotalGainPercent()),
                s.caseloadLimit(),
                new Targets(
                        s.targets().householdsStarted(),
                        s.targets().householdsCompletedActivity(),
                        s.targets().householdsSignificantProgress(),
                        s.targets().jobOutcomeRatePercent()),
                s.reviewIntervalWeeks(),
                s.contactGapDays(),
                new EligibilityDocument(
                        e.minAge(),
                        e.maxAge(),
                        new TreeSet<>(e.postcodeDistricts()),
                        new TreeSet<>(e.economicStatuses()),
                        new TreeSet<>(e.requiredNeeds())),
                programme.providerIds());
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }

    private static Set<String> upper(Set<String> values) {
        return values == null
                ? Set.of()
                : values.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
