/** Contacts, engagement prompts and referrals to partner services made with consent. */
@ApplicationModule(displayName = "Engagement")
package org.goodwork.engagement;

import org.springframework.modulith.ApplicationModule;
