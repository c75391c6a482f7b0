package org.goodwork.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How far someone is towards an outcome, for keyworkers.
 *
 * @param achievedOn null until achieved
 * @param counted days (or pounds) counted so far, never more than {@code needed}, so it can be drawn
 *     as a progress bar
 * @param explanation one plain-English sentence
 */
public record OutcomeProgress(
        boolean achieved,
        LocalDate achievedOn,
        Measure measure,
        BigDecimal counted,
        BigDecimal needed,
        String explanation) {

    public enum Measure {
        DAYS,
        POUNDS
    }

    /** Whole percent, rounded down so 99.9% never shows as done. */
    public int percent() {
        return counted.multiply(BigDecimal.valueOf(100))
                .divide(needed, 0, RoundingMode.FLOOR)
                .intValueExact();
    }
}
