package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goodwork.employment.Spells.d;
import static org.goodwork.employment.Spells.job;
import static org.goodwork.employment.Spells.selfEmployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.goodwork.employment.OutcomeRule.SustainedRule;
import org.junit.jupiter.api.Test;

/** Sustained employment: in work for 91, 182 or 364 days since the first job start, gaps of up to 14 days bridged. */
class SustainedRuleTest {

    private static final SustainedRule THIRTEEN_WEEKS = SustainedRule.weeks(13);
    private static final LocalDate LATER = d("2027-12-31");

    private static Optional<LocalDate> achieved(SustainedRule rule, LocalDate asAt, EmploymentSpell... spells) {
        return OutcomeRules.achievedOn(rule, List.of(spells), null, asAt);
    }

    private static Optional<LocalDate> achieved(LocalDate asAt, EmploymentSpell... spells) {
        return achieved(THIRTEEN_WEEKS, asAt, spells);
    }

    @Test
    void thirteenWeeksAreNinetyOneDaysWithGapsOfFourteenDaysBridged() {
        assertThat(THIRTEEN_WEEKS).isEqualTo(new SustainedRule(91, 14));
        assertThat(SustainedRule.weeks(26).days()).isEqualTo(182);
        assertThat(SustainedRule.weeks(52).days()).isEqualTo(364);
    }

    @Test
    void isAchievedOnTheNinetyFirstDayInWorkAndNotTheNinetieth() {
        var job = job("2026-01-05", null, "16");

        assertThat(achieved(d("2026-04-04"), job)).isEmpty();
        assertThat(achieved(d("2026-04-05"), job)).contains(d("2026-04-05"));
        assertThat(achieved(LATER, job)).contains(d("2026-04-05"));
    }

    @Test
    void aGapOfFourteenDaysBetweenJobsCountsAsInWork() {
        // 42 days worked, 14 days' gap (16 February to 1 March) counted, then 35 more days.
        var first = job("2026-01-05", "2026-02-15", "16");
        var next = job("2026-03-02", null, "16");

        assertThat(achieved(d("2026-04-04"), first, next)).isEmpty();
        assertThat(achieved(LATER, first, next)).contains(d("2026-04-05"));
    }

    @Test
    void aGapOfFifteenDaysIsNotCountedButLaterWorkStillAddsUp() {
        // 42 days worked, 15 days' gap not counted, then 49 more days from 3 March.
        var first = job("2026-01-05", "2026-02-15", "16");
        var next = job("2026-03-03", null, "16");

        assertThat(achieved(d("2026-04-19"), first, next)).isEmpty();
        assertThat(achieved(LATER, first, next)).contains(d("2026-04-20"));
    }

    @Test
    void aLongGapDoesNotStopTheWeeksInWorkAddingUp() {
        // 27 days in January, February and March out of work, then 64 more days from 1 April.
        var first = job("2026-01-05", "2026-01-31", "16");
        var next = job("2026-04-01", null, "16");

        assertThat(achieved(LATER, first, next)).contains(d("2026-06-03"));
    }

    @Test
    void whenABridgedGapCompletesTheCountItIsAchievedWhenTheNextJobStarts() {
        // 87 days to 1 April; the gap would reach 91 days on 5 April, but is only known to be
        // bridged when the next job starts on 12 April.
        var first = job("2026-01-05", "2026-04-01", "16");
        var next = job("2026-04-12", null, "16");

        assertThat(achieved(d("2026-04-11"), first, next)).isEmpty();
        assertThat(achieved(d("2026-04-12"), first, next)).contains(d("2026-04-12"));
        assertThat(achieved(LATER, first)).isEmpty();
    }

    @Test
    void overlappingJobsCountEachDayOnce() {
        var first = job("2026-01-05", "2026-02-28", "20");
        var second = job("2026-02-01", "2026-04-30", "20");

        assertThat(achieved(d("2026-04-04"), first, second)).isEmpty();
        assertThat(achieved(LATER, first, second)).contains(d("2026-04-05"));
    }

    @Test
    void twentySixAndFiftyTwoWeeksAreCountedTheSameWay() {
        var job = selfEmployed("2026-01-05", null, "16");

        assertThat(achieved(SustainedRule.weeks(26), d("2026-07-04"), job)).isEmpty();
        assertThat(achieved(SustainedRule.weeks(26), LATER, job)).contains(d("2026-07-05"));
        assertThat(achieved(SustainedRule.weeks(52), d("2027-01-02"), job)).isEmpty();
        assertThat(achieved(SustainedRule.weeks(52), LATER, job)).contains(d("2027-01-03"));
    }

    @Test
    void timeOutOfWorkBeforeTheFirstJobStartDoesNotCount() {
        var job = job("2026-01-05", null, "16");

        assertThat(OutcomeRules.achievedOn(THIRTEEN_WEEKS, List.of(job), d("2025-06-01"), LATER))
                .contains(d("2026-04-05"));
        assertThat(OutcomeRules.firstJobStart(List.of(job), LATER)).contains(d("2026-01-05"));
    }

    @Test
    void aJobThatEndedBeforeTheAsAtDateCountsOnlyItsDaysInWork() {
        var job = job("2026-01-05", "2026-04-04", "16");

        assertThat(achieved(LATER, job)).isEmpty();
    }

    @Test
    void aZeroHoursContractCountsAsInWork() {
        assertThat(achieved(LATER, job("2026-01-05", null, "0"))).contains(d("2026-04-05"));
    }

    @Test
    void theFirstJobStartIsTheEarliestSpellStartKnownAsAtTheDate() {
        var later = job("2026-03-01", null, "16");
        var earlier = job("2026-01-05", "2026-01-20", "16");

        assertThat(OutcomeRules.firstJobStart(List.of(later, earlier), d("2026-01-04")))
                .isEmpty();
        assertThat(OutcomeRules.firstJobStart(List.of(later, earlier), d("2026-01-05")))
                .contains(d("2026-01-05"));
    }
}
