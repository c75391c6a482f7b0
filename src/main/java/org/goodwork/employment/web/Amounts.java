package org.goodwork.employment.web;

import java.math.BigDecimal;
import org.goodwork.shared.web.FormValues;
import org.springframework.validation.BindingResult;

/** Weekly hours and hourly pay as people type them, with the errors beside the field. */
final class Amounts {

    private static final BigDecimal MAX_HOURS = new BigDecimal("168");
    private static final BigDecimal MAX_PAY = new BigDecimal("99999");

    private Amounts() {}

    static BigDecimal hours(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "required", "Enter the hours a week, like 16 or 22.5");
            return null;
        }
        return FormValues.amount(
                value,
                BigDecimal.ZERO,
                MAX_HOURS,
                2,
                field,
                "Enter the hours a week, from 0 to 168, like 16 or 22.5",
                result);
    }

    /** Pay may be left empty only for self-employment, where earnings are often not known yet. */
    static BigDecimal pay(String value, String field, boolean selfEmployed, BindingResult result) {
        if ((value == null || value.isBlank()) && !selfEmployed) {
            result.rejectValue(field, "required", "Enter the pay an hour in pounds, like 12.60");
            return null;
        }
        return FormValues.amount(
                value,
                BigDecimal.ZERO,
                MAX_PAY,
                2,
                field,
                "Enter the pay an hour in pounds and pence, like 12.60",
                result);
    }
}
