package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goodwork.employment.Spells.changing;
import static org.goodwork.employment.Spells.d;
import static org.goodwork.employment.Spells.job;
import static org.goodwork.employment.Spells.n;
import static org.goodwork.employment.Spells.selfEmployed;
import static org.goodwork.employment.Spells.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.junit.jupiter.api.Test;

/** Earnings outcomes: cumulative earnings of at least a threshold within a window from the programme start. */
class EarningsRuleTest {

    private static final LocalDate LATER = d("2027-12-31");

    private static Optional<LocalDate> achieved(
            String threshold, int windowWeeks, String windowStart, LocalDate asAt, EmploymentSpell... spells) {
        return OutcomeRules.achievedOn(
                new EarningsRule(n(threshold), windowWeeks), List.of(spells), d(windowStart), asAt);
    }

    @Test
    void isAchievedOnTheDayEarningsReachTheThresholdExactly() {
        // 20 hours at £10.50 is £210 a week, £30 a day.
        var job = job("2026-01-05", null, "20", "10.50");

        assertThat(achieved("300", 52, "2026-01-05", d("2026-01-13"), job)).isEmpty();
        assertThat(achieved("300", 52, "2026-01-05", d("2026-01-14"), job)).contains(d("2026-01-14"));
        assertThat(achieved("300.01", 52, "2026-01-05", LATER, job)).contains(d("2026-01-15"));
    }

    @Test
    void earningsAreRoundedToPenniesHalfUpOnlyWhenCompared() {
        // 16 hours at £11.44 is £183.04 a week: £26.148571... a day, which rounds to £26.15.
        var job = job("2026-01-05", null, "16", "11.44");

        assertThat(achieved("26.15", 52, "2026-01-05", LATER, job)).contains(d("2026-01-05"));
        assertThat(achieved("26.16", 52, "2026-01-05", LATER, job)).contains(d("2026-01-06"));
        // Seven days are exactly £183.04; rounding each day first would have made £183.05.
        assertThat(achieved("183.04", 52, "2026-01-05", LATER, job)).contains(d("2026-01-11"));
        assertThat(achieved("183.05", 52, "2026-01-05", LATER, job)).contains(d("2026-01-12"));
    }

    @Test
    void earningsBeforeOrAfterTheWindowAreNotCounted() {
        // The 4-week window is 1 to 28 February: 28 days at £30.
        var job = job("2026-01-05", null, "20", "10.50");

        assertThat(achieved("840", 4, "2026-02-01", LATER, job)).contains(d("2026-02-28"));
        assertThat(achieved("840.01", 4, "2026-02-01", LATER, job)).isEmpty();
    }

    @Test
    void aPayRiseMidSpellCountsFromTheDayItStarts() {
        // £200 in the first week at £10 an hour, then £40 a day at £14 an hour.
        var job = changing(null, terms("2026-01-05", "20", "10"), terms("2026-01-12", "20", "14"));

        assertThat(achieved("400", 52, "2026-01-05", d("2026-01-15"), job)).isEmpty();
        assertThat(achieved("400", 52, "2026-01-05", d("2026-01-16"), job)).contains(d("2026-01-16"));
    }

    @Test
    void earningsFromJobsAtTheSameTimeAddUp() {
        // £30 a day and £20 a day.
        var first = job("2026-01-05", null, "20", "10.50");
        var second = job("2026-01-05", null, "10", "14");

        assertThat(achieved("500", 52, "2026-01-05", LATER, first, second)).contains(d("2026-01-14"));
    }

    @Test
    void workWithPayNotKnownEarnsNothingTowardsTheThreshold() {
        var business = selfEmployed("2026-01-05", null, "30");
        var job = job("2026-01-05", null, "10", "14");

        assertThat(achieved("200", 52, "2026-01-05", LATER, business)).isEmpty();
        assertThat(achieved("200", 52, "2026-01-05", LATER, business, job)).contains(d("2026-01-14"));
    }

    @Test
    void recordsAfterTheAsAtDateAreNotCounted() {
        var job = job("2026-01-05", null, "20", "10.50");

        assertThat(achieved("300", 52, "2026-01-05", d("2026-01-13"), job)).isEmpty();
        assertThat(achieved("300", 52, "2026-02-01", d("2026-01-31"), job)).isEmpty();
    }

    @Test
    void theWindowStartIsNeeded() {
        assertThatThrownBy(() -> OutcomeRules.achievedOn(
                        new EarningsRule(n("300"), 52), List.of(job("2026-01-05", null, "20")), null, LATER))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("window start");
    }
}
