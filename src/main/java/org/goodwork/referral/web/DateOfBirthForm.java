package org.goodwork.referral.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The GOV.UK date input for a date of birth: day, month and year as typed. */
record DateOfBirthForm(String day, String month, String year) {

    private static final int MINIMUM_AGE = 16;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final List<String> PARTS = List.of("day", "month", "year");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * What is wrong, and which of day, month and year to highlight. The error summary links to the
     * first of them.
     */
    record Problem(String message, List<String> parts) {}

    static DateOfBirthForm of(LocalDate date) {
        return date == null
                ? new DateOfBirthForm(null, null, null)
                : new DateOfBirthForm(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    /** The first problem, checked in the order and worded as the GOV.UK date input guidance says. */
    Optional<Problem> problem(LocalDate today) {
        List<String> missing = PARTS.stream().filter(p -> typed(p).isEmpty()).toList();
        if (missing.size() == PARTS.size()) {
            return problem("Enter your date of birth", PARTS);
        }
        if (!missing.isEmpty()) {
            return problem("Date of birth must include a " + String.join(" and ", missing), missing);
        }
        List<String> wrong = new ArrayList<>();
        if (!within(number("day"), 1, 31)) {
            wrong.add("day");
        }
        if (!within(number("month"), 1, 12)) {
            wrong.add("month");
        }
        if (number("year") == null) {
            wrong.add("year");
        }
        if (!wrong.isEmpty()) {
            return problem("Date of birth must be a real date", wrong);
        }
        if (typed("year").length() != 4) {
            return problem("Year must include 4 numbers", List.of("year"));
        }
        LocalDate date;
        try {
            date = date();
        } catch (DateTimeException e) {
            return problem("Date of birth must be a real date", PARTS);
        }
        LocalDate latest = today.minusYears(MINIMUM_AGE);
        if (!date.isBefore(today)) {
            return problem("Date of birth must be in the past", PARTS);
        }
        if (date.isAfter(latest)) {
            return problem("Date of birth must be the same as or before " + LONG_DATE.format(latest), PARTS);
        }
        if (date.isBefore(EARLIEST)) {
            return problem("Date of birth must be the same as or after " + LONG_DATE.format(EARLIEST), PARTS);
        }
        return Optional.empty();
    }

    /** The date; only call this when there is no {@link #problem}. */
    LocalDate date() {
        return LocalDate.of(number("year"), number("month"), number("day"));
    }

    private String typed(String part) {
        String value = switch (part) {
            case "day" -> day;
            case "month" -> month;
            default -> year;
        };
        return value == null ? "" : value.strip();
    }

    private Integer number(String part) {
        String value = typed(part);
        return value.matches("[0-9]{1,4}") ? Integer.valueOf(value) : null;
    }

    private static boolean within(Integer value, int min, int max) {
        return value != null && value >= min && value <= max;
    }

    private static Optional<Problem> problem(String message, List<String> parts) {
        return Optional.of(new Problem(message, parts));
    }
}
