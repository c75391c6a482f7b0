package org.goodwork.vacancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a vacancy is in its life. A draft is opened (or abandoned); an open vacancy is filled or
 * closed; a closed one can be opened again. Filled is final: the job start records what happened next.
 */
public enum VacancyStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    FILLED("Filled"),
    CLOSED("Closed");

    private final String label;

    VacancyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<VacancyStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CLOSED);
            case OPEN -> EnumSet.of(FILLED, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
            case FILLED -> EnumSet.noneOf(VacancyStatus.class);
        };
    }

    public boolean canBecome(VacancyStatus status) {
        return next().contains(status);
    }
}
