/** Referral intake from staff, partners' systems and people themselves; triage, allocation and warm handover. */
@ApplicationModule(displayName = "Referrals")
package org.goodwork.referral;

import org.springframework.modulith.ApplicationModule;
