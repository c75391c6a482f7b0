package org.goodwork.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A period of work in one job or one self-employment.
 *
 * @param start the first day worked
 * @param end the last day worked, inclusive; null while the work is ongoing
 * @param selfEmployed self-employment counts as work for every outcome rule
 * @param terms hours and pay over time: the first terms start on {@code start}, later ones record a
 *     change, in date order, and all start within the spell
 */
public record EmploymentSpell(LocalDate start, LocalDate end, boolean selfEmployed, List<Terms> terms) {

    /** Nobody works more hours than a week has; more is a data error that would inflate outcomes. */
    static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);

    /**
     * The hours and pay from a date until the next terms or the end of the spell.
     *
     * @param hourlyPay in pounds; null when not known (typically self-employed earnings), in which
     *     case the work still counts for hours and sustained employment but earns nothing towards an
     *     earnings outcome
     */
    public record Terms(LocalDate from, BigDecimal weeklyHours, BigDecimal hourlyPay) {

        public Terms {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(weeklyHours, "weeklyHours");
            if (weeklyHours.signum() < 0 || weeklyHours.compareTo(HOURS_IN_A_WEEK) > 0) {
                throw new IllegalArgumentException("Weekly hours must be between 0 and 168");
            }
            if (hourlyPay != null && hourlyPay.signum() < 0) {
                throw new IllegalArgumentException("Hourly pay must not be negative");
            }
        }
    }

    public EmploymentSpell {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A spell cannot end before it starts");
        }
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A spell needs its hours and pay");
        }
        if (!terms.getFirst().from().equals(start)) {
            throw new IllegalArgumentException("The first terms must start on the day the spell starts");
        }
        for (int i = 1; i < terms.size(); i++) {
            LocalDate from = terms.get(i).from();
            if (!from.isAfter(terms.get(i - 1).from())) {
                throw new IllegalArgumentException("Terms must be in date order, one set per date");
            }
            if (end != null && from.isAfter(end)) {
                throw new IllegalArgumentException("Terms cannot start after the spell ends");
            }
        }
    }

    /** A spell whose hours and pay did not change. */
    public static EmploymentSpell of(
            LocalDate start, LocalDate end, BigDecimal weeklyHours, BigDecimal hourlyPay, boolean selfEmployed) {
        return new EmploymentSpell(start, end, selfEmployed, List.of(new Terms(start, weeklyHours, hourlyPay)));
    }
}
