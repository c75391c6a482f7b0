package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goodwork.employment.Spells.d;
import static org.goodwork.employment.Spells.n;
import static org.goodwork.employment.Spells.terms;

import java.util.ArrayList;
import java.util.List;
import org.goodwork.employment.EmploymentSpell.Terms;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.SustainedRule;
import org.junit.jupiter.api.Test;

class EmploymentSpellTest {

    private static EmploymentSpell spell(String start, String end, Terms... terms) {
        return new EmploymentSpell(d(start), end == null ? null : d(end), false, List.of(terms));
    }

    @Test
    void aValidSpellWithChangingTermsIsAccepted() {
        assertThatCode(() -> spell(
                        "2026-01-05",
                        "2026-03-31",
                        terms("2026-01-05", "16", "12.21"),
                        terms("2026-02-01", "20", null),
                        terms("2026-03-31", "0", "0")))
                .doesNotThrowAnyException();
        assertThatCode(() -> spell("2026-01-05", "2026-01-05", terms("2026-01-05", "168", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSpellCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> spell("2026-01-05", "2026-01-04", terms("2026-01-05", "16", "12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end before it starts");
    }

    @Test
    void aSpellNeedsTerms() {
        assertThatThrownBy(() -> spell("2026-01-05", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hours and pay");
        assertThatThrownBy(() -> new EmploymentSpell(d("2026-01-05"), null, false, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theFirstTermsStartWithTheSpell() {
        assertThatThrownBy(() -> spell("2026-01-05", null, terms("2026-01-06", "16", "12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first terms");
        assertThatThrownBy(() -> spell("2026-01-05", null, terms("2026-01-04", "16", "12")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termsAreInDateOrderWithOneSetPerDate() {
        assertThatThrownBy(() -> spell(
                        "2026-01-05",
                        null,
                        terms("2026-01-05", "16", "12"),
                        terms("2026-02-01", "20", "12"),
                        terms("2026-01-20", "18", "12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date order");
        assertThatThrownBy(() ->
                        spell("2026-01-05", null, terms("2026-01-05", "16", "12"), terms("2026-01-05", "20", "12")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termsCannotStartAfterTheSpellEnds() {
        assertThatThrownBy(() -> spell(
                        "2026-01-05", "2026-01-31", terms("2026-01-05", "16", "12"), terms("2026-02-01", "20", "12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the spell ends");
    }

    @Test
    void hoursMustBeBetweenNoneAndAWholeWeek() {
        assertThatThrownBy(() -> terms("2026-01-05", "-1", "12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 168");
        assertThatThrownBy(() -> terms("2026-01-05", "168.5", "12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Terms(d("2026-01-05"), null, n("12"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void payCannotBeNegativeButMayBeUnknown() {
        assertThatThrownBy(() -> terms("2026-01-05", "16", "-0.01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThat(terms("2026-01-05", "16", null).hourlyPay()).isNull();
    }

    @Test
    void termsCannotBeChangedAfterTheSpellIsMade() {
        List<Terms> terms = new ArrayList<>(List.of(terms("2026-01-05", "16", "12")));
        var spell = new EmploymentSpell(d("2026-01-05"), null, false, terms);
        terms.add(terms("2026-02-01", "20", "12"));

        assertThat(spell.terms()).hasSize(1);
        assertThatThrownBy(() -> spell.terms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rulesRejectSettingsThatWouldCountPeopleWronglyOrNeverEnd() {
        assertThatThrownBy(() -> new HoursRule(n("0"), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoursRule(n("16"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SustainedRule(0, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SustainedRule(91, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningsRule(n("0"), 52)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarningsRule(n("100"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
