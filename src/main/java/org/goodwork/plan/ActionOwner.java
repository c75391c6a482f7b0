package org.goodwork.plan;

/** Who does an action. The plan belongs to the participant, so they come first. */
public enum ActionOwner {
    PARTICIPANT("The participant"),
    KEYWORKER("The keyworker"),
    PARTNER("A partner service");

    private final String label;

    ActionOwner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
