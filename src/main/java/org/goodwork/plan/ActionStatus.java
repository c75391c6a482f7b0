package org.goodwork.plan;

public enum ActionStatus {
    TO_DO("To do"),
    IN_PROGRESS("Started"),
    DONE("Done"),
    NOT_NEEDED("No longer needed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
