package org.goodwork.plan;

/** The three themes support is grouped by (brief section 4). */
public enum Theme {
    HEALTH_WELLBEING("Health and wellbeing"),
    LIFE_HOME("Life and home"),
    WORK_SKILLS("Work and skills");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
