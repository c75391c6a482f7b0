package org.goodwork.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goodwork.geography.Geography;

/**
 * Scores one person against one job. Pure and allocation-light, because re-matching runs it for every
 * person against every open vacancy.
 *
 * <p>Hard constraints exclude a job: the hours window, available days, contract types the person will
 * not take, the pay floor, and travel beyond their maximum when both locations are known. An unknown
 * distance is said to be unknown and never excludes.
 *
 * <p>The soft score (0 to 100) weighs job quality most, then how close the occupation is to what they
 * want through the SOC hierarchy, then the estimated journey, then flexibility and adjustments.
 */
public final class MatchEngine {

    /** Door-to-door public transport, estimated from the straight line: about 15 km an hour. */
    public static final double MINUTES_PER_KM = 4.0;

    static final double QUALITY_WEIGHT = 35;
    static final double OCCUPATION_WEIGHT = 30;
    static final double DISTANCE_WEIGHT = 20;
    static final double FLEXIBILITY_WEIGHT = 15;

    /** What neither side said counts halfway: it neither helps nor harms. */
    static final double NEUTRAL = 0.5;

    private MatchEngine() {}

    /** What the person wants and can do. Empty sets and nulls mean "not said". */
    public record Candidate(
            UUID participantId,
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            Set<DayOfWeek> availableDays,
            Set<String> acceptableContractTypes,
            BigDecimal payFloorHourly,
            Integer maxTravelMinutes,
            Double latitude,
            Double longitude,
            Set<String> occupations,
            boolean wantsFlexibility,
            boolean needsAdjustments) {}

    /** What the job offers. Quality score is 0-100, or null when fewer than four dimensions are known. */
    public record Job(
            UUID vacancyId,
            String title,
            String employerName,
            String socCode,
            BigDecimal minWeeklyHours,
            BigDecimal maxWeeklyHours,
            Set<DayOfWeek> days,
            String contractType,
            String contractLabel,
            BigDecimal hourlyPay,
            boolean remote,
            Double latitude,
            Double longitude,
            Integer qualityScore,
            String qualityBand,
            boolean flexibleFromDayOne,
            boolean adjustmentsOffered,
            boolean guaranteedInterview,
            boolean ringFenced) {}

    /** The outcome for one pair: excluded or not, the score, and why, in plain words. */
    public record Match(
            Job job,
            Candidate candidate,
            boolean excluded,
            double score,
            Double travelMinutes,
            List<String> reasons,
            List<String> unmet) {}

    public static Match evaluate(Candidate person, Job job) {
        List<String> reasons = new ArrayList<>(6);
        List<String> unmet = new ArrayList<>(3);
        boolean excluded = false;

        // Hard constraints.
        if (person.minWeeklyHours() != null
                && job.maxWeeklyHours() != null
                && job.maxWeeklyHours().compareTo(person.minWeeklyHours()) < 0) {
            excluded = true;
            unmet.add("At most " + hours(job.maxWeeklyHours()) + " hours a week; they want at least "
                    + hours(person.minWeeklyHours()));
        } else if (person.maxWeeklyHours() != null
                && job.minWeeklyHours() != null
                && job.minWeeklyHours().compareTo(person.maxWeeklyHours()) > 0) {
            excluded = true;
            unmet.add("At least " + hours(job.minWeeklyHours()) + " hours a week; they can do at most "
                    + hours(person.maxWeeklyHours()));
        } else if (person.minWeeklyHours() != null || person.maxWeeklyHours() != null) {
            reasons.add("Hours fit what they can do");
        }
        if (!person.availableDays().isEmpty() && !job.days().isEmpty()) {
            Set<DayOfWeek> missing = job.days().stream()
                    .filter(d -> !person.availableDays().contains(d))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (missing.isEmpty()) {
                reasons.add("Works on days they are available");
            } else {
                excluded = true;
                unmet.add("Needs " + days(missing) + ", when they are not available");
            }
        }
        if (!person.acceptableContractTypes().isEmpty()) {
            if (person.acceptableContractTypes().contains(job.contractType())) {
                reasons.add(job.contractLabel() + " contract, which they would take");
            } else {
                excluded = true;
                unmet.add(job.contractLabel() + " contract, which they would not take");
            }
        }
        if (person.payFloorHourly() != null) {
            if (job.hourlyPay() == null) {
                unmet.add("Pay is not stated, so their pay floor cannot be checked");
            } else if (job.hourlyPay().compareTo(person.payFloorHourly()) < 0) {
                excluded = true;
                unmet.add("Pays £" + money(job.hourlyPay()) + " an hour, below their floor of £"
                        + money(person.payFloorHourly()));
            } else {
                reasons.add("Pays £" + money(job.hourlyPay()) + " an hour, at or above their floor");
            }
        }
        Double minutes = null;
        double distanceFit = NEUTRAL;
        if (job.remote()) {
            // No journey is the shortest journey: nearest-first must not sort it with the unknowns.
            minutes = 0.0;
            distanceFit = 1;
            reasons.add("Remote: no journey");
        } else if (person.latitude() == null || job.latitude() == null) {
            unmet.add("Distance unknown: a postcode is missing or not recognised");
        } else {
            double km = Geography.distanceKm(person.latitude(), person.longitude(), job.latitude(), job.longitude());
            minutes = km * MINUTES_PER_KM;
            long shown = Math.round(minutes);
            if (person.maxTravelMinutes() != null) {
                // Decided on the minutes shown, so "about 44 minutes; up to 44" is never the reason to exclude.
                if (shown > person.maxTravelMinutes()) {
                    excluded = true;
                    unmet.add("About " + shown + " minutes away; they can travel up to " + person.maxTravelMinutes());
                } else {
                    reasons.add("About " + shown + " minutes away, within their " + person.maxTravelMinutes());
                    distanceFit = 1 - minutes / Math.max(person.maxTravelMinutes(), 1) / 2;
                }
            } else {
                reasons.add("About " + shown + " minutes away");
                distanceFit = Math.max(0, 1 - minutes / 120);
            }
        }

        // Soft scores.
        double quality = job.qualityScore() == null ? 0.4 : job.qualityScore() / 100.0;
        if (job.qualityScore() == null) {
            unmet.add("Job quality not assessed yet");
        } else {
            reasons.add("Job quality " + job.qualityBand().toLowerCase(Locale.UK) + " (" + job.qualityScore() + "%)");
        }
        double occupation = occupationCloseness(person.occupations(), job.socCode(), reasons);
        double flexibility = flexibilityFit(person, job, reasons, unmet);
        if (job.guaranteedInterview()) {
            reasons.add("Guaranteed interview");
        }
        if (job.ringFenced()) {
            reasons.add("Kept for people on the programme");
        }
        double score = QUALITY_WEIGHT * quality
                + OCCUPATION_WEIGHT * occupation
                + DISTANCE_WEIGHT * distanceFit
                + FLEXIBILITY_WEIGHT * flexibility;
        return new Match(
                job,
                person,
                excluded,
                Math.round(score * 10) / 10.0,
                minutes,
                List.copyOf(reasons),
                List.copyOf(unmet));
    }

    /** 1 for the same unit group, then 0.75, 0.5 and 0.25 for the same minor, sub-major and major group. */
    static double occupationCloseness(Set<String> wanted, String soc, List<String> reasons) {
        if (wanted.isEmpty() || soc == null) {
            return NEUTRAL;
        }
        int best = 0;
        for (String code : wanted) {
            int shared = 0;
            while (shared < 4 && shared < code.length() && code.charAt(shared) == soc.charAt(shared)) {
                shared++;
            }
            best = Math.max(best, shared);
        }
        switch (best) {
            case 4 -> reasons.add("An occupation they want");
            case 3 -> reasons.add("Close to an occupation they want");
            case 2 -> reasons.add("In the same area of work as an occupation they want");
            default -> {}
        }
        return best / 4.0;
    }

    private static double flexibilityFit(Candidate person, Job job, List<String> reasons, List<String> unmet) {
        double total = 0;
        int counted = 0;
        if (person.wantsFlexibility()) {
            counted++;
            if (job.flexibleFromDayOne()) {
                total++;
                reasons.add("Flexible from day one");
            } else {
                unmet.add("Not flexible from day one, which they asked for");
            }
        } else if (job.flexibleFromDayOne()) {
            reasons.add("Flexible from day one");
        }
        if (person.needsAdjustments()) {
            counted++;
            if (job.adjustmentsOffered()) {
                total++;
                reasons.add("Offers adjustments");
            } else {
                unmet.add("No adjustments mentioned, and they need some");
            }
        }
        return counted == 0 ? (job.flexibleFromDayOne() ? 0.75 : NEUTRAL) : total / counted;
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                .collect(Collectors.joining(" and "));
    }
}
