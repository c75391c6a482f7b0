package org.goodwork.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.goodwork.employment.EmploymentSpell.Terms;

/** Short ways to write spells in tests. */
final class Spells {

    private Spells() {}

    static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    static EmploymentSpell job(String start, String end, String weeklyHours) {
        return job(start, end, weeklyHours, "12.21");
    }

    static EmploymentSpell job(String start, String end, String weeklyHours, String hourlyPay) {
        return EmploymentSpell.of(
                d(start), end == null ? null : d(end), n(weeklyHours), hourlyPay == null ? null : n(hourlyPay), false);
    }

    static EmploymentSpell selfEmployed(String start, String end, String weeklyHours) {
        return EmploymentSpell.of(d(start), end == null ? null : d(end), n(weeklyHours), null, true);
    }

    static EmploymentSpell changing(String end, Terms... terms) {
        return new EmploymentSpell(terms[0].from(), end == null ? null : d(end), false, List.of(terms));
    }

    static Terms terms(String from, String weeklyHours, String hourlyPay) {
        return new Terms(d(from), n(weeklyHours), hourlyPay == null ? null : n(hourlyPay));
    }
}
