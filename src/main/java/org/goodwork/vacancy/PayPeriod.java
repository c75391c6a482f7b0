package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a pay amount is for. Vacancies compare on hourly pay, so annual pay is normalised. */
public enum PayPeriod {
    HOUR("An hour"),
    YEAR("A year");

    static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    private final String label;

    PayPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The hourly rate of {@code amount} paid per this period. Annual pay is divided by 52 weeks and
     * then by the typical weekly hours: the most hours offered, or the fewest when no most is given,
     * since an annual salary is quoted for the full hours of the job. Empty when annual pay has no
     * hours to divide by. Rounded to the penny.
     */
    public Optional<BigDecimal> hourly(BigDecimal amount, BigDecimal minWeeklyHours, BigDecimal maxWeeklyHours) {
        if (this == HOUR) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal typical = maxWeeklyHours != null ? maxWeeklyHours : minWeeklyHours;
        if (typical == null || typical.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(amount.divide(WEEKS_A_YEAR.multiply(typical), 2, RoundingMode.HALF_UP));
    }
}
