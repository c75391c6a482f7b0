package org.goodwork.employer;

/** How many people an employer employs, in the bands the UK uses for business size. */
public enum SizeBand {
    MICRO("Micro (1 to 9 employees)"),
    SMALL("Small (10 to 49 employees)"),
    MEDIUM("Medium (50 to 249 employees)"),
    LARGE("Large (250 or more employees)");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
