package org.goodwork.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * The GOV.UK date input: day, month and year typed separately. Checks them in the order the GOV.UK
 * guidance gives its error messages, so people are told the first thing to fix.
 */
public final class DateInput {

    private DateInput() {}

    /**
     * Any date, or the message to show: "Enter {@code what}" when it is empty (for example "the
     * start date"), else "{@code subject} must..." (for example "Start date").
     */
    public static Result date(String day, String month, String year, String what, String subject) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            return Result.problem("Enter " + what);
        }
        if (noDay || noMonth || noYear) {
            String missing = noDay && noMonth
                    ? "a day and month"
                    : noDay && noYear
                            ? "a day and year"
                            : noMonth && noYear ? "a month and year" : noDay ? "a day" : noMonth ? "a month" : "a year";
            return Result.problem(subject + " must include " + missing);
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return Result.problem(subject + " must be a real date");
        }
        if (year.strip().length() != 4) {
            return Result.problem("Year must include 4 numbers");
        }
        return new Result(date, null);
    }

    /** A date of birth, or the message to show. The person must be at least {@code minimumAge}. */
    public static Result dateOfBirth(String day, String month, String year, LocalDate today, int minimumAge) {
        Result result = date(day, month, year, "your date of birth", "Date of birth");
        if (!result.ok()) {
            return result;
        }
        if (!result.date().isBefore(today)) {
            return Result.problem("Date of birth must be in the past");
        }
        if (Period.between(result.date(), today).getYears() < minimumAge) {
            return Result.problem("You must be " + minimumAge + " or over");
        }
        if (result.date().getYear() < 1900) {
            return Result.problem("Date of birth must be after 1900");
        }
        return result;
    }

    /** Either a date or a problem. */
    public record Result(LocalDate date, String problem) {

        public static Result problem(String message) {
            return new Result(null, message);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
