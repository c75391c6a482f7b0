package org.goodwork.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchEngineExplanationTest {

    private final MatchEngine.Candidate person = new MatchEngine.Candidate(
            UUID.randomUUID(),
            new BigDecimal("16"),
            new BigDecimal("30"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of("PERMANENT"),
            new BigDecimal("12.00"),
            30,
            53.55,
            -2.09,
            Set.of("6135"),
            true,
            true);

    @Test
    void aGoodJobThatFitsEveryWishIsExplainedReasonByReason() {
        MatchEngine.Match match = MatchEngine.evaluate(
                person,
                job(
                        "6135",
                        "20",
                        "25",
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                        "PERMANENT",
                        "Permanent",
                        "13.50",
                        53.56,
                        86,
                        "Good",
                        true));

        assertThat(match.excluded()).isFalse();
        assertThat(match.score()).isEqualTo(93.6);
        assertThat(match.travelMinutes()).isCloseTo(4.45, org.assertj.core.data.Offset.offset(0.01));
        assertThat(match.reasons())
                .containsExactly(
                        "Hours fit what they can do",
                        "Works on days they are available",
                        "Permanent contract, which they would take",
                        "Pays £13.50 an hour, at or above their floor",
                        "About 4 minutes away, within their 30",
                        "Job quality good (86%)",
                        "An occupation they want",
                        "Flexible from day one",
                        "Offers adjustments",
                        "Guaranteed interview");
        assertThat(match.unmet()).isEmpty();
    }

    @Test
    void everyHardConstraintAJobBreaksIsSaidAndItStillHasAScoreForTheExcludedList() {
        MatchEngine.Match match = MatchEngine.evaluate(
                person,
                job(
                        "9263",
                        "35",
                        null,
                        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY),
                        "ZERO_HOURS",
                        "Zero hours",
                        "11.00",
                        53.70,
                        null,
                        "Not assessed yet",
                        false));

        assertThat(match.excluded()).isTrue();
        assertThat(match.score()).isEqualTo(24.0);
        assertThat(match.unmet())
                .containsExactly(
                        "At least 35 hours a week; they can do at most 30",
                        "Needs Saturday, when they are not available",
                        "Zero hours contract, which they would not take",
                        "Pays £11.00 an hour, below their floor of £12.00",
                        "About 67 minutes away; they can travel up to 30",
                        "Job quality not assessed yet",
                        "Not flexible from day one, which they asked for",
                        "No adjustments mentioned, and they need some");
    }

    private static MatchEngine.Job job(
            String soc,
            String minHours,
            String maxHours,
            Set<DayOfWeek> days,
            String contract,
            String contractLabel,
            String pay,
            double latitude,
            Integer quality,
            String band,
            boolean good) {
        return new MatchEngine.Job(
                UUID.randomUUID(),
                "Job",
                "Employer",
                soc,
                new BigDecimal(minHours),
                maxHours == null ? null : new BigDecimal(maxHours),
                days,
                contract,
                contractLabel,
                new BigDecimal(pay),
                false,
                latitude,
                -2.09,
                quality,
                band,
                good,
                good,
                good,
                !good);
    }
}
