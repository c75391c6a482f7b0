package org.goodwork.employer;

/** The employer's level in the government's Disability Confident scheme. */
public enum DisabilityConfident {
    NONE("Not signed up"),
    COMMITTED("Level 1: Disability Confident Committed"),
    EMPLOYER("Level 2: Disability Confident Employer"),
    LEADER("Level 3: Disability Confident Leader");

    private final String label;

    DisabilityConfident(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
