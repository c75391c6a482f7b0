package org.goodwork.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.goodwork.matching.MatchEngine.Candidate;
import org.goodwork.matching.MatchEngine.Job;
import org.goodwork.matching.MatchEngine.Match;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every expected value here is worked out by hand from the weights (quality 35, occupation 30,
 * distance 20, flexibility 15) and the 4 minutes a kilometre journey estimate.
 */
class MatchEngineTest {

    private static final double HOME_LAT = 53.5;
    private static final double HOME_LON = -2.2;

    /** 0.1 degree of latitude is 6371 × 0.1 × π / 180 = 11.1195 km, so 44.478 minutes: shown as 44. */
    private static final double TENTH_OF_A_DEGREE_MINUTES = 44.478;

    /** 0.05 degree is 5.5597 km, so 22.239 minutes: shown as 22. */
    private static final double TWENTIETH_OF_A_DEGREE_MINUTES = 22.239;

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Nested
    class HardConstraints {

        @Test
        void aJobWhoseMostHoursAreFewerThanTheirLeastIsExcluded() {
            Match match = MatchEngine.evaluate(
                    person().minHours("30").build(), job().hours("16", "20").build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("At most 20 hours a week; they want at least 30");
            assertThat(match.reasons()).doesNotContain("Hours fit what they can do");
        }

        @Test
        void aJobWhoseLeastHoursAreMoreThanTheirMostIsExcluded() {
            Match match = MatchEngine.evaluate(
                    person().maxHours("16").build(), job().hours("37.5", null).build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("At least 37.5 hours a week; they can do at most 16");
        }

        @Test
        void aJobOnADayTheyAreNotAvailableIsExcludedNamingEveryMissingDayInWeekOrder() {
            Match match = MatchEngine.evaluate(
                    person().days(WEEKDAYS).build(),
                    job().days(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                            .build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("Needs Saturday and Sunday, when they are not available");
        }

        @Test
        void aContractTypeTheyWouldNotTakeIsExcluded() {
            Match match = MatchEngine.evaluate(
                    person().contracts("PERMANENT", "FIXED_TERM").build(),
                    job().contract("ZERO_HOURS", "Zero hours").build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("Zero hours contract, which they would not take");
        }

        @Test
        void payBelowTheirFloorIsExcludedWithBothAmountsInPoundsAndPence() {
            Match match = MatchEngine.evaluate(
                    person().payFloor("12.21").build(), job().pay("11").build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("Pays £11.00 an hour, below their floor of £12.21");
        }

        @Test
        void aJourneyLongerThanTheyCanTravelIsExcludedWithTheEstimateRoundedToTheMinute() {
            Match match = MatchEngine.evaluate(
                    person().maxTravel(40).build(), job().north(0.1).build());

            assertThat(match.travelMinutes()).isCloseTo(TENTH_OF_A_DEGREE_MINUTES, within(0.001));
            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("About 44 minutes away; they can travel up to 40");
        }

        @Test
        void theJourneyEstimateIsRoundedToTheNearestMinuteNotDown() {
            // 0.11 degree is 12.2314 km, so 48.926 minutes: shown as 49.
            Match match = MatchEngine.evaluate(
                    person().maxTravel(45).build(), job().north(0.11).build());

            assertThat(match.travelMinutes()).isCloseTo(48.926, within(0.001));
            assertThat(match.unmet()).contains("About 49 minutes away; they can travel up to 45");
        }

        @Test
        void aJobThatSaysNothingTheyCareAboutIsNotExcluded() {
            Match match = MatchEngine.evaluate(person().build(), job().build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.unmet()).isEmpty();
        }
    }

    @Nested
    class Boundaries {

        @Test
        void aJobWhoseMostHoursEqualTheirLeastFits() {
            Match match = MatchEngine.evaluate(
                    person().minHours("20").build(), job().hours("16", "20.0").build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("Hours fit what they can do");
        }

        @Test
        void aJobWhoseLeastHoursEqualTheirMostFits() {
            Match match = MatchEngine.evaluate(
                    person().maxHours("16.0").build(), job().hours("16", null).build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("Hours fit what they can do");
        }

        @Test
        void payEqualToTheirFloorFits() {
            Match match = MatchEngine.evaluate(
                    person().payFloor("12.21").build(), job().pay("12.210").build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("Pays £12.21 an hour, at or above their floor");
        }

        @Test
        void aJourneyOfExactlyTheirMaximumFits() {
            // Shown as 44 minutes, so a 44 minute maximum must not be reported as exceeded.
            Match match = MatchEngine.evaluate(
                    person().maxTravel(44).build(), job().north(0.1).build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("About 44 minutes away, within their 44");
        }

        @Test
        void aJourneyJustOverTheirMaximumIsExcluded() {
            Match match = MatchEngine.evaluate(
                    person().maxTravel(43).build(), job().north(0.1).build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet()).contains("About 44 minutes away; they can travel up to 43");
        }
    }

    @Nested
    class UnknownsAndRemoteWork {

        @Test
        void anUnknownHomeLocationNeverExcludesAndScoresTheDistanceNeutrally() {
            Match known = MatchEngine.evaluate(person().build(), job().build());
            Match unknown = MatchEngine.evaluate(
                    person().nowhere().maxTravel(5).build(), job().north(3).build());

            assertThat(unknown.excluded()).isFalse();
            assertThat(unknown.travelMinutes()).isNull();
            assertThat(unknown.unmet()).containsExactly("Distance unknown: a postcode is missing or not recognised");
            // Same job otherwise, with the distance fit of 0 minutes (1) replaced by neutral (0.5): 20 × 0.5 less.
            assertThat(known.score() - unknown.score()).isCloseTo(10.0, within(1e-9));
        }

        @Test
        void anUnknownJobLocationNeverExcludes() {
            Match match = MatchEngine.evaluate(
                    person().maxTravel(5).build(), job().nowhere().build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.travelMinutes()).isNull();
            assertThat(match.unmet()).containsExactly("Distance unknown: a postcode is missing or not recognised");
        }

        @Test
        void aRemoteJobHasNoJourneyHoweverFarAwayTheEmployerIs() {
            Match match = MatchEngine.evaluate(
                    person().maxTravel(5).build(), job().north(3).remote().build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("Remote: no journey");
            assertThat(match.unmet()).isEmpty();
            assertThat(match.travelMinutes()).isZero();
        }

        @Test
        void aRemoteJobNeedsNoLocationsAtAll() {
            Match match = MatchEngine.evaluate(
                    person().nowhere().maxTravel(5).build(),
                    job().nowhere().remote().build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons()).contains("Remote: no journey");
            assertThat(match.unmet()).isEmpty();
        }

        @Test
        void unstatedPayWithAFloorIsNotExcludedButSaysThePayCannotBeChecked() {
            Match match = MatchEngine.evaluate(
                    person().payFloor("12.21").build(), job().pay(null).build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.unmet()).containsExactly("Pay is not stated, so their pay floor cannot be checked");
        }

        @Test
        void unstatedPayWithoutAFloorSaysNothingAboutPay() {
            Match match = MatchEngine.evaluate(person().build(), job().pay(null).build());

            assertThat(match.unmet()).isEmpty();
            assertThat(match.reasons()).noneMatch(reason -> reason.startsWith("Pay"));
        }
    }

    @Nested
    class Score {

        @Test
        void aPersonWhoSaysNothingBeyondWhereTheyLive() {
            // Quality 35 × 0.80 = 28; occupation neutral 30 × 0.5 = 15;
            // no maximum journey: 20 × (1 - 44.478 / 120) = 12.587; flexibility neutral 15 × 0.5 = 7.5.
            // 63.087, shown as 63.1.
            Match match =
                    MatchEngine.evaluate(person().build(), job().north(0.1).build());

            assertThat(match.score()).isEqualTo(63.1);
        }

        @Test
        void aGoodJobInTheOccupationTheyWantWithinTheirJourney() {
            // Quality 35 × 0.80 = 28; same unit group 30 × 1 = 30;
            // within a 50 minute maximum: 20 × (1 - 44.478 / 50 / 2) = 11.104;
            // flexible and adjusting, both asked for: 15 × 2/2 = 15. 84.104, shown as 84.1.
            Match match = MatchEngine.evaluate(
                    person().maxTravel(50)
                            .occupations("2136")
                            .wantsFlexibility()
                            .needsAdjustments()
                            .build(),
                    job().north(0.1).flexible().adjustments().build());

            assertThat(match.score()).isEqualTo(84.1);
        }

        @Test
        void anUnassessedRemoteJobCloseToTheirOccupationWithoutTheAdjustmentsTheyNeed() {
            // Unassessed 35 × 0.4 = 14; same minor group (3 digits) 30 × 0.75 = 22.5; remote 20 × 1 = 20;
            // needs adjustments, none offered; flexibility was not asked for so does not count: 15 × 0/1 = 0.
            // 56.5.
            Match match = MatchEngine.evaluate(
                    person().occupations("2136").needsAdjustments().build(),
                    job().soc("2134")
                            .quality(null, "Not assessed yet")
                            .remote()
                            .flexible()
                            .build());

            assertThat(match.score()).isEqualTo(56.5);
        }

        @Test
        void aPoorJobInTheSameMajorGroupWithAnUnknownDistanceRoundsHalfUp() {
            // Quality 35 × 0.40 = 14; same major group only (1 digit) 30 × 0.25 = 7.5;
            // distance unknown, neutral 20 × 0.5 = 10; flexible from day one, nothing asked for 15 × 0.75 = 11.25.
            // 42.75, shown as 42.8.
            Match match = MatchEngine.evaluate(
                    person().nowhere().occupations("2136").build(),
                    job().soc("2411").quality(40, "Poor").flexible().build());

            assertThat(match.score()).isEqualTo(42.8);
        }

        @Test
        void occupationClosenessFallsAQuarterForEachLevelOfTheSocHierarchyNotShared() {
            Set<String> wanted = Set.of("2136", "9111");

            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(wanted, "2136")))
                    .isEqualTo(1.0);
            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(wanted, "2139")))
                    .isEqualTo(0.75);
            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(wanted, "2141")))
                    .isEqualTo(0.5);
            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(wanted, "9211")))
                    .isEqualTo(0.25);
            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(wanted, "5111")))
                    .isEqualTo(0.0);
            assertThat(MatchEngine.occupationCloseness(MatchEngine.sharedDigits(Set.of(), "5111")))
                    .isEqualTo(0.5);
        }

        @Test
        void aLongerJourneyWithoutAMaximumStopsCountingAtTwoHours() {
            // 3 degrees is 333.6 km, 1334 minutes: distance fit max(0, 1 - 1334 / 120) = 0.
            // 28 + 15 + 0 + 7.5 = 50.5.
            Match match = MatchEngine.evaluate(person().build(), job().north(3).build());

            assertThat(match.score()).isEqualTo(50.5);
        }
    }

    @Nested
    class Ranking {

        private final Candidate person = person().occupations("2136").build();

        // Good quality but a different occupation and a long way: 28 + 0 + 20 × (1 - 66.7 / 120) + 7.5.
        private final Match good = MatchEngine.evaluate(
                person, job().title("good").soc("5111").north(0.15).build());
        // Fair quality in the occupation they want, close by: 21 + 30 + 20 × (1 - 22.2 / 120) + 7.5.
        private final Match fair = MatchEngine.evaluate(
                person, job().title("fair").quality(60, "Fair").north(0.05).build());
        private final Match unassessed = MatchEngine.evaluate(
                person,
                job().title("unassessed").quality(null, "Not assessed yet").build());
        private final Match poor = MatchEngine.evaluate(
                person, job().title("poor").quality(30, "Poor").north(0.1).build());
        private final Match betterGood = MatchEngine.evaluate(
                person,
                job().title("better good").quality(90, "Good").north(0.1).build());

        @Test
        void goodJobsFirstPutsTheGoodBandFirstEvenAboveABetterFittingFairJob() {
            assertThat(good.score()).isLessThan(fair.score());
            assertThat(betterGood.score()).isGreaterThan(good.score());

            assertThat(titles(Matches.Order.GOOD_JOBS_FIRST, poor, unassessed, fair, good, betterGood))
                    .containsExactly("better good", "good", "fair", "unassessed", "poor");
        }

        @Test
        void theQualityBandsStartWhereJobQualitySaysTheyDo() {
            Match justGood = MatchEngine.evaluate(
                    person, job().title("75").quality(75, "Good").build());
            Match justFair = MatchEngine.evaluate(
                    person, job().title("50").quality(50, "Fair").build());
            Match almostFair = MatchEngine.evaluate(
                    person, job().title("49").quality(49, "Poor").build());
            Match almostGood = MatchEngine.evaluate(
                    person, job().title("74").quality(74, "Fair").flexible().build());

            assertThat(titles(Matches.Order.GOOD_JOBS_FIRST, almostFair, unassessed, justFair, almostGood, justGood))
                    .containsExactly("75", "74", "50", "unassessed", "49");
        }

        @Test
        void bestFitIsTheScoreAlone() {
            assertThat(titles(Matches.Order.BEST_FIT, poor, unassessed, fair, good, betterGood))
                    .containsExactly("better good", "fair", "unassessed", "poor", "good");
        }

        @Test
        void nearestPutsRemoteJobsFirstAndUnknownDistancesLastBestFitFirst() {
            Match remote = MatchEngine.evaluate(
                    person, job().title("remote").north(3).remote().build());
            Match unknownWorse = MatchEngine.evaluate(
                    person,
                    job().title("unknown, worse").quality(30, "Poor").nowhere().build());
            Match unknownBetter = MatchEngine.evaluate(
                    person, job().title("unknown, better").nowhere().build());

            assertThat(titles(Matches.Order.NEAREST, unknownWorse, poor, good, unknownBetter, fair, remote))
                    .containsExactly("remote", "fair", "poor", "good", "unknown, better", "unknown, worse");
        }

        private List<String> titles(Matches.Order order, Match... matches) {
            return Stream.of(matches)
                    .sorted(order.comparator())
                    .map(m -> m.job().title())
                    .toList();
        }
    }

    @Nested
    class Explanations {

        @Test
        void aGoodJobThatFitsSaysWhyInTheOrderTheyAreChecked() {
            Match match = MatchEngine.evaluate(
                    person().hours("16", "37.5")
                            .days(WEEKDAYS)
                            .contracts("PERMANENT")
                            .payFloor("12")
                            .maxTravel(50)
                            .occupations("2136")
                            .wantsFlexibility()
                            .needsAdjustments()
                            .build(),
                    job().north(0.1)
                            .flexible()
                            .adjustments()
                            .guaranteedInterview()
                            .ringFenced()
                            .build());

            assertThat(match.excluded()).isFalse();
            assertThat(match.reasons())
                    .containsExactly(
                            "Hours fit what they can do",
                            "Works on days they are available",
                            "Permanent contract, which they would take",
                            "Pays £12.50 an hour, at or above their floor",
                            "About 44 minutes away, within their 50",
                            "Job quality good (80%)",
                            "An occupation they want",
                            "Flexible from day one",
                            "Offers adjustments",
                            "Guaranteed interview",
                            "Kept for people on the programme");
            assertThat(match.unmet()).isEmpty();
        }

        @Test
        void closerAndLooserOccupationsAndAJourneyWithoutAMaximumAreExplained() {
            Match close = MatchEngine.evaluate(
                    person().occupations("2136").build(),
                    job().soc("2134").north(0.05).build());
            Match sameArea = MatchEngine.evaluate(
                    person().occupations("2136").build(), job().soc("2141").build());
            Match sameMajorGroup = MatchEngine.evaluate(
                    person().occupations("2136").build(), job().soc("2411").build());

            assertThat(close.reasons())
                    .containsExactly(
                            "About 22 minutes away", "Job quality good (80%)", "Close to an occupation they want");
            assertThat(close.travelMinutes()).isCloseTo(TWENTIETH_OF_A_DEGREE_MINUTES, within(0.001));
            assertThat(sameArea.reasons()).contains("In the same area of work as an occupation they want");
            assertThat(sameMajorGroup.reasons()).containsExactly("About 0 minutes away", "Job quality good (80%)");
        }

        @Test
        void anExcludedJobStillListsEveryConstraintItFailsAndWhatElseIsMissing() {
            Match match = MatchEngine.evaluate(
                    person().minHours("30")
                            .days(WEEKDAYS)
                            .contracts("PERMANENT")
                            .payFloor("12.21")
                            .maxTravel(40)
                            .wantsFlexibility()
                            .needsAdjustments()
                            .build(),
                    job().hours("8", "16")
                            .days(EnumSet.of(DayOfWeek.SATURDAY))
                            .contract("ZERO_HOURS", "Zero hours")
                            .pay("11.5")
                            .north(0.1)
                            .quality(null, "Not assessed yet")
                            .build());

            assertThat(match.excluded()).isTrue();
            assertThat(match.unmet())
                    .containsExactly(
                            "At most 16 hours a week; they want at least 30",
                            "Needs Saturday, when they are not available",
                            "Zero hours contract, which they would not take",
                            "Pays £11.50 an hour, below their floor of £12.21",
                            "About 44 minutes away; they can travel up to 40",
                            "Job quality not assessed yet",
                            "Not flexible from day one, which they asked for",
                            "No adjustments mentioned, and they need some");
            assertThat(match.reasons()).isEmpty();
        }

        @Test
        void flexibilityTheyDidNotAskForIsStillMentioned() {
            Match match =
                    MatchEngine.evaluate(person().build(), job().flexible().build());

            assertThat(match.reasons()).contains("Flexible from day one");
            assertThat(match.unmet()).isEmpty();
        }
    }

    private static PersonBuilder person() {
        return new PersonBuilder();
    }

    private static JobBuilder job() {
        return new JobBuilder();
    }

    /** Someone who lives at HOME and has said nothing else. */
    private static final class PersonBuilder {
        private BigDecimal minHours;
        private BigDecimal maxHours;
        private Set<DayOfWeek> days = Set.of();
        private Set<String> contracts = Set.of();
        private BigDecimal payFloor;
        private Integer maxTravel;
        private Double lat = HOME_LAT;
        private Double lon = HOME_LON;
        private Set<String> occupations = Set.of();
        private boolean wantsFlexibility;
        private boolean needsAdjustments;

        PersonBuilder minHours(String hours) {
            minHours = new BigDecimal(hours);
            return this;
        }

        PersonBuilder maxHours(String hours) {
            maxHours = new BigDecimal(hours);
            return this;
        }

        PersonBuilder hours(String min, String max) {
            return minHours(min).maxHours(max);
        }

        PersonBuilder days(Set<DayOfWeek> available) {
            days = available;
            return this;
        }

        PersonBuilder contracts(String... types) {
            contracts = Set.of(types);
            return this;
        }

        PersonBuilder payFloor(String hourly) {
            payFloor = new BigDecimal(hourly);
            return this;
        }

        PersonBuilder maxTravel(int minutes) {
            maxTravel = minutes;
            return this;
        }

        PersonBuilder nowhere() {
            lat = null;
            lon = null;
            return this;
        }

        PersonBuilder occupations(String... socCodes) {
            occupations = Set.of(socCodes);
            return this;
        }

        PersonBuilder wantsFlexibility() {
            wantsFlexibility = true;
            return this;
        }

        PersonBuilder needsAdjustments() {
            needsAdjustments = true;
            return this;
        }

        Candidate build() {
            return new Candidate(
                    UUID.randomUUID(),
                    minHours,
                    maxHours,
                    days,
                    contracts,
                    payFloor,
                    maxTravel,
                    lat,
                    lon,
                    occupations,
                    wantsFlexibility,
                    needsAdjustments);
        }
    }

    /** A good (80%), permanent, £12.50 an hour, 30 to 37.5 hour weekday software job at HOME. */
    private static final class JobBuilder {
        private String title = "Software developer";
        private String soc = "2136";
        private BigDecimal minHours = new BigDecimal("30");
        private BigDecimal maxHours = new BigDecimal("37.5");
        private Set<DayOfWeek> days = WEEKDAYS;
        private String contractType = "PERMANENT";
        private String contractLabel = "Permanent";
        private BigDecimal pay = new BigDecimal("12.50");
        private boolean remote;
        private Double lat = HOME_LAT;
        private Double lon = HOME_LON;
        private Integer quality = 80;
        private String band = "Good";
        private boolean flexible;
        private boolean adjustments;
        private boolean guaranteedInterview;
        private boolean ringFenced;

        JobBuilder title(String value) {
            title = value;
            return this;
        }

        JobBuilder soc(String code) {
            soc = code;
            return this;
        }

        JobBuilder hours(String min, String max) {
            minHours = new BigDecimal(min);
            maxHours = max == null ? null : new BigDecimal(max);
            return this;
        }

        JobBuilder days(Set<DayOfWeek> worked) {
            days = worked;
            return this;
        }

        JobBuilder contract(String type, String label) {
            contractType = type;
            contractLabel = label;
            return this;
        }

        JobBuilder pay(String hourly) {
            pay = hourly == null ? null : new BigDecimal(hourly);
            return this;
        }

        /** Due north of HOME by this many degrees of latitude. */
        JobBuilder north(double degrees) {
            lat = HOME_LAT + degrees;
            lon = HOME_LON;
            return this;
        }

        JobBuilder nowhere() {
            lat = null;
            lon = null;
            return this;
        }

        JobBuilder remote() {
            remote = true;
            return this;
        }

        JobBuilder quality(Integer score, String bandLabel) {
            quality = score;
            band = bandLabel;
            return this;
        }

        JobBuilder flexible() {
            flexible = true;
            return this;
        }

        JobBuilder adjustments() {
            adjustments = true;
            return this;
        }

        JobBuilder guaranteedInterview() {
            guaranteedInterview = true;
            return this;
        }

        JobBuilder ringFenced() {
            ringFenced = true;
            return this;
        }

        Job build() {
            return new Job(
                    UUID.randomUUID(),
                    title,
                    "Acme Ltd",
                    soc,
                    minHours,
                    maxHours,
                    days,
                    contractType,
                    contractLabel,
                    pay,
                    remote,
                    lat,
                    lon,
                    quality,
                    band,
                    flexible,
                    adjustments,
                    guaranteedInterview,
                    ringFenced);
        }
    }
}
