package org.goodwork.employment.web;

import java.math.BigDecimal;
import org.springframework.validation.BindingResult;

/** Weekly hours and hourly pay as people type them, with the errors beside the field. */
final class Amounts {

    private static final BigDecimal MAX_HOURS = new BigDecimal("168");
    private static final BigDecimal MAX_PAY = new BigDecimal("99999");

    private Amounts() {}

    static BigDecimal hours(String value, String field, BindingResult result) {
        BigDecimal hours = number(value);
        if (hours == null) {
            result.rejectValue(field, "hours", "Enter the hours a week, like 16 or 22.5");
        } else if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 2) {
            result.rejectValue(field, "range", "Enter hours a week from 0 to 168");
            return null;
        }
        return hours;
    }

    /** Pay may be left empty only for self-employment, where earnings are often not known yet. */
    static BigDecimal pay(String value, String field, boolean selfEmployed, BindingResult result) {
        if ((value == null || value.isBlank()) && selfEmployed) {
            return null;
        }
        BigDecimal pay = number(value == null ? null : value.replace("£", ""));
        if (pay == null) {
            result.rejectValue(field, "pay", "Enter the pay an hour in pounds, like 12.60");
        } else if (pay.signum() < 0 || pay.compareTo(MAX_PAY) > 0 || pay.scale() > 2) {
            result.rejectValue(field, "range", "Enter the pay an hour in pounds and pence, like 12.60");
            return null;
        }
        return pay;
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
