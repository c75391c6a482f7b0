package org.goodwork.shared.web;

import java.util.UUID;

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
}
