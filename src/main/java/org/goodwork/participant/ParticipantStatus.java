package org.goodwork.participant;

public enum ParticipantStatus {
    REFERRED("Referred"),
    ACTIVE("On programme"),
    EXITED("Left the programme");

    private final String label;

    ParticipantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
