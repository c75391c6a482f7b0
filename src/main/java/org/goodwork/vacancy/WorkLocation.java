package org.goodwork.vacancy;

/** Where the work is done. */
public enum WorkLocation {
    ON_SITE("On site"),
    HYBRID("Hybrid: partly from home"),
    REMOTE("Remote: from home");

    private final String label;

    WorkLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
