package org.goodwork.vacancy;

/** Contract types, exactly as data-exchange.md names them. */
public enum ContractType {
    PERMANENT("Permanent"),
    FIXED_TERM("Fixed term"),
    TEMPORARY("Temporary"),
    ZERO_HOURS("Zero hours"),
    APPRENTICESHIP("Apprenticeship"),
    SELF_EMPLOYED("Self-employed");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
