package org.goodwork.security;

/** The staff roles of brief section 3. The participant role comes with participant sign-in. */
public enum Role {
    ADMINISTRATOR("Administrator", "Organisations, users, roles and API clients"),
    COMMISSIONER("Commissioner", "Programmes, and performance on aggregated data"),
    TEAM_LEADER("Team leader", "Allocates and supervises caseloads"),
    KEYWORKER("Keyworker", "Works a caseload of participants"),
    EMPLOYER_ENGAGEMENT_OFFICER("Employer engagement officer", "Employers, vacancies and job quality"),
    PARTNER_WORKER("Partner worker", "Receives referrals made with consent");

    private final String label;
    private final String hint;

    Role(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
