package org.goodwork.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goodwork.vacancy.JobQuality.Rating.MEETS;
import static org.goodwork.vacancy.JobQuality.Rating.NOT_MET;
import static org.goodwork.vacancy.JobQuality.Rating.PARTLY;
import static org.goodwork.vacancy.JobQuality.Rating.UNKNOWN;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Score, band and warnings at their thresholds, with no database: job starts rely on the same rules. */
class JobQualityTest {

    private static final List<String> DIMENSIONS =
            List.of("SECURE", "PAY", "FLEXIBLE", "VOICE", "RECRUITMENT", "PEOPLE_MANAGEMENT", "HEALTH_WELLBEING");
    private static final BigDecimal LIVING_WAGE = new BigDecimal("13.45");

    @Test
    void scoreCountsOnlyKnownDimensions() {
        assertThat(rated(MEETS, MEETS, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)
                        .score())
                .isEqualTo(100);
        assertThat(rated(MEETS, PARTLY, NOT_MET, UNKNOWN).score()).isEqualTo(50);
        assertThat(rated(MEETS, MEETS, MEETS, MEETS, MEETS, MEETS, MEETS).score())
                .isEqualTo(100);
        assertThat(rated(NOT_MET, NOT_MET, NOT_MET, NOT_MET).score()).isZero();
        assertThat(JobQuality.unassessed().score()).isZero();
        assertThat(rated(MEETS, PARTLY, UNKNOWN).known()).isEqualTo(2);
    }

    @Test
    void fewerThanFourKnownDimensionsIsNotAssessed() {
        assertThat(rated(MEETS, MEETS, MEETS, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)
                        .band())
                .isEqualTo(JobQuality.Band.NOT_ASSESSED);
        assertThat(rated(MEETS, MEETS, MEETS, MEETS).band()).isEqualTo(JobQuality.Band.GOOD);
        assertThat(JobQuality.unassessed().band()).isEqualTo(JobQuality.Band.NOT_ASSESSED);
    }

    @Test
    void goodFromSeventyFivePercentFairFromFiftyAndPoorBelow() {
        // 6 of 8 points: exactly 75%
        JobQuality seventyFive = rated(MEETS, MEETS, PARTLY, PARTLY);
        assertThat(seventyFive.score()).isEqualTo(75);
        assertThat(seventyFive.band()).isEqualTo(JobQuality.Band.GOOD);
        // 10 of 14 points: 71%
        JobQuality seventyOne = rated(MEETS, MEETS, MEETS, MEETS, PARTLY, PARTLY, NOT_MET);
        assertThat(seventyOne.score()).isEqualTo(71);
        assertThat(seventyOne.band()).isEqualTo(JobQuality.Band.FAIR);
        // 4 of 8 points: exactly 50%
        JobQuality fifty = rated(MEETS, MEETS, NOT_MET, NOT_MET);
        assertThat(fifty.score()).isEqualTo(50);
        assertThat(fifty.band()).isEqualTo(JobQuality.Band.FAIR);
        // 5 of 12 points: 42%
        JobQuality fortyTwo = rated(MEETS, MEETS, PARTLY, NOT_MET, NOT_MET, NOT_MET);
        assertThat(fortyTwo.score()).isEqualTo(42);
        assertThat(fortyTwo.band()).isEqualTo(JobQuality.Band.POOR);
        // 7 of 14 points: 50%, so fair; one point fewer is 43%, poor
        assertThat(rated(MEETS, MEETS, MEETS, PARTLY, NOT_MET, NOT_MET, NOT_MET).band())
                .isEqualTo(JobQuality.Band.FAIR);
        assertThat(rated(MEETS, MEETS, MEETS, NOT_MET, NOT_MET, NOT_MET, NOT_MET)
                        .band())
                .isEqualTo(JobQuality.Band.POOR);
    }

    @Test
    void payBelowTheRealLivingWageIsWarnedAboutButPayAtItIsNot() {
        assertThat(JobQuality.warnings(new BigDecimal("13.44"), ContractType.PERMANENT, LIVING_WAGE))
                .extracting(JobQuality.Warning::kind)
                .containsExactly(JobQuality.Warning.Kind.BELOW_REAL_LIVING_WAGE);
        assertThat(JobQuality.warnings(new BigDecimal("13.44"), ContractType.PERMANENT, LIVING_WAGE)
                        .getFirst()
                        .message())
                .isEqualTo("Pays £13.44 an hour, below the real Living Wage of £13.45 an hour");
        assertThat(JobQuality.warnings(new BigDecimal("13.45"), ContractType.PERMANENT, LIVING_WAGE))
                .isEmpty();
        assertThat(JobQuality.warnings(null, ContractType.PERMANENT, LIVING_WAGE))
                .isEmpty();
    }

    @Test
    void zeroHoursContractsAreWarnedAboutWhateverThePay() {
        assertThat(JobQuality.warnings(new BigDecimal("20.00"), ContractType.ZERO_HOURS, LIVING_WAGE))
                .extracting(JobQuality.Warning::kind)
                .containsExactly(JobQuality.Warning.Kind.ZERO_HOURS);
        assertThat(JobQuality.warnings(new BigDecimal("11.00"), ContractType.ZERO_HOURS, LIVING_WAGE))
                .extracting(JobQuality.Warning::kind)
                .containsExactly(JobQuality.Warning.Kind.BELOW_REAL_LIVING_WAGE, JobQuality.Warning.Kind.ZERO_HOURS);
        assertThat(JobQuality.warnings(null, ContractType.FIXED_TERM, LIVING_WAGE))
                .isEmpty();
    }

    @Test
    void theConfiguredRateIsTheOneWarnedAgainst() {
        JobQualityStandard standard = new JobQualityStandard(new BigDecimal("14.80"));
        assertThat(standard.warnings(new BigDecimal("13.45"), ContractType.PERMANENT))
                .extracting(JobQuality.Warning::kind)
                .containsExactly(JobQuality.Warning.Kind.BELOW_REAL_LIVING_WAGE);
    }

    @Test
    void annualPayIsDividedBy52WeeksAndTheTypicalWeeklyHours() {
        BigDecimal salary = new BigDecimal("26000");
        // 26000 / 52 / 37.5 = 13.333...
        assertThat(PayPeriod.YEAR.hourly(salary, new BigDecimal("30"), new BigDecimal("37.5")))
                .contains(new BigDecimal("13.33"));
        // No most hours: the fewest are the typical hours. 26000 / 52 / 30 = 16.666...
        assertThat(PayPeriod.YEAR.hourly(salary, new BigDecimal("30"), null)).contains(new BigDecimal("16.67"));
        assertThat(PayPeriod.YEAR.hourly(salary, BigDecimal.ZERO, null)).isEmpty();
        assertThat(PayPeriod.HOUR.hourly(new BigDecimal("12.6"), null, null)).contains(new BigDecimal("12.60"));
    }

    private static JobQuality rated(JobQuality.Rating... ratings) {
        Map<String, JobQuality.Assessment> assessments = new LinkedHashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            assessments.put(DIMENSIONS.get(i), new JobQuality.Assessment(ratings[i], null));
        }
        return new JobQuality(assessments);
    }
}
