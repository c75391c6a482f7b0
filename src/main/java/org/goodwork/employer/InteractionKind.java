package org.goodwork.employer;

/** What a meeting or conversation with an employer was about. */
public enum InteractionKind {
    MEETING("Meeting"),
    JOB_CARVING("Job carving"),
    FLEXIBLE_WORKING("Flexible working"),
    ADJUSTMENTS("Reasonable adjustments"),
    ACCESS_TO_WORK("Access to Work"),
    OTHER("Other");

    private final String label;

    InteractionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
