package org.goodwork.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.goodwork.programme.Eligibility.Applicant;
import org.goodwork.programme.Eligibility.Outcome;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Eligibility rules =
            new Eligibility(18, 64, Set.of("QQ1", "QQ2"), Set.of("INACTIVE", "UNEMPLOYED"), Set.of("MENTAL_HEALTH"));

    @Test
    void someoneMeetingEveryRuleIsEligibleWithAReasonForEach() {
        var result = rules.assess(
                new Applicant(LocalDate.of(1990, 5, 1), "qq1 2ab", "INACTIVE", Set.of("MENTAL_HEALTH")), TODAY);
        assertThat(result.eligible()).isTrue();
        assertThat(result.complete()).isTrue();
        assertThat(result.checks()).extracting(Eligibility.Check::outcome).containsOnly(Outcome.MET);
        assertThat(result.checks())
                .extracting(Eligibility.Check::rule)
                .containsExactly("Age", "Area", "Economic status", "Support needs");
    }

    @Test
    void ageIsCheckedAtTheEdgesOfTheRange() {
        assertThat(ageOutcome(TODAY.minusYears(18))).isEqualTo(Outcome.MET);
        assertThat(ageOutcome(TODAY.minusYears(18).plusDays(1))).isEqualTo(Outcome.NOT_MET);
        assertThat(ageOutcome(TODAY.minusYears(65).plusDays(1))).isEqualTo(Outcome.MET);
        assertThat(ageOutcome(TODAY.minusYears(65))).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void livingOutsideTheAreaIsExplained() {
        var result = rules.assess(
                new Applicant(LocalDate.of(1990, 5, 1), "QQ9 1AA", "INACTIVE", Set.of("MENTAL_HEALTH")), TODAY);
        assertThat(result.eligible()).isFalse();
        assertThat(result.checks().get(1).explanation()).contains("QQ9").contains("not one of the districts");
    }

    @Test
    void unknownAnswersAreLeftForTriageRatherThanRefused() {
        var result = rules.assess(new Applicant(null, null, null, Set.of()), TODAY);
        assertThat(result.eligible()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.checks()).extracting(Eligibility.Check::outcome).containsOnly(Outcome.UNKNOWN);
    }

    @Test
    void aProgrammeWithNoRulesIsOpenToEveryone() {
        var result = Eligibility.open().assess(new Applicant(null, null, null, Set.of()), TODAY);
        assertThat(result.eligible()).isTrue();
        assertThat(result.checks()).isEmpty();
    }

    private Outcome ageOutcome(LocalDate dateOfBirth) {
        return rules.assess(new Applicant(dateOfBirth, "QQ1 2AB", "INACTIVE", Set.of("MENTAL_HEALTH")), TODAY)
                .checks()
                .get(0)
                .outcome();
    }
}
