package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A job-quality assessment over the dimensions of {@code reference/job-quality-dimensions.csv}, keyed
 * by dimension code. A dimension not in the map is not known. Vacancies carry one and job starts
 * snapshot one, so it is a plain value with no storage of its own.
 *
 * <p>The score counts only what is known: each known dimension earns 2 points if it meets the
 * standard, 1 if it partly does and 0 if not, and the score is the percentage of the points possible.
 * The band needs at least {@value #MIN_KNOWN} known dimensions to say anything: from {@value
 * #GOOD_FROM}% it is good, from {@value #FAIR_FROM}% fair, and below that poor.
 */
public record JobQuality(Map<String, Assessment> assessments) {

    /** Fewer known dimensions than this and the band is {@link Band#NOT_ASSESSED}. */
    public static final int MIN_KNOWN = 4;

    public static final int GOOD_FROM = 75;
    public static final int FAIR_FROM = 50;

    private static final Assessment NOT_KNOWN = new Assessment(Rating.UNKNOWN, null);

    public enum Rating {
        MEETS("Meets the standard", 2),
        PARTLY("Partly meets it", 1),
        NOT_MET("Does not meet it", 0),
        UNKNOWN("Not known", 0);

        private final String label;
        private final int points;

        Rating(String label, int points) {
            this.label = label;
            this.points = points;
        }

        public String label() {
            return label;
        }

        public boolean known() {
            return this != UNKNOWN;
        }
    }

    /** A rating on one dimension and what it rests on. */
    public record Assessment(Rating rating, String evidence) {

        public Assessment {
            Objects.requireNonNull(rating, "rating");
            evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        }
    }

    public enum Band {
        GOOD("Good"),
        FAIR("Fair"),
        POOR("Poor"),
        NOT_ASSESSED("Not assessed yet");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Something about a job that people should know before they apply, whatever its score. */
    public record Warning(Kind kind, String message) {

        public enum Kind {
            BELOW_REAL_LIVING_WAGE,
            ZERO_HOURS
        }
    }

    public JobQuality {
        assessments = Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
    }

    public static JobQuality unassessed() {
        return new JobQuality(Map.of());
    }

    public Assessment assessment(String dimension) {
        return assessments.getOrDefault(dimension, NOT_KNOWN);
    }

    public Rating rating(String dimension) {
        return assessment(dimension).rating();
    }

    /** How many dimensions have a rating other than not known. */
    public int known() {
        return (int)
                assessments.values().stream().filter(a -> a.rating().known()).count();
    }

    /** The percentage of possible points earned on the known dimensions, 0 to 100; 0 when none is known. */
    public int score() {
        int known = known();
        if (known == 0) {
            return 0;
        }
        int points =
                assessments.values().stream().mapToInt(a -> a.rating().points).sum();
        return BigDecimal.valueOf(points * 100L)
                .divide(BigDecimal.valueOf(2L * known), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public Band band() {
        if (known() < MIN_KNOWN) {
            return Band.NOT_ASSESSED;
        }
        int score = score();
        return score >= GOOD_FROM ? Band.GOOD : score >= FAIR_FROM ? Band.FAIR : Band.POOR;
    }

    /**
     * Warnings for pay below {@code realLivingWage} an hour and for zero-hours contracts. Unknown pay
     * or contract gives no warning.
     */
    public static List<Warning> warnings(BigDecimal hourlyPay, ContractType contractType, BigDecimal realLivingWage) {
        List<Warning> warnings = new ArrayList<>();
        if (hourlyPay != null && hourlyPay.compareTo(realLivingWage) < 0) {
            warnings.add(new Warning(
                    Warning.Kind.BELOW_REAL_LIVING_WAGE,
                    "Pays " + pounds(hourlyPay) + " an hour, below the real Living Wage of " + pounds(realLivingWage)
                            + " an hour"));
        }
        if (contractType == ContractType.ZERO_HOURS) {
            warnings.add(new Warning(
                    Warning.Kind.ZERO_HOURS,
                    "Zero-hours contract: no hours or income are guaranteed from week to week"));
        }
        return warnings;
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
