package org.goodwork.shared.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** Values as forms post them, read leniently: anything malformed is treated as not given. */
public final class FormValues {

    private FormValues() {}

    /** The id, or null when the field is empty or not an id. */
    public static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A number as people type it ("£1,200.50", "22.5"), within {@code min} to {@code max} and at most
     * {@code decimals} places. Empty gives null with no error; anything else that is not such a number
     * gives null and the message beside the field.
     */
    public static BigDecimal amount(
            String value,
            BigDecimal min,
            BigDecimal max,
            int decimals,
            String field,
            String message,
            BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip().replace("£", "").replace(",", ""));
            if (number.compareTo(min) < 0
                    || number.compareTo(max) > 0
                    || number.stripTrailingZeros().scale() > decimals) {
                result.rejectValue(field, "range", message);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", message);
            return null;
        }
    }
}
