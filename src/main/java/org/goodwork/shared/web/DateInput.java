package org.goodwork.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

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

    /** As {@link #date}, for something that has already happened: today or earlier. */
    public static Result pastDate(String day, String month, String year, String what, String subject, LocalDate today) {
        Result result = date(day, month, year, what, subject);
        return result.ok() && result.date().isAfter(today)
                ? Result.problem(subject + " must be today or in the past")
                : result;
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
