package org.goodwork.shared.web;

/** One choice in radios, checkboxes or a select. */
public record Option(String value, String label, String hint) {

    public static Option of(String value, String label) {
        return new Option(value, label, null);
    }
}
