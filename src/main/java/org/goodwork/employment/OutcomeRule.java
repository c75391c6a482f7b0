package org.goodwork.employment;

import java.math.BigDecimal;
import java.util.Objects;

/** How an employment outcome is defined. {@link OutcomeRules} evaluates a rule against spells of work. */
public sealed interface OutcomeRule {

    /**
     * A job outcome (Households into Work definition): at least {@code minWeeklyHours} a week for at
     * least {@code minConsecutiveWeeks} x 7 consecutive days.
     *
     * <p>A day qualifies when the weekly hours in force that day are at least the minimum. With
     * {@link Counting#COMBINED_SPELLS} the hours of every spell in force that day are added, so two
     * part-time jobs at the same time count together and moving straight from one job to the next
     * keeps the count going; a day without work, or with fewer hours, starts the count again.
     *
     * <p>The outcome is achieved on the last of the qualifying days: a 16-hour job starting on
     * Monday 5 January 2026 and continuing achieves a 4-week outcome on Sunday 1 February 2026, its
     * 28th day, and not as at 31 January.
     */
    record HoursRule(BigDecimal minWeeklyHours, int minConsecutiveWeeks, Counting counting) implements OutcomeRule {

        /** Whether concurrent and back-to-back spells count together. */
        public enum Counting {
            /** Hours of spells in force on the same day are added; one person's work is one timeline. */
            COMBINED_SPELLS,
            /** Each spell is judged alone, as in the literal reading "a spell of at least N hours". */
            SINGLE_SPELL
        }

        public HoursRule {
            Objects.requireNonNull(minWeeklyHours, "minWeeklyHours");
            Objects.requireNonNull(counting, "counting");
            if (minWeeklyHours.signum() <= 0) {
                throw new IllegalArgumentException("The minimum weekly hours must be more than 0");
            }
            if (minConsecutiveWeeks < 1) {
                throw new IllegalArgumentException("At least one consecutive week is needed");
            }
        }

        /** Hours of spells at the same time are added. */
        public HoursRule(BigDecimal minWeeklyHours, int minConsecutiveWeeks) {
            this(minWeeklyHours, minConsecutiveWeeks, Counting.COMBINED_SPELLS);
        }

        public long daysNeeded() {
            return 7L * minConsecutiveWeeks;
        }
    }

    /**
     * Sustained employment: in work for at least {@code days} days counted from the first job start.
     *
     * <p>A day counts once however many spells cover it. A gap of up to {@code bridgedGapDays} days
     * between the end of one spell and the start of the next counts as in work; a longer gap does
     * not, but work after it still adds to the total (in work for 13 weeks out of the weeks since
     * the job start). A gap is only known to be bridged once the next spell starts, so if the
     * bridged gap days complete the count the outcome is achieved on the first day of that next
     * spell. Otherwise it is achieved on the day the count reaches {@code days}.
     */
    record SustainedRule(int days, int bridgedGapDays) implements OutcomeRule {

        public static final int STANDARD_BRIDGED_GAP_DAYS = 14;

        public SustainedRule {
            if (days < 1) {
                throw new IllegalArgumentException("At least one day in work is needed");
            }
            if (bridgedGapDays < 0) {
                throw new IllegalArgumentException("Bridged gap days must not be negative");
            }
        }

        /** 13, 26 or 52 weeks in work (91, 182, 364 days) with gaps of up to 14 days bridged. */
        public static SustainedRule weeks(int weeks) {
            return new SustainedRule(weeks * 7, STANDARD_BRIDGED_GAP_DAYS);
        }
    }

    /**
     * An earnings outcome (Work and Health Programme / Restart style): cumulative earnings of at least
     * {@code threshold} pounds within {@code windowWeeks} weeks from the window start, which is given
     * when the rule is evaluated (normally the programme start date). The window runs from that date
     * to the day before the same weekday {@code windowWeeks} weeks later, inclusive.
     *
     * <p>Each day worked earns weekly hours x hourly pay / 7, summed across spells. The sum is kept
     * exact and rounded only when compared: to whole pennies, half up. Work whose pay is not known
     * earns nothing towards the threshold.
     */
    record EarningsRule(BigDecimal threshold, int windowWeeks) implements OutcomeRule {

        public EarningsRule {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.signum() <= 0) {
                throw new IllegalArgumentException("The earnings threshold must be more than 0");
            }
            if (windowWeeks < 1) {
                throw new IllegalArgumentException("The earnings window must be at least one week");
            }
        }
    }
}
