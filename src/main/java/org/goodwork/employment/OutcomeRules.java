package org.goodwork.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.goodwork.employment.EmploymentSpell.Terms;
import org.goodwork.employment.OutcomeProgress.Measure;
import org.goodwork.employment.OutcomeRule.EarningsRule;
import org.goodwork.employment.OutcomeRule.HoursRule;
import org.goodwork.employment.OutcomeRule.SustainedRule;

/**
 * Evaluates outcome rules against one person's spells of work, as at a date.
 *
 * <p>Only what is known as at {@code asAt} counts: spells starting after it are ignored, spells are
 * cut at it, and terms starting after it are ignored. So an outcome achieved as at one date is
 * achieved on the same day as at any later date.
 *
 * <p>The spells are one person's, already chosen by the caller (for example those during support);
 * the same job recorded twice would be counted twice. {@code windowStart} is used only by
 * {@link EarningsRule}; hours and sustained rules count from the first spell given.
 *
 * <p>The work is interval arithmetic over the changes in hours and pay, so its cost grows with the
 * number of spells and terms, not with the number of days.
 */
public final class OutcomeRules {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal HALF_PENNY = new BigDecimal("0.005");
    private static final List<Integer> SUSTAINMENT_WEEKS = List.of(13, 26, 52);

    private OutcomeRules() {}

    /** The day the outcome was achieved, if that is on or before {@code asAt}. */
    public static Optional<LocalDate> achievedOn(
            OutcomeRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        return Optional.ofNullable(evaluate(rule, spells, windowStart, asAt).achievedOn());
    }

    /** The first day of the first spell starting on or before {@code asAt}. */
    public static Optional<LocalDate> firstJobStart(List<EmploymentSpell> spells, LocalDate asAt) {
        Objects.requireNonNull(asAt, "asAt");
        return spells.stream()
                .map(EmploymentSpell::start)
                .filter(start -> !start.isAfter(asAt))
                .min(LocalDate::compareTo);
    }

    /** The 13, 26 and 52 week checks after a job start, in that order. */
    public static List<SustainmentCheck> sustainmentChecks(LocalDate jobStart) {
        Objects.requireNonNull(jobStart, "jobStart");
        return SUSTAINMENT_WEEKS.stream()
                .map(weeks -> new SustainmentCheck(weeks, jobStart.plusDays(7L * weeks)))
                .toList();
    }

    /** Whether the outcome is achieved and, if not, how far along the person is, in plain English. */
    public static OutcomeProgress progress(
            OutcomeRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        Evaluation evaluation = evaluate(rule, spells, windowStart, asAt);
        LocalDate achievedOn = evaluation.achievedOn();
        boolean achieved = achievedOn != null;
        return switch (rule) {
            case HoursRule hours -> {
                long needed = hours.daysNeeded();
                long counted = achieved ? needed : evaluation.counted().longValueExact();
                String work = plain(hours.minWeeklyHours()) + " or more hours a week"
                        + (hours.counting() == HoursRule.Counting.SINGLE_SPELL ? " in one job" : "");
                String explanation = achieved
                        ? "Achieved on " + LONG_DATE.format(achievedOn) + ": " + work + " for " + needed
                                + " days in a row"
                        : capitalise(work) + " for " + counted + " of the " + needed + " days needed in a row";
                yield new OutcomeProgress(
                        achieved,
                        achievedOn,
                        Measure.DAYS,
                        BigDecimal.valueOf(counted),
                        BigDecimal.valueOf(needed),
                        explanation);
            }
            case SustainedRule sustained -> {
                long needed = sustained.days();
                long counted = achieved ? needed : evaluation.counted().longValueExact();
                Optional<LocalDate> jobStart = firstJobStart(spells, asAt);
                String explanation = jobStart.isEmpty()
                        ? "No job start yet: " + needed + " days in work are needed after it"
                        : achieved
                                ? "Achieved on " + LONG_DATE.format(achievedOn) + ": in work for " + needed
                                        + " days since the job start on " + LONG_DATE.format(jobStart.get())
                                : "In work for " + counted + " of the " + needed
                                        + " days needed since the job start on "
                                        + LONG_DATE.format(jobStart.get());
                yield new OutcomeProgress(
                        achieved,
                        achievedOn,
                        Measure.DAYS,
                        BigDecimal.valueOf(counted),
                        BigDecimal.valueOf(needed),
                        explanation);
            }
            case EarningsRule earnings -> {
                BigDecimal needed = earnings.threshold();
                BigDecimal counted = evaluation.counted().min(needed);
                LocalDate windowEnd = windowEnd(earnings, windowStart);
                String window = " between " + LONG_DATE.format(windowStart) + " and " + LONG_DATE.format(windowEnd);
                String explanation = achieved
                        ? "Achieved on " + LONG_DATE.format(achievedOn) + ": earned " + pounds(needed) + " or more"
                                + window
                        : "Earned " + pounds(counted) + " of the " + pounds(needed) + " needed" + window;
                if (!spellPieces(
                                spells,
                                windowStart.toEpochDay(),
                                lastCountedDay(earnings, windowStart, asAt),
                                t -> t.hourlyPay() == null ? BigDecimal.ONE : null)
                        .isEmpty()) {
                    explanation += ". Pay is not known for some of the work, so that work is not counted";
                }
                yield new OutcomeProgress(achieved, achievedOn, Measure.POUNDS, counted, needed, explanation);
            }
        };
    }

    /** The day achieved (null if not yet) and what has been counted towards it as at asAt. */
    private record Evaluation(LocalDate achievedOn, BigDecimal counted) {}

    private static Evaluation evaluate(
            OutcomeRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(spells, "spells");
        Objects.requireNonNull(asAt, "asAt");
        return switch (rule) {
            case HoursRule hours -> hours(hours, spells, asAt.toEpochDay());
            case SustainedRule sustained -> sustained(sustained, spells, asAt.toEpochDay());
            case EarningsRule earnings -> earnings(earnings, spells, windowStart, asAt);
        };
    }

    private static Evaluation hours(HoursRule rule, List<EmploymentSpell> spells, long asAt) {
        if (rule.counting() == HoursRule.Counting.COMBINED_SPELLS) {
            return hoursRun(rule, spellPieces(spells, Long.MIN_VALUE, asAt, Terms::weeklyHours), asAt);
        }
        Long achieved = null;
        long longestCurrentRun = 0;
        for (EmploymentSpell spell : spells) {
            Evaluation alone =
                    hoursRun(rule, spellPieces(List.of(spell), Long.MIN_VALUE, asAt, Terms::weeklyHours), asAt);
            if (alone.achievedOn() != null) {
                long day = alone.achievedOn().toEpochDay();
                achieved = achieved == null ? day : Math.min(achieved, day);
            }
            longestCurrentRun = Math.max(longestCurrentRun, alone.counted().longValueExact());
        }
        return new Evaluation(date(achieved), BigDecimal.valueOf(longestCurrentRun));
    }

    /** Counted is the run of qualifying days that reaches asAt, so a keyworker sees the live count. */
    private static Evaluation hoursRun(HoursRule rule, List<Piece> pieces, long asAt) {
        long needed = rule.daysNeeded();
        Long achieved = null;
        Long runStart = null;
        long runEnd = Long.MIN_VALUE;
        for (Segment segment : sweep(pieces)) {
            if (segment.total().compareTo(rule.minWeeklyHours()) >= 0) {
                if (runStart == null) {
                    runStart = segment.from();
                }
                runEnd = segment.to();
                if (achieved == null && runEnd - runStart + 1 >= needed) {
                    achieved = runStart + needed - 1;
                }
            } else {
                runStart = null;
            }
        }
        long current = runStart != null && runEnd == asAt ? asAt - runStart + 1 : 0;
        return new Evaluation(date(achieved), BigDecimal.valueOf(current));
    }

    private static Evaluation sustained(SustainedRule rule, List<EmploymentSpell> spells, long asAt) {
        long needed = rule.days();
        long counted = 0;
        Long achieved = null;
        long previousEnd = Long.MIN_VALUE;
        for (long[] worked : inWork(spellPieces(spells, Long.MIN_VALUE, asAt, t -> BigDecimal.ONE))) {
            long from = worked[0];
            long to = worked[1];
            if (previousEnd != Long.MIN_VALUE) {
                long gap = from - previousEnd - 1;
                if (gap <= rule.bridgedGapDays()) {
                    counted += gap;
                    if (achieved == null && counted + 1 >= needed) {
                        achieved = from;
                    }
                }
            }
            long length = to - from + 1;
            if (achieved == null && counted + length >= needed) {
                achieved = from + (needed - counted) - 1;
            }
            counted += length;
            previousEnd = to;
        }
        return new Evaluation(date(achieved), BigDecimal.valueOf(counted));
    }

    private static Evaluation earnings(
            EarningsRule rule, List<EmploymentSpell> spells, LocalDate windowStart, LocalDate asAt) {
        Objects.requireNonNull(windowStart, "An earnings rule needs the window start, usually the programme start");
        // round(x, pennies, HALF_UP) >= T exactly when x >= T - half a penny, for T in whole pennies;
        // comparing seven times the earnings keeps the arithmetic exact.
        BigDecimal threshold = rule.threshold().setScale(2, RoundingMode.CEILING);
        BigDecimal target = threshold.subtract(HALF_PENNY).multiply(SEVEN);
        BigDecimal earnedTimesSeven = BigDecimal.ZERO;
        Long achieved = null;
        List<Piece> pieces = spellPieces(
                spells,
                windowStart.toEpochDay(),
                lastCountedDay(rule, windowStart, asAt),
                t -> t.hourlyPay() == null ? null : t.weeklyHours().multiply(t.hourlyPay()));
        for (Segment segment : sweep(pieces)) {
            BigDecimal weekly = segment.total();
            if (weekly.signum() <= 0) {
                continue;
            }
            BigDecimal earned = weekly.multiply(BigDecimal.valueOf(segment.to() - segment.from() + 1));
            if (achieved == null && earnedTimesSeven.add(earned).compareTo(target) >= 0) {
                long days = target.subtract(earnedTimesSeven)
                        .divide(weekly, 0, RoundingMode.CEILING)
                        .longValueExact();
                achieved = segment.from() + Math.max(days, 1) - 1;
            }
            earnedTimesSeven = earnedTimesSeven.add(earned);
        }
        return new Evaluation(date(achieved), earnedTimesSeven.divide(SEVEN, 2, RoundingMode.HALF_UP));
    }

    private static LocalDate windowEnd(EarningsRule rule, LocalDate windowStart) {
        return windowStart.plusDays(7L * rule.windowWeeks() - 1);
    }

    private static long lastCountedDay(EarningsRule rule, LocalDate windowStart, LocalDate asAt) {
        return Math.min(windowEnd(rule, windowStart).toEpochDay(), asAt.toEpochDay());
    }

    /** Days (as epoch days, inclusive) over which one set of terms applies, with its value. */
    private record Piece(long from, long to, BigDecimal value) {}

    /** Consecutive days over which the summed value of all pieces does not change. */
    private record Segment(long from, long to, BigDecimal total) {}

    /**
     * Cuts each spell into pieces per terms, clipped to [firstDay, lastDay]. Terms whose value is
     * null are left out.
     */
    private static List<Piece> spellPieces(
            List<EmploymentSpell> spells, long firstDay, long lastDay, Function<Terms, BigDecimal> value) {
        List<Piece> pieces = new ArrayList<>();
        for (EmploymentSpell spell : spells) {
            long end = spell.end() == null ? lastDay : Math.min(spell.end().toEpochDay(), lastDay);
            List<Terms> terms = spell.terms();
            for (int i = 0; i < terms.size(); i++) {
                long from = Math.max(terms.get(i).from().toEpochDay(), firstDay);
                long to =
                        i + 1 < terms.size() ? Math.min(terms.get(i + 1).from().toEpochDay() - 1, end) : end;
                BigDecimal amount = value.apply(terms.get(i));
                if (from <= to && amount != null) {
                    pieces.add(new Piece(from, to, amount));
                }
            }
        }
        return pieces;
    }

    /** Sums overlapping pieces; days between pieces come out as segments with a total of zero. */
    private static List<Segment> sweep(List<Piece> pieces) {
        TreeMap<Long, BigDecimal> changes = new TreeMap<>();
        for (Piece piece : pieces) {
            changes.merge(piece.from(), piece.value(), BigDecimal::add);
            changes.merge(piece.to() + 1, piece.value().negate(), BigDecimal::add);
        }
        List<Segment> segments = new ArrayList<>(changes.size());
        BigDecimal running = BigDecimal.ZERO;
        Long previous = null;
        for (Map.Entry<Long, BigDecimal> change : changes.entrySet()) {
            if (previous != null) {
                segments.add(new Segment(previous, change.getKey() - 1, running));
            }
            running = running.add(change.getValue());
            previous = change.getKey();
        }
        return segments;
    }

    /** The separate stretches of days with any work, in order; overlapping spells count once. */
    private static List<long[]> inWork(List<Piece> pieces) {
        List<long[]> stretches = new ArrayList<>();
        for (Segment segment : sweep(pieces)) {
            if (segment.total().signum() <= 0) {
                continue;
            }
            if (!stretches.isEmpty() && stretches.getLast()[1] == segment.from() - 1) {
                stretches.getLast()[1] = segment.to();
            } else {
                stretches.add(new long[] {segment.from(), segment.to()});
            }
        }
        return stretches;
    }

    private static LocalDate date(Long epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
