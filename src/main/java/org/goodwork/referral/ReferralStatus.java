package org.goodwork.referral;

/** Where a referral is. Only a received referral can be accepted, declined or withdrawn. */
public enum ReferralStatus {
    RECEIVED("Waiting for triage"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Refuses any decision on a referral that has already been decided. */
    public ReferralStatus decide(ReferralStatus outcome) {
        if (this != RECEIVED || outcome == RECEIVED) {
            throw new IllegalStateException("A referral that is " + name() + " cannot become " + outcome.name());
        }
        return outcome;
    }
}
