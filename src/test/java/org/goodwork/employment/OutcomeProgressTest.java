package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goodwork.employment.Spells.d;
import static org.goodwork.employment.Spells.job;
import static org.goodwork.employment.Spells.n;
import static org.goodwork.employment.Spells.selfEmployed;

import java.math.BigDecimal;
import java.util.List;
import org.goodwork.employment.OutcomeProgress.Measure;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.SustainedRule;
import org.junit.jupiter.api.Test;

/** What keyworkers are shown about progress towards an outcome, and when sustainment checks fall due. */
class OutcomeProgressTest {

    private static final HoursRule SIXTEEN_HOURS_FOUR_WEEKS = new HoursRule(n("16"), 4);

    @Test
    void hoursProgressCountsTheCurrentRunOfQualifyingDays() {
        var progress = OutcomeRules.progress(
                SIXTEEN_HOURS_FOUR_WEEKS, List.of(job("2026-01-05", null, "16")), null, d("2026-01-27"));

        assertThat(progress.achieved()).isFalse();
        assertThat(progress.achievedOn()).isNull();
        assertThat(progress.measure()).isEqualTo(Measure.DAYS);
        assertThat(progress.counted()).isEqualByComparingTo("23");
        assertThat(progress.needed()).isEqualByComparingTo("28");
        assertThat(progress.percent()).isEqualTo(82);
        assertThat(progress.explanation()).isEqualTo("16 or more hours a week for 23 of the 28 days needed in a row");
    }

    @Test
    void hoursProgressIsBackToNothingAfterAJobEnds() {
        var progress = OutcomeRules.progress(
                SIXTEEN_HOURS_FOUR_WEEKS, List.of(job("2026-01-05", "2026-01-20", "16")), null, d("2026-01-27"));

        assertThat(progress.counted()).isEqualByComparingTo("0");
        assertThat(progress.explanation()).isEqualTo("16 or more hours a week for 0 of the 28 days needed in a row");
    }

    @Test
    void anAchievedHoursOutcomeSaysWhen() {
        var progress = OutcomeRules.progress(
                new HoursRule(n("16.5"), 4, HoursRule.Counting.SINGLE_SPELL),
                List.of(job("2026-01-05", null, "20")),
                null,
                d("2026-06-01"));

        assertThat(progress.achieved()).isTrue();
        assertThat(progress.achievedOn()).isEqualTo(d("2026-02-01"));
        assertThat(progress.counted()).isEqualByComparingTo("28");
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.explanation())
                .isEqualTo("Achieved on 1 February 2026: 16.5 or more hours a week in one job for 28 days in a row");
    }

    @Test
    void sustainedProgressCountsBridgedGapsButNotLongerOnes() {
        var spells = List.of(
                job("2026-01-05", "2026-01-31", "16"), // 27 days
                job("2026-02-10", "2026-02-20", "16"), // 9-day gap bridged, 11 days
                job("2026-03-15", null, "16")); // 22-day gap not counted, 3 days to 17 March

        var progress = OutcomeRules.progress(SustainedRule.weeks(13), spells, null, d("2026-03-17"));

        assertThat(progress.achieved()).isFalse();
        assertThat(progress.counted()).isEqualByComparingTo("50");
        assertThat(progress.explanation())
                .isEqualTo("In work for 50 of the 91 days needed since the job start on 5 January 2026");
    }

    @Test
    void sustainedProgressBeforeAnyJobStartSaysSo() {
        var progress = OutcomeRules.progress(
                SustainedRule.weeks(26), List.of(job("2026-03-01", null, "16")), null, d("2026-02-01"));

        assertThat(progress.counted()).isEqualByComparingTo("0");
        assertThat(progress.needed()).isEqualByComparingTo("182");
        assertThat(progress.explanation()).isEqualTo("No job start yet: 182 days in work are needed after it");
    }

    @Test
    void anAchievedSustainedOutcomeNeverCountsMoreThanNeeded() {
        var progress = OutcomeRules.progress(
                SustainedRule.weeks(13), List.of(job("2026-01-05", null, "16")), null, d("2026-12-01"));

        assertThat(progress.counted()).isEqualByComparingTo("91");
        assertThat(progress.explanation())
                .isEqualTo("Achieved on 5 April 2026: in work for 91 days since the job start on 5 January 2026");
    }

    @Test
    void earningsProgressIsInPoundsAndSaysWhenPayIsNotKnown() {
        var spells = List.of(job("2026-01-05", null, "16", "11.44"), selfEmployed("2026-01-05", null, "10"));

        var progress = OutcomeRules.progress(new EarningsRule(n("1000"), 4), spells, d("2026-01-05"), d("2026-01-11"));

        assertThat(progress.measure()).isEqualTo(Measure.POUNDS);
        assertThat(progress.counted()).isEqualTo(new BigDecimal("183.04"));
        assertThat(progress.percent()).isEqualTo(18);
        assertThat(progress.explanation())
                .isEqualTo("Earned £183.04 of the £1,000.00 needed between 5 January 2026 and 1 February 2026."
                        + " Pay is not known for some of the work, so that work is not counted");
    }

    @Test
    void anAchievedEarningsOutcomeSaysWhen() {
        var progress = OutcomeRules.progress(
                new EarningsRule(n("300"), 52),
                List.of(job("2026-01-05", null, "20", "10.50")),
                d("2026-01-05"),
                d("2026-06-01"));

        assertThat(progress.achievedOn()).isEqualTo(d("2026-01-14"));
        assertThat(progress.counted()).isEqualByComparingTo("300");
        assertThat(progress.explanation())
                .isEqualTo(
                        "Achieved on 14 January 2026: earned £300.00 or more between 5 January 2026 and 3 January 2027");
    }

    @Test
    void sustainmentChecksFallDueThirteenTwentySixAndFiftyTwoWeeksAfterTheJobStart() {
        var checks = OutcomeRules.sustainmentChecks(d("2026-01-05"));

        assertThat(checks)
                .containsExactly(
                        new SustainmentCheck(13, d("2026-04-06")),
                        new SustainmentCheck(26, d("2026-07-06")),
                        new SustainmentCheck(52, d("2027-01-04")));
        assertThat(checks.getFirst().isDueBy(d("2026-04-05"))).isFalse();
        assertThat(checks.getFirst().isDueBy(d("2026-04-06"))).isTrue();
    }
}
