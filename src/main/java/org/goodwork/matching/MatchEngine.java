package org.goodwork.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Jobs one = Jobs.of(List.of(job));
        Explanation why = new Explanation(person, job);
        int outcome = judge(one.person(person), one, 0, why);
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
     * Many jobs as matching reads them: each term in an array of numbers, one entry per job in the
     * order given, so that judging a person against every job reads memory in order instead of
     * following references to decimals, sets and strings. Occupations and contract types are numbered
     * within the set.
     */
    static final class Jobs {

        final Job[] job;
        final double[] minHours;
        final double[] maxHours;
        final int[] days;
        final int[] contract;
        final double[] hourlyPay;
        final boolean[] remote;
        final double[] latitude;
        final double[] longitude;
        final double[] quality;
        final int[] occupation;
        final boolean[] flexible;
        final boolean[] adjustments;
        final List<String> contractTypes;
        final List<String> occupations;

        private Jobs(List<Job> jobs) {
            int n = jobs.size();
            job = jobs.toArray(Job[]::new);
            minHours = new double[n];
            maxHours = new double[n];
            days = new int[n];
            contract = new int[n];
            hourlyPay = new double[n];
            remote = new boolean[n];
            latitude = new double[n];
            longitude = new double[n];
            quality = new double[n];
            occupation = new int[n];
            flexible = new boolean[n];
            adjustments = new boolean[n];
            Map<String, Integer> contractIndex = new LinkedHashMap<>();
            Map<String, Integer> occupationIndex = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Job j = job[i];
                minHours[i] = number(j.minWeeklyHours());
                maxHours[i] = number(j.maxWeeklyHours());
                days[i] = mask(j.days());
                contract[i] = contractIndex.computeIfAbsent(j.contractType(), type -> contractIndex.size());
                hourlyPay[i] = number(j.hourlyPay());
                remote[i] = j.remote();
                latitude[i] = j.latitude() == null ? Double.NaN : j.latitude();
                longitude[i] = j.longitude() == null ? Double.NaN : j.longitude();
                quality[i] = quality(j);
                occupation[i] = j.socCode() == null
                        ? -1
                        : occupationIndex.computeIfAbsent(j.socCode(), code -> occupationIndex.size());
                flexible[i] = j.flexibleFromDayOne();
                adjustments[i] = j.adjustmentsOffered();
            }
            contractTypes = new ArrayList<>(contractIndex.keySet());
            occupations = new ArrayList<>(occupationIndex.keySet());
        }

        static Jobs of(List<Job> jobs) {
            return new Jobs(jobs);
        }

        int size() {
            return job.length;
        }

        /** The person's wishes in the same terms, numbered as these jobs number them. */
        Person person(Candidate candidate) {
            boolean[] accepts = new boolean[contractTypes.size()];
            for (int i = 0; i < accepts.length; i++) {
                accepts[i] = candidate.acceptableContractTypes().contains(contractTypes.get(i));
            }
            int[] shared = new int[occupations.size()];
            for (int i = 0; i < shared.length; i++) {
                shared[i] = sharedDigits(candidate.occupations(), occupations.get(i));
            }
            return new Person(
                    number(candidate.minWeeklyHours()),
                    number(candidate.maxWeeklyHours()),
                    mask(candidate.availableDays()),
                    !candidate.acceptableContractTypes().isEmpty(),
                    accepts,
                    number(candidate.payFloorHourly()),
                    candidate.maxTravelMinutes() == null ? -1 : candidate.maxTravelMinutes(),
                    candidate.latitude() == null ? Double.NaN : candidate.latitude(),
                    candidate.longitude() == null ? Double.NaN : candidate.longitude(),
                    shared,
                    candidate.wantsFlexibility(),
                    candidate.needsAdjustments());
        }

        /**
         * Hours and pay are stored to one and two decimal places, which doubles order exactly as the
         * decimals do. NaN is "not said".
         */
        private static double number(BigDecimal value) {
            return value == null ? Double.NaN : value.doubleValue();
        }

        private static int mask(Set<DayOfWeek> days) {
            int mask = 0;
            for (DayOfWeek day : days) {
                mask |= 1 << day.ordinal();
            }
            return mask;
        }
    }

    /**
     * A {@link Candidate} in the terms of one {@link Jobs}: NaN and -1 are "not said"; {@code accepts}
     * and {@code sharedDigits} are by the jobs' contract type and occupation numbers.
     */
    record Person(
            double minHours,
            double maxHours,
            int days,
            boolean saidContracts,
            boolean[] accepts,
            double payFloor,
            int maxTravelMinutes,
            double latitude,
            double longitude,
            int[] sharedDigits,
            boolean wantsFlexibility,
            boolean needsAdjustments) {

        /** How many leading SOC digits the occupation numbered {@code occupation} shares with their closest wish. */
        int shared(int occupation) {
            return occupation < 0 ? -1 : sharedDigits[occupation];
        }
    }

    /**
     * The same judgement as {@link #evaluate} without the words, for ranking many jobs: the score in
     * tenths (0 to 1000), or {@code -1 - tenths} when a hard constraint excludes the job. Allocates
     * nothing, because re-matching calls it for every person against every open vacancy.
     */
    static int outcome(Person person, Jobs jobs, int i) {
        return judge(person, jobs, i, null);
    }

    static boolean isExcluded(int outcome) {
        return outcome < 0;
    }

    /** The score of an {@link #outcome} in tenths, excluded or not: {@link Match#score()} times ten. */
    static int tenths(int outcome) {
        return outcome < 0 ? -1 - outcome : outcome;
    }

    /** Job quality as a fraction, and 0.4 when not assessed: below fair, above nothing known to be poor. */
    static double quality(Job job) {
        return job.qualityScore() == null ? 0.4 : job.qualityScore() / 100.0;
    }

    /**
     * Minutes door to door, as {@link Match#travelMinutes()}: none for remote work, which is the shortest
     * journey, and NaN when a location is unknown.
     */
    static double travelMinutes(Person person, Jobs jobs, int i) {
        if (jobs.remote[i]) {
            return 0.0;
        }
        if (Double.isNaN(person.latitude()) || Double.isNaN(jobs.latitude[i])) {
            return Double.NaN;
        }
        return Geography.distanceKm(person.latitude(), person.longitude(), jobs.latitude[i], jobs.longitude[i])
                * MINUTES_PER_KM;
    }

    /**
     * The highest score in tenths a job of this quality and occupational closeness could reach, whatever
     * the journey and flexibility, so that ranking can skip jobs that could not make the list.
     */
    static int bestPossibleTenths(double quality, int sharedDigits) {
        return (int) Math.round(weigh(quality, occupationCloseness(sharedDigits), 1, 1) * 10);
    }

    private static double weigh(double quality, double occupation, double distanceFit, double flexibility) {
        return QUALITY_WEIGHT * quality
                + OCCUPATION_WEIGHT * occupation
                + DISTANCE_WEIGHT * distanceFit
                + FLEXIBILITY_WEIGHT * flexibility;
    }

    /** Reasons and unmet preferences in plain words, and the journey, collected while judging one pair. */
    private static final class Explanation {
        final Candidate person;
        final Job job;
        final List<String> reasons = new ArrayList<>(6);
        final List<String> unmet = new ArrayList<>(3);
        Double minutes;

        Explanation(Candidate person, Job job) {
            this.person = person;
            this.job = job;
        }
    }

    /**
     * The rules, once, for both {@link #evaluate} and {@link #outcome}: {@code why} is null when no one
     * will read the explanation, and then no words are built. The words come from the records in
     * {@code why}, the decisions from the numbers.
     */
    private static int judge(Person person, Jobs jobs, int i, Explanation why) {
        boolean excluded = false;

        // Hard constraints.
        if (!Double.isNaN(person.minHours())
                && !Double.isNaN(jobs.maxHours[i])
                && jobs.maxHours[i] < person.minHours()) {
            excluded = true;
            if (why != null) {
                why.unmet.add("At most " + hours(why.job.maxWeeklyHours()) + " hours a week; they want at least "
                        + hours(why.person.minWeeklyHours()));
            }
        } else if (!Double.isNaN(person.maxHours())
                && !Double.isNaN(jobs.minHours[i])
                && jobs.minHours[i] > person.maxHours()) {
            excluded = true;
            if (why != null) {
                why.unmet.add("At least " + hours(why.job.minWeeklyHours()) + " hours a week; they can do at most "
                        + hours(why.person.maxWeeklyHours()));
            }
        } else if (why != null && (!Double.isNaN(person.minHours()) || !Double.isNaN(person.maxHours()))) {
            why.reasons.add("Hours fit what they can do");
        }
        if (person.days() != 0 && jobs.days[i] != 0) {
            if ((jobs.days[i] & ~person.days()) == 0) {
                if (why != null) {
                    why.reasons.add("Works on days they are available");
                }
            } else {
                excluded = true;
                if (why != null) {
                    Set<DayOfWeek> missing = why.job.days().stream()
                            .filter(d -> !why.person.availableDays().contains(d))
                            .collect(Collectors.toCollection(java.util.TreeSet::new));
                    why.unmet.add("Needs " + days(missing) + ", when they are not available");
                }
            }
        }
        if (person.saidContracts()) {
            if (person.accepts()[jobs.contract[i]]) {
                if (why != null) {
                    why.reasons.add(why.job.contractLabel() + " contract, which they would take");
                }
            } else {
                excluded = true;
                if (why != null) {
                    why.unmet.add(why.job.contractLabel() + " contract, which they would not take");
                }
            }
        }
        if (!Double.isNaN(person.payFloor())) {
            if (Double.isNaN(jobs.hourlyPay[i])) {
                if (why != null) {
                    why.unmet.add("Pay is not stated, so their pay floor cannot be checked");
                }
            } else if (jobs.hourlyPay[i] < person.payFloor()) {
                excluded = true;
                if (why != null) {
                    why.unmet.add("Pays £" + money(why.job.hourlyPay()) + " an hour, below their floor of £"
                            + money(why.person.payFloorHourly()));
                }
            } else if (why != null) {
                why.reasons.add("Pays £" + money(why.job.hourlyPay()) + " an hour, at or above their floor");
            }
        }
        double distanceFit = NEUTRAL;
        double minutes = travelMinutes(person, jobs, i);
        if (jobs.remote[i]) {
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
            int maxTravel = person.maxTravelMinutes();
            if (maxTravel >= 0) {
                // Decided on the minutes shown, so "about 44 minutes; up to 44" is never the reason to exclude.
                if (Math.round(minutes) > maxTravel) {
                    excluded = true;
                    if (why != null) {
                        why.unmet.add(
                                "About " + Math.round(minutes) + " minutes away; they can travel up to " + maxTravel);
                    }
                } else {
                    if (why != null) {
                        why.reasons.add("About " + Math.round(minutes) + " minutes away, within their " + maxTravel);
                    }
                    distanceFit = 1 - minutes / Math.max(maxTravel, 1) / 2;
                }
            } else {
                if (why != null) {
                    why.reasons.add("About " + Math.round(minutes) + " minutes away");
                }
                distanceFit = Math.max(0, 1 - minutes / 120);
            }
        }

        // Soft scores.
        if (why != null) {
            if (why.job.qualityScore() == null) {
                why.unmet.add("Job quality not assessed yet");
            } else {
                why.reasons.add("Job quality " + why.job.qualityBand().toLowerCase(Locale.UK) + " ("
                        + why.job.qualityScore() + "%)");
            }
        }
        int shared = person.shared(jobs.occupation[i]);
        if (why != null) {
            switch (shared) {
                case 4 -> why.reasons.add("An occupation they want");
                case 3 -> why.reasons.add("Close to an occupation they want");
                case 2 -> why.reasons.add("In the same area of work as an occupation they want");
                default -> {}
            }
        }
        double flexibility = flexibilityFit(person, jobs, i, why);
        if (why != null) {
            if (why.job.guaranteedInterview()) {
                why.reasons.add("Guaranteed interview");
            }
            if (why.job.ringFenced()) {
                why.reasons.add("Kept for people on the programme");
            }
        }
        int tenths =
                (int) Math.round(weigh(jobs.quality[i], occupationCloseness(shared), distanceFit, flexibility) * 10);
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

    private static double flexibilityFit(Person person, Jobs jobs, int i, Explanation why) {
        double total = 0;
        int counted = 0;
        if (person.wantsFlexibility()) {
            counted++;
            if (jobs.flexible[i]) {
                total++;
                if (why != null) {
                    why.reasons.add("Flexible from day one");
                }
            } else if (why != null) {
                why.unmet.add("Not flexible from day one, which they asked for");
            }
        } else if (jobs.flexible[i] && why != null) {
            why.reasons.add("Flexible from day one");
        }
        if (person.needsAdjustments()) {
            counted++;
            if (jobs.adjustments[i]) {
                total++;
                if (why != null) {
                    why.reasons.add("Offers adjustments");
                }
            } else if (why != null) {
                why.unmet.add("No adjustments mentioned, and they need some");
            }
        }
        return counted == 0 ? (jobs.flexible[i] ? 0.75 : NEUTRAL) : total / counted;
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
