package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goodwork.employment.Spells.changing;
import static org.goodwork.employment.Spells.d;
import static org.goodwork.employment.Spells.job;
import static org.goodwork.employment.Spells.n;
import static org.goodwork.employment.Spells.selfEmployed;
import static org.goodwork.employment.Spells.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.HoursRule.Counting;
import org.junit.jupiter.api.Test;

/** Job outcomes: 16 or more hours a week for 4 consecutive weeks (28 days). */
class HoursRuleTest {

    private static final HoursRule SIXTEEN_HOURS_FOUR_WEEKS = new HoursRule(n("16"), 4);
    private static final LocalDate LATER = d("2026-12-31");

    private static Optional<LocalDate> achieved(HoursRule rule, LocalDate asAt, EmploymentSpell... spells) {
        return OutcomeRules.achievedOn(rule, List.of(spells), null, asAt);
    }

    private static Optional<LocalDate> achieved(LocalDate asAt, EmploymentSpell... spells) {
        return achieved(SIXTEEN_HOURS_FOUR_WEEKS, asAt, spells);
    }

    @Test
    void isAchievedOnTheTwentyEighthDayAndNotTheTwentySeventh() {
        var job = job("2026-01-05", null, "16");

        assertThat(achieved(d("2026-01-31"), job)).isEmpty();
        assertThat(achieved(d("2026-02-01"), job)).contains(d("2026-02-01"));
        assertThat(achieved(LATER, job)).contains(d("2026-02-01"));
    }

    @Test
    void aWeekBelowTheHoursStartsTheCountAgainFromWhenTheHoursGoBackUp() {
        var job = changing(
                null,
                terms("2026-01-05", "16", "12.21"),
                terms("2026-01-19", "15", "12.21"),
                terms("2026-01-26", "16", "12.21"));

        assertThat(achieved(d("2026-02-01"), job)).isEmpty();
        assertThat(achieved(d("2026-02-21"), job)).isEmpty();
        assertThat(achieved(d("2026-02-22"), job)).contains(d("2026-02-22"));
    }

    @Test
    void hoursChangingButStayingAtOrAboveTheMinimumKeepTheCountGoing() {
        var job = changing(null, terms("2026-01-05", "37.5", "12.21"), terms("2026-01-19", "16", "12.21"));

        assertThat(achieved(LATER, job)).contains(d("2026-02-01"));
    }

    @Test
    void exactlySixteenHoursCountsAndJustUnderDoesNot() {
        assertThat(achieved(LATER, job("2026-01-05", null, "16.00"))).contains(d("2026-02-01"));
        assertThat(achieved(LATER, job("2026-01-05", null, "15.99"))).isEmpty();
    }

    @Test
    void twoPartTimeJobsAtTheSameTimeCountTogetherFromWhenBothAreHeld() {
        var cafe = job("2026-01-05", null, "8");
        var shop = job("2026-01-12", null, "8");

        assertThat(achieved(LATER, cafe)).isEmpty();
        assertThat(achieved(d("2026-02-07"), cafe, shop)).isEmpty();
        assertThat(achieved(d("2026-02-08"), cafe, shop)).contains(d("2026-02-08"));
    }

    @Test
    void countingEachSpellAloneDoesNotAddPartTimeJobsTogether() {
        var alone = new HoursRule(n("16"), 4, Counting.SINGLE_SPELL);

        assertThat(achieved(alone, LATER, job("2026-01-05", null, "8"), job("2026-01-12", null, "8")))
                .isEmpty();
        assertThat(achieved(alone, LATER, job("2026-01-05", null, "8"), job("2026-01-12", null, "16")))
                .contains(d("2026-02-08"));
    }

    @Test
    void overlappingJobsCountEachDayOnlyOnce() {
        var first = job("2026-01-05", "2026-01-20", "20");
        var second = job("2026-01-10", "2026-02-01", "20");

        assertThat(achieved(d("2026-01-31"), first, second)).isEmpty();
        assertThat(achieved(LATER, first, second)).contains(d("2026-02-01"));
    }

    @Test
    void aDayWithoutWorkBreaksTheConsecutiveWeeks() {
        var first = job("2026-01-05", "2026-01-31", "16");
        var next = job("2026-02-02", null, "16");

        assertThat(achieved(LATER, first)).isEmpty();
        assertThat(achieved(d("2026-02-28"), first, next)).isEmpty();
        assertThat(achieved(LATER, first, next)).contains(d("2026-03-01"));
    }

    @Test
    void movingStraightFromOneJobToTheNextKeepsTheCountGoingUnlessEachSpellIsJudgedAlone() {
        var first = job("2026-01-05", "2026-01-31", "16");
        var next = job("2026-02-01", null, "16");

        assertThat(achieved(LATER, first, next)).contains(d("2026-02-01"));
        assertThat(achieved(new HoursRule(n("16"), 4, Counting.SINGLE_SPELL), LATER, first, next))
                .contains(d("2026-02-28"));
    }

    @Test
    void selfEmploymentCountsEvenWithEarningsUnknown() {
        assertThat(achieved(LATER, selfEmployed("2026-01-05", null, "16"))).contains(d("2026-02-01"));
    }

    @Test
    void aSpellIsCutAtTheAsAtDate() {
        var job = job("2026-01-05", "2026-03-31", "16");

        assertThat(achieved(d("2026-01-31"), job)).isEmpty();
        assertThat(achieved(d("2026-02-01"), job)).contains(d("2026-02-01"));
    }

    @Test
    void aSpellStartingAfterTheAsAtDateIsIgnored() {
        var cafe = job("2026-01-05", null, "8");
        var shop = job("2026-03-02", null, "8");

        assertThat(achieved(d("2026-03-01"), cafe, shop)).isEmpty();
        assertThat(OutcomeRules.firstJobStart(List.of(shop), d("2026-03-01"))).isEmpty();
        assertThat(achieved(d("2026-03-29"), cafe, shop)).contains(d("2026-03-29"));
    }

    @Test
    void aRiseInHoursRecordedAfterTheAsAtDateIsIgnored() {
        var job = changing(null, terms("2026-01-05", "10", "12.21"), terms("2026-02-01", "20", "12.21"));

        assertThat(achieved(d("2026-01-31"), job)).isEmpty();
        assertThat(achieved(d("2026-02-28"), job)).contains(d("2026-02-28"));
    }

    @Test
    void otherMinimumsAndLengthsAreHonoured() {
        var rule = new HoursRule(n("30"), 2);
        var job = job("2026-01-05", null, "30");

        assertThat(achieved(rule, d("2026-01-17"), job)).isEmpty();
        assertThat(achieved(rule, d("2026-01-18"), job)).contains(d("2026-01-18"));
    }

    @Test
    void noSpellsMeansNoOutcome() {
        assertThat(achieved(LATER)).isEmpty();
    }
}
