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
        Explanation why = new Explanation();
        int outcome = judge(person, job, why);
        return new Match(
                job,
                person,
                isExcluded(outcome),
                tenths(outcome) / 10.0,
                why.minutes,
                List.copyOf(why.reasons),
                List.copyOf(why.unmet));
    }

    /**
     * The same judgement as {@link #evaluate} without the words, for ranking many jobs: the score in
     * tenths (0 to 1000), or {@code -1 - tenths} when a hard constraint excludes the job. Allocates
     * nothing, because re-matching calls it for every person against every open vacancy.
     */
    public static int outcome(Candidate person, Job job) {
        return judge(person, job, null);
    }

    public static boolean isExcluded(int outcome) {
        return outcome < 0;
    }

    /** The score of an {@link #outcome} in tenths, excluded or not: {@link Match#score()} times ten. */
    public static int tenths(int outcome) {
        return outcome < 0 ? -1 - outcome : outcome;
    }

    /** Minutes door to door, as {@link Match#travelMinutes()}; NaN when remote or a location is unknown. */
    public static double travelMinutes(Candidate person, Job job) {
        if (job.remote() || person.latitude() == null || job.latitude() == null) {
            return Double.NaN;
        }
        return Geography.distanceKm(person.latitude(), person.longitude(), job.latitude(), job.longitude())
                * MINUTES_PER_KM;
    }

    /** Job quality as a fraction, and 0.4 when not assessed: below fair, above nothing known to be poor. */
    static double quality(Job job) {
        return job.qualityScore() == null ? 0.4 : job.qualityScore() / 100.0;
    }

    /**
     * The highest score in tenths a job of this quality and occupational closeness could reach, whatever
     * the journey and flexibility, so that ranking can skip jobs that could not make the list.
     */
    static int bestPossibleTenths(double quality, double occupation) {
        return (int) Math.round(weigh(quality, occupation, 1, 1) * 10);
    }

    private static double weigh(double quality, double occupation, double distanceFit, double flexibility) {
        return QUALITY_WEIGHT * quality
                + OCCUPATION_WEIGHT * occupation
                + DISTANCE_WEIGHT * distanceFit
                + FLEXIBILITY_WEIGHT * flexibility;
    }

    /** Reasons and unmet preferences in plain words, and the journey, collected while judging one pair. */
    private static final class Explanation {
        final List<String> reasons = new ArrayList<>(6);
        final List<String> unmet = new ArrayList<>(3);
        Double minutes;
    }

    /**
     * The rules, once, for both {@link #evaluate} and {@link #outcome}: {@code why} is null when no one
     * will read the explanation, and then no words are built.
     */
    private static int judge(Candidate person, Job job, Explanation why) {
        boolean excluded = false;

        // Hard constraints.
        if (person.minWeeklyHours() != null
                && job.maxWeeklyHours() != null
                && job.maxWeeklyHours().compareTo(person.minWeeklyHours()) < 0) {
            excluded = true;
            if (why != null) {
                why.unmet.add("At most " + hours(job.maxWeeklyHours()) + " hours a week; they want at least "
                        + hours(person.minWeeklyHours()));
            }
        } else if (person.maxWeeklyHours() != null
                && job.minWeeklyHours() != null
                && job.minWeeklyHours().compareTo(person.maxWeeklyHours()) > 0) {
            excluded = true;
            if (why != null) {
                why.unmet.add("At least " + hours(job.minWeeklyHours()) + " hours a week; they can do at most "
                        + hours(person.maxWeeklyHours()));
            }
        } else if (why != null && (person.minWeeklyHours() != null || person.maxWeeklyHours() != null)) {
            why.reasons.add("Hours fit what they can do");
        }
        if (!person.availableDays().isEmpty() && !job.days().isEmpty()) {
            if (person.availableDays().containsAll(job.days())) {
                if (why != null) {
                    why.reasons.add("Works on days they are available");
                }
            } else {
                excluded = true;
                if (why != null) {
                    Set<DayOfWeek> missing = job.days().stream()
                            .filter(d -> !person.availableDays().contains(d))
                            .collect(Collectors.toCollection(java.util.TreeSet::new));
                    why.unmet.add("Needs " + days(missing) + ", when they are not available");
                }
            }
        }
        if (!person.acceptableContractTypes().isEmpty()) {
            if (person.acceptableContractTypes().contains(job.contractType())) {
                if (why != null) {
                    why.reasons.add(job.contractLabel() + " contract, which they would take");
                }
            } else {
                excluded = true;
                if (why != null) {
                    why.unmet.add(job.contractLabel() + " contract, which they would not take");
                }
            }
        }
        if (person.payFloorHourly() != null) {
            if (job.hourlyPay() == null) {
                if (why != null) {
                    why.unmet.add("Pay is not stated, so their pay floor cannot be checked");
                }
            } else if (job.hourlyPay().compareTo(person.payFloorHourly()) < 0) {
                excluded = true;
                if (why != null) {
                    why.unmet.add("Pays £" + money(job.hourlyPay()) + " an hour, below their floor of £"
                            + money(person.payFloorHourly()));
                }
            } else if (why != null) {
                why.reasons.add("Pays £" + money(job.hourlyPay()) + " an hour, at or above their floor");
            }
        }
        double distanceFit = NEUTRAL;
        double minutes = travelMinutes(person, job);
        if (job.remote()) {
            // No journey is the shortest journey: nearest-first must not sort it with the unknowns.
            minutes = 0.0;
            distanceFit = 1;
            if (why != null) {
                why.minutes = minutes;
                why.reasons.add("Remote: no journey");
            }
        } else if (Double.isNaN(minutes)) {
            if (why != null) {
                why.unmet.add("Distance unknown: a postcode is missing or not recognised");
            }
        } else {
            if (why != null) {
                why.minutes = minutes;
            }
            long shown = Math.round(minutes);
            if (person.maxTravelMinutes() != null) {
                // Decided on the minutes shown, so "about 44 minutes; up to 44" is never the reason to exclude.
                if (shown > person.maxTravelMinutes()) {
                    excluded = true;
                    if (why != null) {
                        why.unmet.add(
                                "About " + shown + " minutes away; they can travel up to " + person.maxTravelMinutes());
                    }
                } else {
                    if (why != null) {
                        why.reasons.add("About " + shown + " minutes away, within their " + person.maxTravelMinutes());
                    }
                    distanceFit = 1 - minutes / Math.max(person.maxTravelMinutes(), 1) / 2;
                }
            } else {
                if (why != null) {
                    why.reasons.add("About " + shown + " minutes away");
                }
                distanceFit = Math.max(0, 1 - minutes / 120);
            }
        }

        // Soft scores.
        if (why != null) {
            if (job.qualityScore() == null) {
                why.unmet.add("Job quality not assessed yet");
            } else {
                why.reasons.add(
                        "Job quality " + job.qualityBand().toLowerCase(Locale.UK) + " (" + job.qualityScore() + "%)");
            }
        }
        int shared = sharedDigits(person.occupations(), job.socCode());
        if (why != null) {
            switch (shared) {
                case 4 -> why.reasons.add("An occupation they want");
                case 3 -> why.reasons.add("Close to an occupation they want");
                case 2 -> why.reasons.add("In the same area of work as an occupation they want");
                default -> {}
            }
        }
        double flexibility = flexibilityFit(person, job, why);
        if (why != null) {
            if (job.guaranteedInterview()) {
                why.reasons.add("Guaranteed interview");
            }
            if (job.ringFenced()) {
                why.reasons.add("Kept for people on the programme");
            }
        }
        int tenths = (int) Math.round(weigh(quality(job), occupationCloseness(shared), distanceFit, flexibility) * 10);
        return excluded ? -1 - tenths : tenths;
    }

    /**
     * How many leading SOC digits the job shares with the closest occupation they want (0 to 4), or -1
     * when either side said none.
     */
    static int sharedDigits(Set<String> wanted, String soc) {
        if (wanted.isEmpty() || soc == null) {
            return -1;
        }
        int best = 0;
        for (String code : wanted) {
            int shared = 0;
            while (shared < 4 && shared < code.length() && code.charAt(shared) == soc.charAt(shared)) {
                shared++;
            }
            best = Math.max(best, shared);
        }
        return best;
    }

    /** 1 for the same unit group, then 0.75, 0.5 and 0.25 for the same minor, sub-major and major group. */
    static double occupationCloseness(int sharedDigits) {
        return sharedDigits < 0 ? NEUTRAL : sharedDigits / 4.0;
    }

    private static double flexibilityFit(Candidate person, Job job, Explanation why) {
        double total = 0;
        int counted = 0;
        if (person.wantsFlexibility()) {
            counted++;
            if (job.flexibleFromDayOne()) {
                total++;
                if (why != null) {
                    why.reasons.add("Flexible from day one");
                }
            } else if (why != null) {
                why.unmet.add("Not flexible from day one, which they asked for");
            }
        } else if (job.flexibleFromDayOne() && why != null) {
            why.reasons.add("Flexible from day one");
        }
        if (person.needsAdjustments()) {
            counted++;
            if (job.adjustmentsOffered()) {
                total++;
                if (why != null) {
                    why.reasons.add("Offers adjustments");
                }
            } else if (why != null) {
                why.unmet.add("No adjustments mentioned, and they need some");
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
