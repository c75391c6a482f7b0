package org.goodwork.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A commissioned programme and its settings. */
public record Programme(
        UUID id, String code, UUID commissionerId, Settings settings, List<UUID> providerIds, long version) {

    /** Everything a commissioner defines; the API document and the admin form both map onto this. */
    public record Settings(
            String name,
            int maxSupportWeeks,
            int caseloadLimit,
            int reviewIntervalWeeks,
            int contactGapDays,
            Eligibility eligibility,
            JobOutcomeRule jobOutcome,
            ProgressRule significantProgress,
            Targets targets) {}

    /** A job outcome: at least this many hours a week, sustained for this many consecutive weeks. */
    public record JobOutcomeRule(BigDecimal minWeeklyHours, int minConsecutiveWeeks) {}

    /** Significant progress: a gain on one dimension, or on the total as a percentage of its maximum. */
    public record ProgressRule(int minDimensionGain, BigDecimal minTotalGainPercent) {}

    public record Targets(
            Integer householdsStarted,
            Integer householdsCompletedActivity,
            Integer householdsSignificantProgress,
            BigDecimal jobOutcomeRatePercent) {}

    public String name() {
        return settings.name();
    }
}
