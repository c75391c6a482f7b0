package org.goodwork.employment;

import java.time.LocalDate;

/**
 * When to check that someone is still in work after a job start: 13, 26 and 52 weeks on.
 *
 * @param dueOn the first day after the whole period has passed (job start + 91, 182 or 364 days); a
 *     person in work throughout achieves the matching sustained outcome the day before
 */
public record SustainmentCheck(int weeks, LocalDate dueOn) {

    public boolean isDueBy(LocalDate date) {
        return !date.isBefore(dueOn);
    }
}
