package org.goodwork.vacancy;

/** How the hours are arranged. */
public enum WorkingPattern {
    FIXED_DAYS("Fixed days and times"),
    SHIFTS("Shifts"),
    FLEXIBLE("Flexible hours"),
    TERM_TIME("Term time only"),
    ANNUALISED("Annualised hours");

    private final String label;

    WorkingPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
