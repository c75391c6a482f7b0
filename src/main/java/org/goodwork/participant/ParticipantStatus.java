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

    /** Starting is the day the person agrees to take part; only someone referred can start. */
    public ParticipantStatus start() {
        return move(REFERRED, ACTIVE);
    }

    /** Leaving, planned or early. Someone referred who never started can also leave. */
    public ParticipantStatus exit() {
        if (this == EXITED) {
            throw new IllegalStateException("Already left the programme");
        }
        return EXITED;
    }

    /** Coming back after leaving: support carries on, nobody starts from nothing. */
    public ParticipantStatus reopen() {
        return move(EXITED, ACTIVE);
    }

    private ParticipantStatus move(ParticipantStatus from, ParticipantStatus to) {
        if (this != from) {
            throw new IllegalStateException("Cannot go from " + name() + " to " + to.name());
        }
        return to;
    }
}
