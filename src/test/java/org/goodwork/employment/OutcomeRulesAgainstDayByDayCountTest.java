package org.goodwork.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.goodwork.employment.EmploymentSpell.Terms;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.SustainedRule;
import org.junit.jupiter.api.Test;

/**
 * The interval arithmetic gives the same dates as walking the definitions one day at a time, over
 * many generated work histories (a fixed seed, so any failure repeats).
 */
class OutcomeRulesAgainstDayByDayCountTest {

    private static final LocalDate EARLIEST = LocalDate.of(2026, 1, 1);
    private static final String[] HOURS = {"0", "8", "15", "15.99", "16", "20", "37.5"};
    private static final String[] PAY = {null, "10.50", "11.44", "12.21", "0"};
    private static final List<OutcomeRule> RULES = List.of(
            new HoursRule(new BigDecimal("16"), 4),
            new HoursRule(new BigDecimal("16"), 4, HoursRule.Counting.SINGLE_SPELL),
            new HoursRule(new BigDecimal("30"), 2),
            SustainedRule.weeks(13),
            SustainedRule.weeks(26),
            new SustainedRule(91, 0),
            new EarningsRule(new BigDecimal("3000"), 26),
            new EarningsRule(new BigDecimal("1234.56"), 13),
            new EarningsRule(new BigDecimal("26.15"), 1));

    @Test
    void everyRuleAgreesWithADayByDayCount() {
        Random random = new Random(20261123L);
        int achievedSomewhere = 0;
        for (int i = 0; i < 3000; i++) {
            List<EmploymentSpell> spells = randomSpells(random);
            LocalDate windowStart = EARLIEST.plusDays(random.nextInt(60));
            LocalDate asAt = EARLIEST.plusDays(random.nextInt(420));
            for (OutcomeRule rule : RULES) {
                Optional<LocalDate> expected = dayByDay(rule, spells, windowStart, asAt);
                assertThat(OutcomeRules.achievedOn(rule, spells, windowStart, asAt))
                        .as("%s for %s as at %s from %s", rule, spells, asAt, windowStart)
                        .isEqualTo(expected);
                if (expected.isPresent()) {
                    achievedSomewhere++;
                }
            }
        }
        assertThat(achievedSomewhere).as("enough histories achieve something").isGreaterThan(3000);
    }

    private static List<EmploymentSpell> randomSpells(Random random) {
        List<EmploymentSpell> spells = new ArrayList<>();
        int count = random.nextInt(5);
        for (int s = 0; s < count; s++) {
            LocalDate start = EARLIEST.plusDays(random.nextInt(240));
            LocalDate end = random.nextInt(3) == 0 ? null : start.plusDays(random.nextInt(200));
            List<Terms> terms = new ArrayList<>();
            LocalDate from = start;
            do {
                String pay = PAY[random.nextInt(PAY.length)];
                terms.add(new Terms(
                        from,
                        new BigDecimal(HOURS[random.nextInt(HOURS.length)]),
                        pay == null ? null : new BigDecimal(pay)));
                from = from.plusDays(1 + random.nextInt(60));
            } while (random.nextBoolean() && (end == null || !from.isAfter(end)));
            spells.add(new EmploymentSpell(start, end, random.nextInt(4) == 0, terms));
        }
        return spells;
    }

    /** The definitions, one day at a time, with nothing after asAt known. */
    private static Optional<LocalDate> dayByDay(
            OutcomeRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        return switch (rule) {
            case HoursRule hours -> {
                if (hours.counting() == HoursRule.Counting.COMBINED_SPELLS) {
                    yield hoursDayByDay(hours, spells, asAt);
                }
                yield spells.stream()
                        .map(spell -> hoursDayByDay(hours, List.of(spell), asAt))
                        .flatMap(Optional::stream)
                        .min(LocalDate::compareTo);
            }
            case SustainedRule sustained -> sustainedDayByDay(sustained, spells, asAt);
            case EarningsRule earnings -> earningsDayByDay(earnings, spells, windowStart, asAt);
        };
    }

    private static Optional<LocalDate> hoursDayByDay(HoursRule rule, List<EmploymentSpell> spells, LocalDate asAt) {
        long run = 0;
        for (LocalDate day = EARLIEST; !day.isAfter(asAt); day = day.plusDays(1)) {
            BigDecimal hours = BigDecimal.ZERO;
            for (EmploymentSpell spell : spells) {
                Terms terms = termsOn(spell, day);
                if (terms != null) {
                    hours = hours.add(terms.weeklyHours());
                }
            }
            run = hours.compareTo(rule.minWeeklyHours()) >= 0 ? run + 1 : 0;
            if (run == rule.daysNeeded()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> sustainedDayByDay(
            SustainedRule rule, List<EmploymentSpell> spells, LocalDate asAt) {
        long counted = 0;
        LocalDate lastInWork = null;
        for (LocalDate day = EARLIEST; !day.isAfter(asAt); day = day.plusDays(1)) {
            LocalDate today = day;
            if (spells.stream().noneMatch(spell -> termsOn(spell, today) != null)) {
                continue;
            }
            if (lastInWork != null) {
                long gap = day.toEpochDay() - lastInWork.toEpochDay() - 1;
                if (gap <= rule.bridgedGapDays()) {
                    counted += gap;
                }
            }
            counted++;
            lastInWork = day;
            if (counted >= rule.days()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> earningsDayByDay(
            EarningsRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        LocalDate windowEnd = windowStart.plusWeeks(rule.windowWeeks()).minusDays(1);
        BigDecimal weeklyTotal = BigDecimal.ZERO;
        for (LocalDate day = windowStart; !day.isAfter(asAt) && !day.isAfter(windowEnd); day = day.plusDays(1)) {
            for (EmploymentSpell spell : spells) {
                Terms terms = termsOn(spell, day);
                if (terms != null && terms.hourlyPay() != null) {
                    weeklyTotal = weeklyTotal.add(terms.weeklyHours().multiply(terms.hourlyPay()));
                }
            }
            BigDecimal earned = weeklyTotal.divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
            if (earned.compareTo(rule.threshold()) >= 0) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Terms termsOn(EmploymentSpell spell, LocalDate day) {
        if (day.isBefore(spell.start()) || (spell.end() != null && day.isAfter(spell.end()))) {
            return null;
        }
        Terms inForce = null;
        for (Terms terms : spell.terms()) {
            if (!terms.from().isAfter(day)) {
                inForce = terms;
            }
        }
        return inForce;
    }
}
