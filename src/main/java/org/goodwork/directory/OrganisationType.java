package org.goodwork.directory;

public enum OrganisationType {
    COMMISSIONER("Commissioner", "Commissions programmes, for example a combined authority"),
    PROVIDER("Provider", "Delivers keyworker support"),
    PARTNER("Partner", "Takes referrals or delivers interventions, for example housing or debt advice");

    private final String label;
    private final String hint;

    OrganisationType(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
